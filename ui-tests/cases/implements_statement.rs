// `implements` was removed from Web IDL in favour of `includes`.
use idlbind::idl;

idl! {
    interface A {};
    interface mixin M {};
    A implements M;
}

fn main() {}
