// `includes` of a name defined nowhere is reported at that name.
use idlbind::idl;

idl! {
    interface A {};
    A includes NoSuchMixin;
}

fn main() {}
