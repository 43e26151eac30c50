// A constant whose type (through a typedef) is a string.
use idlbind::idl;

idl! {
    typedef DOMString Text;
    interface A {
        const Text X = 1;
    };
}

fn main() {}
