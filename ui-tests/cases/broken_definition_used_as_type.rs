// A definition that does not parse is reported once; its uses get no `cannot find type`.
use idlbind::idl;

idl! {
    interface Broken {
        bogus
    };
    interface A {
        attribute Broken b;
    };
}

fn main() {}
