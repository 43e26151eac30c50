// A directive whose value is not a string literal.
use idlbind::idl;

idl! {
    #![file = missing]
    interface A {};
}

fn main() {}
