// Extended attributes on a type inside a generic are parsed on their own; an error in them is
// reported where it stands.
use idlbind::idl;

idl! {
    interface A {
        undefined f(sequence<[Clamp=] long> x);
    };
}

fn main() {}
