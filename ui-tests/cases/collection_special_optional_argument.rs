// The arguments of getters, setters and deleters are neither optional nor variadic.
use idlbind::idl;

idl! {
    interface A {
        setter undefined (unsigned long index, optional long value);
    };
}

fn main() {}
