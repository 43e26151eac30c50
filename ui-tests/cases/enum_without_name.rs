// An enum needs a name.
use idlbind::idl;

idl! {
    enum { "a" };
}

fn main() {}
