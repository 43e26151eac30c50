// A maplike has a key type and a value type.
use idlbind::idl;

idl! {
    interface A {
        maplike<DOMString, >;
    };
}

fn main() {}
