// Two dictionary members that make one Rust field: an error naming both.
use idlbind::idl;

idl! {
    dictionary D { long fooBar; long foo_bar; };
}

fn main() {}
