// A `use` list holds IDL names (and members after `::`), not Rust paths or expressions.
use idlbind::idl;

idl! {
    #![platform]
    use Document, &Node;
}

fn main() {}
