// `300` is not an `octet`.
use idlbind::idl;

idl! {
    interface A {
        const octet X = 300;
    };
}

fn main() {}
