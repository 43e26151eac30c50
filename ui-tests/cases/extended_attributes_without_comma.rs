// Extended attributes are separated by commas.
use idlbind::idl;

idl! {
    [Exposed=Window SecureContext]
    interface A {};
}

fn main() {}
