// `[Callback]` also applies to an argument whose type holds callbacks (a union, a dictionary, a
// sequence or a record with one inside), but not to a dictionary without any; `[EventType]`
// applies only to a callback argument.
use idlbind::idl;

idl! {
    callback Handler = undefined (Event event);
    typedef (DOMString or Handler) HandlerOrCode;
    dictionary Plain {
        long count;
    };
    dictionary WithHandler {
        Handler onDone;
    };
    interface Event {};
    interface A {
        undefined fine([Callback=Once] HandlerOrCode handler, [Callback=Owned] WithHandler options);
        undefined plain([Callback=Once] Plain options);
        undefined typed([EventType=Event] HandlerOrCode handler);
    };
}

fn main() {}
