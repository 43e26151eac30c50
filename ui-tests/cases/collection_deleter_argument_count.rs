// A deleter takes one argument, the name.
use idlbind::idl;

idl! {
    interface A {
        deleter undefined ();
    };
}

fn main() {}
