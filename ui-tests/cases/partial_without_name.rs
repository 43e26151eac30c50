// A partial definition names what it extends.
use idlbind::idl;

idl! {
    partial interface {
        attribute long x;
    };
}

fn main() {}
