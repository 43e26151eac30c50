// A file that starts with a byte order mark (as some editors write UTF-8): the mark is not
// IDL, and positions on the first line count from after it.
use idlbind::idl;

idl! {
    #![file = "../../../../ui-tests/cases/idl/byte_order_mark.idl"]
}

fn main() {}
