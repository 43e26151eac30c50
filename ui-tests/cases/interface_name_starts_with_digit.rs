// An interface name that starts with a digit.
use idlbind::idl;

idl! {
    interface 2D {};
}

fn main() {}
