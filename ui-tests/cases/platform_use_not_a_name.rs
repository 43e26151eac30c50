// A `use` list holds IDL names, not Rust paths.
use idlbind::idl;

idl! {
    #![platform]
    use web::Document;
}

fn main() {}
