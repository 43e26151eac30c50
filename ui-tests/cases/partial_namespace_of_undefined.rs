// A partial namespace whose namespace is defined nowhere.
use idlbind::idl;

idl! {
    partial namespace NoSuchNamespace {
        undefined f();
    };
}

fn main() {}
