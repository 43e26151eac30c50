// An unterminated string: the Rust lexer reports it before idl! runs.
use idlbind::idl;

idl! {
    enum E { "a", "b };
}

fn main() {}
