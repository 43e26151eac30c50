// The constants of a namespace are parsed on their own; an error in one is reported where it
// stands, as in an interface.
use idlbind::idl;

idl! {
    namespace N {
        const long X = ;
    };
}

fn main() {}
