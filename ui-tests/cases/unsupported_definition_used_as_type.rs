// A union with a callback member (like HTML's `TimerHandler`) cannot be bound yet: it is
// reported at the typedef and where it is used, with no `cannot find type` after.
use idlbind::idl;

idl! {
    callback Handler = undefined (long code);
    typedef (DOMString or Handler) TimerHandler;
    interface A {
        undefined schedule(TimerHandler handler);
    };
}

fn main() {}
