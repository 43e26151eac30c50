// An extended attribute in the wrong case gets a did-you-mean hint.
use idlbind::idl;

idl! {
    [exposed=Window]
    interface A {};
}

fn main() {}
