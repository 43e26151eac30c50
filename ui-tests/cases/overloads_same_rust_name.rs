// Overloads without `[RustName]` would make two Rust methods with one name.
use idlbind::idl;

idl! {
    interface A {
        undefined f();
        undefined f(long a);
    };
}

fn main() {}
