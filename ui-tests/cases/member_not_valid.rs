// Each keyword of this member is in place, but `static` and `inherit` do not go together.
use idlbind::idl;

idl! {
    interface A {
        static inherit attribute long x;
    };
}

fn main() {}
