// A setlike has a type.
use idlbind::idl;

idl! {
    interface A {
        setlike<>;
    };
}

fn main() {}
