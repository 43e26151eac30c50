// Web IDL white space is space, tab and line breaks: a no-break space copied from a spec is
// reported where it stands, by its code point, with the line and a caret.
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/no_break_space.idl"]
}

fn main() {}
