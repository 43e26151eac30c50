// `[PutForwards]` names the attribute that assignments go to.
use idlbind::idl;

idl! {
    interface A {
        [PutForwards] readonly attribute B b;
    };
    interface B {
        attribute long value;
    };
}

fn main() {}
