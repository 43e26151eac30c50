// A dictionary type cannot be nullable.
use idlbind::idl;

idl! {
    dictionary Options { long count; };
    interface A {
        undefined f(Options? options);
    };
}

fn main() {}
