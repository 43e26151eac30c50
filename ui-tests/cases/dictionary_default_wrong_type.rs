// Defaults must be values of the member'\''s type: a string for a long, an unknown enum value.
use idlbind::idl;

idl! {
    enum Mode { "fast", "slow" };
    dictionary Options {
        long count = "three";
        Mode mode = "medium";
        boolean flag = null;
    };
}

fn main() {}
