// A dictionary can only inherit from a dictionary.
use idlbind::idl;

idl! {
    interface Node {};
    dictionary Options : Node {
        long count;
    };
}

fn main() {}
