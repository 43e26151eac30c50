// A list of identifiers in an extended attribute has no trailing comma: the error is inside the list.
use idlbind::idl;

idl! {
    [Exposed=(Window,)]
    interface A {};
}

fn main() {}
