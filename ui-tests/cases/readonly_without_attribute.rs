// `readonly` must be followed by `attribute`.
use idlbind::idl;

idl! {
    interface A {
        readonly long x;
    };
}

fn main() {}
