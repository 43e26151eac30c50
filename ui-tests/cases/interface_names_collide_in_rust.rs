// Two interfaces whose names differ only in case make one Rust type: an error naming both.
use idlbind::idl;

idl! {
    interface URL {};
    interface Url {};
}

fn main() {}
