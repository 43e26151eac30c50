// `[PutForwards]` applies to an attribute of interface type.
use idlbind::idl;

idl! {
    interface A {
        [PutForwards=value] readonly attribute long x;
    };
}

fn main() {}
