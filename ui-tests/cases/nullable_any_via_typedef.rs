// `any` already includes `null`, also through a typedef.
use idlbind::idl;

idl! {
    typedef any Anything;
    interface A {
        attribute Anything? x;
    };
}

fn main() {}
