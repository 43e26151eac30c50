// A union whose flattened member types repeat one is invalid Web IDL.
use idlbind::idl;

idl! {
    interface A { undefined f((long or (long or DOMString)) x); };
}

fn main() {}
