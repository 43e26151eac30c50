// A constant needs a name.
use idlbind::idl;

idl! {
    interface A {
        const long = 1;
    };
}

fn main() {}
