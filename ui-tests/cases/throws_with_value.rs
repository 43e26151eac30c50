// `[Throws]` takes no value.
use idlbind::idl;

idl! {
    interface A {
        [Throws=x] undefined f();
    };
}

fn main() {}
