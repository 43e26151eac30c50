// An unterminated string in an enum of an IDL file (inline, the Rust lexer catches it first).
// (The path is relative to trybuild's project, `target/tests/trybuild/idlbind-ui-tests/`.)
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/unterminated_string.idl"]
}

fn main() {}
