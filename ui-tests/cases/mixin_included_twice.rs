// One mixin included twice into one interface.
use idlbind::idl;

idl! {
    interface mixin M {
        attribute long x;
    };
    interface A {};
    A includes M;
    A includes M;
}

fn main() {}
