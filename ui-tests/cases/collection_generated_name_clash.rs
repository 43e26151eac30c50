// A maplike makes `len()`: an operation that would also be `len` clashes with it.
use idlbind::idl;

idl! {
    interface A {
        readonly maplike<DOMString, long>;
        long len();
    };
}

fn main() {}
