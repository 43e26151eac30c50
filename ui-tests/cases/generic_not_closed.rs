// A generic type is closed with `>`.
use idlbind::idl;

idl! {
    interface A {
        undefined f(sequence<long x);
    };
}

fn main() {}
