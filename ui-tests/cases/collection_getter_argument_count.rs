// A getter takes one argument, the key.
use idlbind::idl;

idl! {
    interface A {
        getter DOMString (unsigned long index, DOMString extra);
    };
}

fn main() {}
