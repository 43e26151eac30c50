// `any?` is not a type: `any` already includes `null`.
use idlbind::idl;

idl! {
    interface A {
        attribute any? x;
    };
}

fn main() {}
