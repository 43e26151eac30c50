// An enum value whose variant would be the one for values the binding does not know.
use idlbind::idl;

idl! {
    enum Mode { "fast", "unknown-value" };
}

fn main() {}
