// The arguments of an extended attribute are checked like an operation's: the error is inside them.
use idlbind::idl;

idl! {
    [LegacyFactoryFunction=Image(unsigned long width,)]
    interface A {};
}

fn main() {}
