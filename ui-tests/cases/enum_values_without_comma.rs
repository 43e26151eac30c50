// Enum values are separated by commas.
use idlbind::idl;

idl! {
    enum Mode { "fast" "slow" };
}

fn main() {}
