// `[PutForwards]` must name an attribute JavaScript can assign.
use idlbind::idl;

idl! {
    interface DOMTokenList {
        readonly attribute DOMString value;
    };
    interface Element {
        [PutForwards=value] readonly attribute DOMTokenList classList;
    };
}

fn main() {}
