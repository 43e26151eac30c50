// A partial interface mixin whose mixin is defined nowhere.
use idlbind::idl;

idl! {
    partial interface mixin NoSuchMixin {
        attribute long x;
    };
}

fn main() {}
