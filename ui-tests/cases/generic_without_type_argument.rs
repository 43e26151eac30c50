// `sequence<>` needs a type between the brackets.
use idlbind::idl;

idl! {
    interface A {
        undefined f(sequence<> x);
    };
}

fn main() {}
