// `partial` applies to interfaces, mixins, dictionaries and namespaces.
use idlbind::idl;

idl! {
    partial enum Mode { "fast" };
}

fn main() {}
