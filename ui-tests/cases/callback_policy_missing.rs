// `[Callback]` without a policy.
use idlbind::idl;

idl! {
    callback Done = undefined ();
    [Callback] callback Other = undefined ();
    interface A {
        undefined later(Done done);
    };
}

fn main() {}
