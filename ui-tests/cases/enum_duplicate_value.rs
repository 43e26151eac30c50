// An enum may not list a value twice.
use idlbind::idl;

idl! {
    enum Mode { "fast", "slow", "fast" };
}

fn main() {}
