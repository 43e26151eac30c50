// A member named after `::` that the interface does not have, with no close name.
use idlbind::idl;

idl! {
    #![platform]
    use Document::zzzzzzzz;
}

fn main() {}
