// A dictionary member needs a name.
use idlbind::idl;

idl! {
    dictionary D {
        required long;
    };
}

fn main() {}
