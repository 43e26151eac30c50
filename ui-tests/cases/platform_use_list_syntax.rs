// A `use` list is names separated by commas.
use idlbind::idl;

idl! {
    #![platform]
    use Document Node;
}

fn main() {}
