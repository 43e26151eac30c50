// `_` alone is not an identifier.
use idlbind::idl;

idl! {
    interface A {
        long _();
    };
}

fn main() {}
