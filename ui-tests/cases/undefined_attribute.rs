// `undefined` is only a return type, not an attribute type.
use idlbind::idl;

idl! {
    interface A {
        attribute undefined x;
    };
}

fn main() {}
