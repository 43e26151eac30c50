// `use` with nothing to bind.
use idlbind::idl;

idl! {
    #![platform]
    use;
}

fn main() {}
