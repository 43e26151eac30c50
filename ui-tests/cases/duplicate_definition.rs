// Two definitions with one name: the second is reported.
use idlbind::idl;

idl! {
    interface A {};
    interface A {};
}

fn main() {}
