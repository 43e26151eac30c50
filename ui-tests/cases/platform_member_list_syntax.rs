// After `::`, one member name or names in braces separated by commas.
use idlbind::idl;

idl! {
    #![platform]
    use Document::{title body};
}

fn main() {}
