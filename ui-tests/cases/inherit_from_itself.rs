// An interface that inherits from itself.
use idlbind::idl;

idl! {
    interface A : A {};
}

fn main() {}
