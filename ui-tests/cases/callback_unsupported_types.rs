// A callback whose argument or result cannot be bound: reported where it is passed (for a
// callback function) or at the callback interface; and a callback inside a container.
use idlbind::idl;

idl! {
    callback Inner = undefined ();
    callback TakesCallbacks = undefined (sequence<Inner> inners);
    callback GivesCallbacks = sequence<Inner> ();
    callback interface Collector {
        undefined collect(sequence<Inner> inners);
    };
    callback interface Maker {
        sequence<Inner> make();
    };
    interface A {
        undefined take(TakesCallbacks f);
        undefined give(GivesCallbacks f);
        undefined nested(sequence<Inner> inners);
    };
}

fn main() {}
