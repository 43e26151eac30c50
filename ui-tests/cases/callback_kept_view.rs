// The arguments of `addX` are kept for `removeX`: a view of wasm memory cannot be.
use idlbind::idl;

idl! {
    callback Handler = undefined ();
    interface A {
        undefined addWatch(Handler handler, BufferSource key);
        undefined removeWatch(Handler handler, BufferSource key);
    };
}

fn main() {}
