// `:` is followed by the parent's name.
use idlbind::idl;

idl! {
    interface A : {
    };
}

fn main() {}
