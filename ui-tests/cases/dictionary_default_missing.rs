// `=` in a dictionary member is followed by the default value.
use idlbind::idl;

idl! {
    dictionary D {
        long x = ;
    };
}

fn main() {}
