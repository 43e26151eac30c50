// A member whose type idlbind cannot bind yet is reported at the member.
use idlbind::idl;

idl! {
    callback Handler = undefined ();
    dictionary Options {
        Handler onDone;
    };
}

fn main() {}
