// `=` in an extended attribute is followed by its value.
use idlbind::idl;

idl! {
    [Exposed=]
    interface A {};
}

fn main() {}
