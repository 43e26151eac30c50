// `[EventType]` replaces the event a callback receives: its first argument must be an
// interface.
use idlbind::idl;

idl! {
    callback Tick = undefined (double time);
    interface A {
        [EventType=MouseEvent] undefined onTick(Tick tick);
    };
}

fn main() {}
