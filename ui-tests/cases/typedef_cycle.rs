// Typedefs that refer to each other.
use idlbind::idl;

idl! {
    typedef B A;
    typedef A B;
    interface I {
        attribute A x;
    };
}

fn main() {}
