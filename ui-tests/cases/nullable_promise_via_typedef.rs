// A promise type cannot be nullable, also through a typedef.
use idlbind::idl;

idl! {
    typedef Promise<long> Pending;
    interface A {
        attribute Pending? x;
    };
}

fn main() {}
