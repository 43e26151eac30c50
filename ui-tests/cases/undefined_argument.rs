// `undefined` is only a return type, not an argument type.
use idlbind::idl;

idl! {
    interface A {
        undefined f(undefined a);
    };
}

fn main() {}
