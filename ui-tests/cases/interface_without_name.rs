// An interface needs a name.
use idlbind::idl;

idl! {
    interface {
        attribute long x;
    };
}

fn main() {}
