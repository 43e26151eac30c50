// `for await` calls an async iterable with no arguments: they must all be optional.
use idlbind::idl;

idl! {
    interface A {
        async_iterable<long>(boolean reverse);
    };
}

fn main() {}
