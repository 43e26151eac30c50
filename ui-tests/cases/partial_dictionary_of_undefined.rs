// A partial dictionary whose dictionary is defined nowhere.
use idlbind::idl;

idl! {
    partial dictionary NoSuchDictionary {
        long x;
    };
}

fn main() {}
