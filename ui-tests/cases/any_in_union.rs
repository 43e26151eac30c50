// `any` cannot be a member of a union.
use idlbind::idl;

idl! {
    interface A {
        attribute (any or long) x;
    };
}

fn main() {}
