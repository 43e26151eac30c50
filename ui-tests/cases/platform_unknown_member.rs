// A member named after `::` that the interface does not have: the error is at the member,
// with the closest member's name.
use idlbind::idl;

idl! {
    #![platform]
    use Document::{titel, body};
}

fn main() {}
