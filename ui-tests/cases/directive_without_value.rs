// A directive has a value: `#![file = "path.idl"]`.
use idlbind::idl;

idl! {
    #![file]
    interface A {};
}

fn main() {}
