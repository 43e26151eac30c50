// The checks of interfaces apply to callback interfaces: their constants and `[RustName]`.
use idlbind::idl;

idl! {
    [RustName=1filter] callback interface Filter {
        const octet TOO_BIG = 300;
        unsigned short accept(any value);
    };
}

fn main() {}
