// wasm-bindgen closures take at most 8 arguments.
use idlbind::idl;

idl! {
    callback Many = undefined (long a, long b, long c, long d, long e, long f, long g, long h, long i);
    interface A {
        undefined call(Many many);
    };
}

fn main() {}
