// Overloaded constructors without `[RustName]` both become `new`.
use idlbind::idl;

idl! {
    interface A {
        constructor();
        constructor(long a);
    };
}

fn main() {}
