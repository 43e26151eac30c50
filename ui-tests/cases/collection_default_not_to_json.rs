// `[Default]` only marks `[Default] object toJSON();`.
use idlbind::idl;

idl! {
    interface A {
        [Default] object toObject();
    };
}

fn main() {}
