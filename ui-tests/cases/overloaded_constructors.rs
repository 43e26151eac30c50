// Overloaded constructors fold into `new` and `new_with`; a static operation `newWith` would
// make a second `new_with`: an error naming both.
use idlbind::idl;

idl! {
    interface A {
        constructor();
        constructor(long a);
        static A newWith();
    };
}

fn main() {}
