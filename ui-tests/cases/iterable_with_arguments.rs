// Only an `async_iterable` takes arguments.
use idlbind::idl;

idl! {
    interface A {
        iterable<long>();
    };
}

fn main() {}
