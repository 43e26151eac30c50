// The parent of a dictionary must be known (in the block or referred IDL) to be flattened in.
use idlbind::idl;

idl! {
    dictionary Options : Missing {
        long count;
    };
}

fn main() {}
