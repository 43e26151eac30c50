// A member without its `;` is reported at the token after it.
use idlbind::idl;

idl! {
    interface A {
        attribute long x
    };
}

fn main() {}
