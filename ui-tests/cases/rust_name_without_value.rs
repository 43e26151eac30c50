// `[RustName]` without a value.
use idlbind::idl;

idl! {
    interface A {
        [RustName] undefined f();
    };
}

fn main() {}
