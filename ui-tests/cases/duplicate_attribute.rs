// Two attributes with one name: the second is reported.
use idlbind::idl;

idl! {
    interface A {
        attribute long x;
        attribute DOMString x;
    };
}

fn main() {}
