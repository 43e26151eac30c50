// A body left open: Rust tokens must balance, so the Rust lexer reports it before idl! runs.
use idlbind::idl;

idl! {
    interface A {
        attribute long x;
}

fn main() {}
