// A union needs at least two members.
use idlbind::idl;

idl! {
    interface A {
        attribute (long) x;
    };
}

fn main() {}
