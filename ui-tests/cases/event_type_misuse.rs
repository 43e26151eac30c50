// `[EventType]` needs an interface name, and a member or argument that takes a callback;
// it does not go on the callback definition.
use idlbind::idl;

idl! {
    [EventType=MouseEvent] callback Handler = any (Event event);
    interface Event {};
    interface A {
        [EventType] attribute Handler? onping;
        [EventType=MouseEvent] attribute long count;
        undefined listen([EventType=MouseEvent] long type);
    };
}

fn main() {}
