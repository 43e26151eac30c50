// The attributes of a namespace are read-only.
use idlbind::idl;

idl! {
    namespace N {
        attribute long x;
    };
}

fn main() {}
