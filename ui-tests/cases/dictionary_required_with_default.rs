// A required dictionary member cannot also have a default.
use idlbind::idl;

idl! {
    dictionary Options {
        required long count = 3;
    };
}

fn main() {}
