// Written after `optional`, `[Callback]` would apply to the type: it must come first.
use idlbind::idl;

idl! {
    callback Done = undefined ();
    interface A {
        undefined later(optional [Callback=Once] Done done);
    };
}

fn main() {}
