// An attribute and an operation with one name: the operation is reported.
use idlbind::idl;

idl! {
    interface A {
        attribute long x;
        undefined x();
    };
}

fn main() {}
