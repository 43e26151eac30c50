// An integer literal beyond every IDL integer type.
use idlbind::idl;

idl! {
    interface A {
        const unsigned long long X = 99999999999999999999999;
    };
}

fn main() {}
