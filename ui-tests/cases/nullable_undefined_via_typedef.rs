// `undefined?` is not a type, also through a typedef.
use idlbind::idl;

idl! {
    typedef undefined Nothing;
    interface A {
        attribute Nothing? x;
    };
}

fn main() {}
