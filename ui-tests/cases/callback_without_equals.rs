// A callback is written `callback Name = ReturnType (arguments);`.
use idlbind::idl;

idl! {
    callback Handler undefined (long x);
}

fn main() {}
