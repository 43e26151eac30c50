// A misspelled `interface` at top level is reported at the misspelled word.
use idlbind::idl;

idl! {
    interfase A {};
}

fn main() {}
