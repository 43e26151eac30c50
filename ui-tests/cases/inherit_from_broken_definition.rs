// Inheriting from a definition that did not parse: only the parse error should be reported.
use idlbind::idl;

idl! {
    interface B {
        bogus
    };
    interface C : B {};
}

fn main() {}
