// A constant's type is a number type, `boolean` or a typedef; the parser says so at the type.
use idlbind::idl;

idl! {
    interface A {
        const (long or short) X = 1;
    };
}

fn main() {}
