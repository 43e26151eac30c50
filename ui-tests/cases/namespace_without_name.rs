// A namespace needs a name.
use idlbind::idl;

idl! {
    namespace {
        undefined f();
    };
}

fn main() {}
