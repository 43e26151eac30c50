// A static attribute of callback type has no object to reset: not bound yet.
use idlbind::idl;

idl! {
    callback Handler = any (any event);
    interface A {
        static attribute Handler? onping;
    };
}

fn main() {}
