// An unsupported definition (an enum) is reported once; its uses get no `cannot find type`.
use idlbind::idl;

idl! {
    enum Mode { "a", "b" };
    interface A {
        attribute Mode mode;
    };
}

fn main() {}
