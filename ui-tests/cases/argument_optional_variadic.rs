// An argument is optional or variadic, not both.
use idlbind::idl;

idl! {
    interface A {
        undefined f(optional long... values);
    };
}

fn main() {}
