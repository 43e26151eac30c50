// A `,` before `]` in an extended attribute list is reported at the `]`.
use idlbind::idl;

idl! {
    [Exposed=Window,]
    interface A {};
}

fn main() {}
