// `[RustName]` naming a Rust keyword.
use idlbind::idl;

idl! {
    interface A {
        [RustName=type] undefined f();
    };
}

fn main() {}
