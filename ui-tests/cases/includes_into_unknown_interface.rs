// `includes` into an interface that is not in the block is reported at the interface name.
use idlbind::idl;

idl! {
    interface mixin M {};
    NoSuchInterface includes M;
}

fn main() {}
