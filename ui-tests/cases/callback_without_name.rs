// A callback needs a name.
use idlbind::idl;

idl! {
    callback = undefined (long x);
}

fn main() {}
