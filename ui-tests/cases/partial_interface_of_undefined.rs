// A partial interface whose interface is defined nowhere.
use idlbind::idl;

idl! {
    partial interface NoSuchInterface {
        attribute long x;
    };
}

fn main() {}
