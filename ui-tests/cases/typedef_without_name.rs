// A typedef names the type it defines.
use idlbind::idl;

idl! {
    typedef long;
}

fn main() {}
