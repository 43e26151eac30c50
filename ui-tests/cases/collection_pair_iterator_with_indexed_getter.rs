// An interface with an indexed getter iterates its values: `iterable<V>`, not `iterable<K, V>`.
use idlbind::idl;

idl! {
    interface A {
        getter long item(unsigned long index);
        iterable<DOMString, long>;
    };
}

fn main() {}
