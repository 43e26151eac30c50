// A `use` name close to no platform name.
use idlbind::idl;

idl! {
    #![platform]
    use Zyzzyva;
}

fn main() {}
