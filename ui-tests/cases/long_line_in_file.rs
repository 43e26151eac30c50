// An error past column 65535 of a file: the message shows the line around the column only
// (the caret's padding once overflowed `format!` and the macro panicked).
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/long_line.idl"]
}

fn main() {}
