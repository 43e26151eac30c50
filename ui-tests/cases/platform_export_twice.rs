// A block written in an exported macro (which hands it `#![bound(..)]`) cannot export again.
use idlbind::idl;

idl! {
    #![bound(crate; full: Node EventTarget; declared: ; other: )]
    #![platform]
    #![export(more_platform)]
    use Element;
}

fn main() {}
