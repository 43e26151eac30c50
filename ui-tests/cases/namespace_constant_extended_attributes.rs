// A namespace's constant carries its extended attributes when it is parsed on its own: they
// are checked as on an interface's constant, each error at its name.
use idlbind::idl;

idl! {
    namespace N {
        [Frobnicate] const long X = 1;
        [Throws] const long Y = 2;
        [RustName=Z2] const long Z = 3;
    };
}

fn main() {}
