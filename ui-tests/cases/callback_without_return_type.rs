// A callback's return type comes before its arguments.
use idlbind::idl;

idl! {
    callback Handler = (long x);
}

fn main() {}
