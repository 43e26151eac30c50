// An integer literal too large for any integer type.
use idlbind::idl;

idl! {
    interface A {
        const unsigned long long X = 999999999999999999999999999999999999999999;
    };
}

fn main() {}
