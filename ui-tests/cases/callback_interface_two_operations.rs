// A callback interface has exactly one regular operation.
use idlbind::idl;

idl! {
    callback interface Listener {
        undefined handleEvent();
        undefined handleOther();
    };
}

fn main() {}
