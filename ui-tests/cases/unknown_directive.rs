// A directive other than `file` and `refer`.
use idlbind::idl;

idl! {
    #![frob = "x"]
    interface A {};
}

fn main() {}
