// A nullable callback attribute `x` gets `clear_x`; an operation of that name collides.
use idlbind::idl;

idl! {
    callback Handler = any (any event);
    interface A {
        attribute Handler? onping;
        undefined clearOnping();
    };
}

fn main() {}
