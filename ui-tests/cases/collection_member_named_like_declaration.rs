// A maplike gives the interface `keys` itself: the interface cannot declare one.
use idlbind::idl;

idl! {
    interface A {
        maplike<DOMString, long>;
        sequence<DOMString> keys();
    };
}

fn main() {}
