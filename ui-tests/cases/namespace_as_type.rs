// A namespace is not a type.
use idlbind::idl;

idl! {
    namespace N {};
    interface A {
        attribute N n;
    };
}

fn main() {}
