// `includes` of an interface (not a mixin) is reported at the included name.
use idlbind::idl;

idl! {
    interface A {};
    interface B {};
    A includes B;
}

fn main() {}
