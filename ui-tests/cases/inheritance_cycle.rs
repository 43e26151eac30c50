// `A : B` and `B : A` is an inheritance cycle.
use idlbind::idl;

idl! {
    interface A : B {};
    interface B : A {};
}

fn main() {}
