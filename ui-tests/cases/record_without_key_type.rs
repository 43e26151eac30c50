// A record has a key type.
use idlbind::idl;

idl! {
    interface A {
        undefined f(record<, long> x);
    };
}

fn main() {}
