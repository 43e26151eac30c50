// An attribute needs a type.
use idlbind::idl;

idl! {
    interface A {
        attribute ;
    };
}

fn main() {}
