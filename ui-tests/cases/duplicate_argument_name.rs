// Two arguments of one operation with the same name.
use idlbind::idl;

idl! {
    interface A {
        undefined f(long a, long a);
    };
}

fn main() {}
