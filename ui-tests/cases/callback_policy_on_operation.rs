// `[Callback]` belongs on the callback argument, not on the operation.
use idlbind::idl;

idl! {
    callback Done = undefined ();
    interface A {
        [Callback=Once] undefined later(Done done);
    };
}

fn main() {}
