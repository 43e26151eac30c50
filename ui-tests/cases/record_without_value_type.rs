// A record has a value type.
use idlbind::idl;

idl! {
    interface A {
        undefined f(record<DOMString, > x);
    };
}

fn main() {}
