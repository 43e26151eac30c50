// Dictionaries that inherit from each other.
use idlbind::idl;

idl! {
    dictionary A : B {
        long a;
    };
    dictionary B : A {
        long b;
    };
}

fn main() {}
