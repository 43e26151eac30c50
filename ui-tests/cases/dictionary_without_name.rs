// A dictionary needs a name.
use idlbind::idl;

idl! {
    dictionary {
        long x;
    };
}

fn main() {}
