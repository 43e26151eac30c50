// An interface cannot inherit from a typedef.
use idlbind::idl;

idl! {
    typedef long Number;
    interface A : Number {};
}

fn main() {}
