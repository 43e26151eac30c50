// `[Callback]` on an argument or attribute that is not of callback type.
use idlbind::idl;

idl! {
    interface A {
        undefined later([Callback=Once] long delay);
        [Callback=Guard] attribute DOMString name;
    };
}

fn main() {}
