// A member kind idlbind does not support yet (`iterable`).
use idlbind::idl;

idl! {
    interface A {
        iterable<long>;
    };
}

fn main() {}
