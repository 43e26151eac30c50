// A made-up extended attribute is an error at its name, without a hint.
use idlbind::idl;

idl! {
    interface A {
        [Frobnicate] attribute long x;
    };
}

fn main() {}
