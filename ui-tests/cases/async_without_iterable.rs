// `async` goes only with `iterable`.
use idlbind::idl;

idl! {
    interface A {
        async maplike<DOMString, long>;
    };
}

fn main() {}
