// A type defined nowhere is left to rustc, whose `cannot find type` points at the IDL token.
use idlbind::idl;

idl! {
    interface A {
        attribute NotDefinedAnywhere x;
    };
}

fn main() {}
