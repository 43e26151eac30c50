// The setter `set_x` of attribute `x` collides with operation `setX`.
use idlbind::idl;

idl! {
    interface A {
        attribute long x;
        undefined setX(long value);
    };
}

fn main() {}
