// A definition that stops before its body is reported at the end of input.
use idlbind::idl;

idl! {
    interface A : B
}

fn main() {}
