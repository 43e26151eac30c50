// A namespace constant's extended attribute list is parsed with the constant: an error in it
// is reported where it stands.
use idlbind::idl;

idl! {
    namespace N {
        [RustName=] const long X = 1;
    };
}

fn main() {}
