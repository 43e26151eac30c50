// A name that is no type (a mixin, a namespace, a typedef of itself) is reported once where it
// is used: it is then bound as `any`, but `M?` is not reported as `any?`, `(M or long)` not as
// a union with `any`, nor `[Callback]` on it as on an argument that is no callback.
use idlbind::idl;

idl! {
    interface mixin M {};
    namespace N {};
    typedef T T;
    interface A {
        attribute M? a;
        attribute (N or DOMString)? b;
        attribute T? c;
        undefined f([Callback=Once] M callback, optional (M or long) x = 1);
    };
    dictionary D {
        M? m = null;
    };
}

fn main() {}
