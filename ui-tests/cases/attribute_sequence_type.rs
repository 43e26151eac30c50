// Attributes cannot be sequences (use FrozenArray) or dictionaries.
use idlbind::idl;

idl! {
    dictionary Options { long count; };
    interface A {
        attribute sequence<long> values;
        readonly attribute Options options;
    };
}

fn main() {}
