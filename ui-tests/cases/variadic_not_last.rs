// A variadic argument followed by another argument.
use idlbind::idl;

idl! {
    interface A {
        undefined f(long... rest, long last);
    };
}

fn main() {}
