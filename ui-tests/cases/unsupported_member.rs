// A member kind idlbind does not support (`legacycaller`, not allowed in new IDL).
use idlbind::idl;

idl! {
    interface A {
        legacycaller long (long x);
    };
}

fn main() {}
