// `use` names platform definitions, which a block reads only with `#![platform]`.
use idlbind::idl;

idl! {
    use Document;
    [Exposed=Window] interface A {};
}

fn main() {}
