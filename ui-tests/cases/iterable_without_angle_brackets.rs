// The types of an `iterable` go in angle brackets.
use idlbind::idl;

idl! {
    interface A {
        iterable long;
    };
}

fn main() {}
