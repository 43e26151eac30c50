// A callback interface without an operation gives JavaScript nothing to call.
use idlbind::idl;

idl! {
    callback interface Listener {
        const long X = 1;
    };
}

fn main() {}
