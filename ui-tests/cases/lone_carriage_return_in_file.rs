// A file whose lines end with a lone `\r`: each is a line, for the position and the line shown
// (a `//` comment ends there too).
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/lone_carriage_return.idl"]
}

fn main() {}
