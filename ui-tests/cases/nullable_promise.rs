// A promise type cannot be nullable.
use idlbind::idl;

idl! {
    interface A {
        Promise<long>? f();
    };
}

fn main() {}
