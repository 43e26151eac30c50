// A body left open in an IDL file: the message names the file, line and column.
// (The path is relative to trybuild's project, `target/tests/trybuild/idlbind-ui-tests/`.)
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/unclosed_body.idl"]
}

fn main() {}
