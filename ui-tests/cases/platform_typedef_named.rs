// A typedef of a type that is not a union makes no Rust item of its own.
use idlbind::idl;

idl! {
    #![platform]
    use DOMHighResTimeStamp;
}

fn main() {}
