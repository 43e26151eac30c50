// Only interfaces, mixins and namespaces have members to name: a dictionary's members are
// the fields of its struct, bound together.
use idlbind::idl;

idl! {
    #![platform]
    use MouseEventInit::{clientX};
}

fn main() {}
