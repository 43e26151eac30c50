// `[PutForwards]` needs the IDL of the attribute's interface to type the setter.
use idlbind::idl;

idl! {
    interface Element {
        [PutForwards=value] readonly attribute DOMTokenList classList;
    };
}

fn main() {}
