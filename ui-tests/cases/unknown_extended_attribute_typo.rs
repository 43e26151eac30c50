// A misspelled extended attribute is an error at its name (a did-you-mean hint is hoped for).
use idlbind::idl;

idl! {
    [Exposd=Window]
    interface A {};
}

fn main() {}
