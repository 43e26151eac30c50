// An interface named `_`, which is not a Web IDL identifier.
use idlbind::idl;

idl! {
    interface _ {};
}

fn main() {}
