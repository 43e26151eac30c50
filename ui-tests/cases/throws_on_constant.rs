// `[Throws]` does not apply to a constant.
use idlbind::idl;

idl! {
    interface A {
        [Throws] const long X = 1;
    };
}

fn main() {}
