// An interface has at most one stringifier.
use idlbind::idl;

idl! {
    interface A {
        stringifier attribute DOMString href;
        stringifier;
    };
}

fn main() {}
