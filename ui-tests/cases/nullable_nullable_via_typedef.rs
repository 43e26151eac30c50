// A nullable typedef made nullable again.
use idlbind::idl;

idl! {
    typedef long? MaybeLong;
    interface A {
        attribute MaybeLong? x;
    };
}

fn main() {}
