// A getter returns the value it gets.
use idlbind::idl;

idl! {
    interface A {
        getter undefined (DOMString name);
    };
}

fn main() {}
