// An identifier that starts with a digit.
use idlbind::idl;

idl! {
    interface A {
        attribute long 2d;
    };
}

fn main() {}
