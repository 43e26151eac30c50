// Arguments are separated by commas.
use idlbind::idl;

idl! {
    interface A {
        undefined f(long x long y);
    };
}

fn main() {}
