// `[RustName]` with a string that is not a Rust identifier.
use idlbind::idl;

idl! {
    interface A {
        [RustName="not-an-ident"] undefined f();
    };
}

fn main() {}
