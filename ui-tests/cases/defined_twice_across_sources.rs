// A name defined in two sources: the message names the source of the first definition (the
// `idl!` block, or the file with line and column), not just a line of it.
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/defines_a.idl"]
    #![file = "../../../../ui-tests/cases/idl/defines_a_again.idl"]

    [Exposed=Window]
    interface B {
        attribute long x;
    };
}

fn main() {}
