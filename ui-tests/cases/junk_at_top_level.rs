// Tokens that start no definition are reported where they start.
use idlbind::idl;

idl! {
    interface A {};
    42 + junk;
}

fn main() {}
