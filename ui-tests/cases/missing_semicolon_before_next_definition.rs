// A `}` not followed by `;` is reported at the next definition.
use idlbind::idl;

idl! {
    interface A {
        attribute long x;
    }
    interface B {};
}

fn main() {}
