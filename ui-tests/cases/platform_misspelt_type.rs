// A type of inline IDL that nothing defines, close to a platform name: a likely slip.
use idlbind::idl;

idl! {
    #![platform]
    [Exposed=Window] interface Gadget {
      readonly attribute Documnt owner;
    };
}

fn main() {}
