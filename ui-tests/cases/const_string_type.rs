// A constant written with a string type does not parse.
use idlbind::idl;

idl! {
    interface A {
        const DOMString X = "x";
    };
}

fn main() {}
