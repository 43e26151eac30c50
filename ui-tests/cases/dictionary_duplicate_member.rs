// A dictionary member declared twice.
use idlbind::idl;

idl! {
    dictionary D {
        long x;
        long x;
    };
}

fn main() {}
