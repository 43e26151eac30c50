// A setter's key is an `unsigned long` index or a `DOMString` name.
use idlbind::idl;

idl! {
    interface A {
        setter undefined (long index, DOMString value);
    };
}

fn main() {}
