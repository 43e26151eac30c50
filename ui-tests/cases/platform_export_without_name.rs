// `#![export(..)]` names the macro it writes.
use idlbind::idl;

idl! {
    #![platform]
    #![export("web")]
    use Document;
}

fn main() {}
