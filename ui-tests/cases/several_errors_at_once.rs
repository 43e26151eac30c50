// Errors in several definitions are all reported by one build.
use idlbind::idl;

idl! {
    interface A {
        attribute long x
    };
    interface B {
        attribute any? y;
        [Throws=x] undefined f(long a, long a);
    };
    [Exposd=Window]
    interface C : B {
        const octet X = 300;
    };
    interfase D {};
}

fn main() {}
