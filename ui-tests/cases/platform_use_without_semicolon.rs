// A `use` list ends with `;`.
use idlbind::idl;

idl! {
    #![platform]
    use Document
}

fn main() {}
