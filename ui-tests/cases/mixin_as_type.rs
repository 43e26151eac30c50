// An interface mixin is not a type.
use idlbind::idl;

idl! {
    interface mixin M {};
    interface A {
        attribute M m;
    };
}

fn main() {}
