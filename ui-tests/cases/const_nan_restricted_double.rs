// `NaN` is not a value of the restricted `double`.
use idlbind::idl;

idl! {
    interface A {
        const double X = NaN;
    };
}

fn main() {}
