// An argument with a type and no name is reported at the `)` where the name should be.
use idlbind::idl;

idl! {
    interface A {
        undefined f(long a, long);
    };
}

fn main() {}
