// A typedef that names itself.
use idlbind::idl;

idl! {
    typedef T T;
    interface A {
        attribute T x;
    };
}

fn main() {}
