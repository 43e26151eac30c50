// An `includes` statement names the mixin.
use idlbind::idl;

idl! {
    interface A {};
    A includes ;
}

fn main() {}
