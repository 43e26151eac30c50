// An interface cannot inherit from an interface mixin.
use idlbind::idl;

idl! {
    interface mixin M {};
    interface A : M {};
}

fn main() {}
