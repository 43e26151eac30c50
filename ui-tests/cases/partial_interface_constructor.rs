// A partial interface cannot declare a constructor: Web IDL's grammar has none there.
use idlbind::idl;

idl! {
    interface A {};
    partial interface A { constructor(); };
}

fn main() {}
