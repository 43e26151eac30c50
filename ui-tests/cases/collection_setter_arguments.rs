// A setter takes the key and the value.
use idlbind::idl;

idl! {
    interface A {
        setter undefined (DOMString name);
    };
}

fn main() {}
