// A record has a key type and a value type.
use idlbind::idl;

idl! {
    interface A {
        undefined f(record<DOMString> x);
    };
}

fn main() {}
