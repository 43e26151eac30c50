// Operations without a name (other than getters, setters and deleters) are not supported.
use idlbind::idl;

idl! {
    interface A {
        long (long x);
    };
}

fn main() {}
