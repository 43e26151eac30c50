// A callback interface needs a name.
use idlbind::idl;

idl! {
    callback interface {
        undefined handleEvent();
    };
}

fn main() {}
