// Two values that make the same Rust variant are an error naming both.
use idlbind::idl;

idl! {
    enum Mode { "a-b", "a_b" };
}

fn main() {}
