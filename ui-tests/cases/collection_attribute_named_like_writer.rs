// A read-write setlike may define its own `add` operation, but not an attribute `add`.
use idlbind::idl;

idl! {
    interface A {
        setlike<long>;
        readonly attribute long add;
    };
}

fn main() {}
