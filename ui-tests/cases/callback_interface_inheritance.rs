// A callback interface cannot inherit.
use idlbind::idl;

idl! {
    interface Base {};
    callback interface Listener : Base {
        undefined handleEvent();
    };
}

fn main() {}
