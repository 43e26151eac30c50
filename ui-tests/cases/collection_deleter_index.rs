// Web IDL has no indexed deleters: a deleter takes a `DOMString` name.
use idlbind::idl;

idl! {
    interface A {
        deleter undefined (unsigned long index);
    };
}

fn main() {}
