// Two overloads that differ only in an argument of two string types cannot be told apart.
use idlbind::idl;

idl! {
    interface A {
        undefined b(DOMString x);
        undefined b(USVString x);
    };
}

fn main() {}
