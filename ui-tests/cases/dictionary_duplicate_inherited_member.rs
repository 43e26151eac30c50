// A member may not repeat a member of an inherited dictionary.
use idlbind::idl;

idl! {
    dictionary Base {
        long count;
    };
    dictionary Options : Base {
        DOMString count;
    };
}

fn main() {}
