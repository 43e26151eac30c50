// Callbacks with a variadic argument (like Web IDL's `Function`) are not bound yet.
use idlbind::idl;

idl! {
    callback Function = any (any... arguments);
    callback interface Logger {
        undefined log(DOMString... parts);
    };
    interface A {
        undefined call(Function f);
    };
}

fn main() {}
