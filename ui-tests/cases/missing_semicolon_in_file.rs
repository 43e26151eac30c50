// A missing `;` in an IDL file: the message quotes the line with a caret under the column.
// (The path is relative to trybuild's project, `target/tests/trybuild/idlbind-ui-tests/`.)
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/missing_semicolon.idl"]
}

fn main() {}
