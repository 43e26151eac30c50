// `[Default]` takes no value.
use idlbind::idl;

idl! {
    interface A {
        [Default=json] object toJSON();
    };
}

fn main() {}
