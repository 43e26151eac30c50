// `[Callback]` names one of the four policies; anything else is an error at the value.
use idlbind::idl;

idl! {
    callback Done = undefined ();
    interface A {
        undefined later([Callback=Forever] Done done);
    };
}

fn main() {}
