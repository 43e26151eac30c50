// An interface has at most one iterable, async iterable, maplike or setlike declaration.
use idlbind::idl;

idl! {
    interface A {
        iterable<DOMString>;
        maplike<DOMString, long>;
    };
}

fn main() {}
