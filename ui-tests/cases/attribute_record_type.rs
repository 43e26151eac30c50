// An attribute cannot hold a record.
use idlbind::idl;

idl! {
    interface A {
        attribute record<DOMString, long> x;
    };
}

fn main() {}
