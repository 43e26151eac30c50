// A `#![file]` directive naming a file that does not exist.
use idlbind::idl;

idl! {
    #![file = "missing.idl"]
}

fn main() {}
