// An unsupported definition (a callback) is reported once; its uses get no `cannot find type`.
use idlbind::idl;

idl! {
    callback Handler = undefined (long code);
    interface A {
        attribute Handler handler;
    };
}

fn main() {}
