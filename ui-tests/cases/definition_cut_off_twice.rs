// A definition defined already and cut off at the end of its file: one error, at the cut, and
// nothing of it reaches the generated code (another, valid block of the crate is unaffected).
// (The path is relative to trybuild's project, `target/tests/trybuild/idlbind-ui-tests/`.)
use idlbind::idl;

mod valid {
    use idlbind::idl;

    idl! {
        interface B { attribute long x; long f(long y); };
    }
}

idl! {
    #![file = "../../../../ui-tests/cases/idl/definition_cut_off_twice.idl"]
}

fn main() {}
