// An operation has at most one of `getter`, `setter`, `deleter`.
use idlbind::idl;

idl! {
    interface A {
        getter getter DOMString item(unsigned long index);
    };
}

fn main() {}
