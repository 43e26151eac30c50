// A modifier alone is not a member.
use idlbind::idl;

idl! {
    interface A {
        static;
    };
}

fn main() {}
