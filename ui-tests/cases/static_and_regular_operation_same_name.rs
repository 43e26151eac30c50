// A static and a regular operation with one name map to one Rust name.
use idlbind::idl;

idl! {
    interface A {
        undefined f();
        static undefined f();
    };
}

fn main() {}
