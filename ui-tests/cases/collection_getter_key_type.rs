// A getter's key is an `unsigned long` index or a `DOMString` name.
use idlbind::idl;

idl! {
    interface A {
        getter DOMString (long index);
    };
}

fn main() {}
