// A definition whose `}` is not followed by `;` is reported at the end of input.
use idlbind::idl;

idl! {
    interface A {
        attribute long x;
    }
}

fn main() {}
