// A nullable union cannot have a nullable member.
use idlbind::idl;

idl! {
    interface A {
        attribute (long? or DOMString)? x;
    };
}

fn main() {}
