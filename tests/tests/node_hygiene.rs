//! Hygiene: IDL names that collide with Rust (`Result`, `Option`, `Vec`, `String`, `JsValue`,
//! `Self`, keywords, `_`) and with the names the generated code uses for itself (`raw`, `value`,
//! `object`, `this`, `undefined`, `get_0`; as arguments and dictionary members), an interface and a dictionary
//! member sharing a name, and two `idl!` blocks in one module. All of it compiles here, under
//! `clippy -D warnings` and with no `unsafe`, and the calls reach a small JavaScript class.

#![forbid(unsafe_code)]

use idlbind::{JsCast, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    interface Result {
      constructor();
      attribute long type;
      attribute long async;
      attribute DOMString self;
      long raw(long value, long object, long this, long undefined);
      long names(DOMString value, optional DOMString object, optional sequence<long> this);
      long nullable(Result? value, optional Option undefined = {}, optional long object);
      long get_0(long Raw);
      long f(optional long g);
      Option option(Option value);
      Vec vec();
    };

    dictionary Option {
      long type = 1;
      long self;
      long value;
      long raw;
      long object;
      long undefined;
      long get_0;
      Result Result;
      DOMString String;
    };
}

// A second block in the same module.
idl! {
    interface Vec {
      constructor();
      readonly attribute long length;
      String string();
    };

    interface String {
      readonly attribute long length;
      long new(long _x);
    };

    enum Self { "Self", "_", "type" };

    interface JsValue {
      readonly attribute long length;
      JsValue self();
    };

    typedef (Result or Vec) ResultOrVec;
}

fn install() {
    idlbind::__private::js_sys::eval(
        r#"globalThis.Result ??= class Result {
            constructor() { this.type = 1; this.async = 2; this.self = "me"; }
            raw(a, b, c, d) { return a + b + c + d; }
            get_0(x) { return x * 2; }
            names(value, object, that) { return value.length + (object ?? "").length + (that ?? []).length; }
            nullable(value, options, object) { return (value === null ? 100 : 0) + (options?.undefined ?? 0) + (object ?? 0); }
            f(...args) { return args.length; }
            option(o) { return { type: o.type + 1, value: o.value ?? 0, String: "s" }; }
            vec() { return new Vec(); }
        };
        globalThis.JsValue ??= class JsValue {
            get length() { return 5; }
            self() { return this; }
        };
        globalThis.Vec ??= class Vec {
            get length() { return 7; }
            string() { return { length: 3, new: (x) => x + 1 }; }
        };"#,
    )
    .unwrap();
}

#[wasm_bindgen_test]
fn names_that_collide_with_rust_and_with_generated_code() {
    install();
    let result = Result::new().unwrap();
    assert_eq!(result.type_(), 1);
    result.set_type(5);
    assert_eq!(result.type_(), 5);
    assert_eq!(result.async_(), 2);
    assert_eq!(result.self_(), "me");
    assert_eq!(result.raw(1, 2, 3, 4), 10);
    assert_eq!(result.names("ab"), 2);
    assert_eq!(result.names_with("ab", "cde", [1, 2, 3, 4].to_vec()), 9);
    let undefined = Option {
        undefined: Some(20),
        ..Default::default()
    };
    assert_eq!(result.nullable_with(None, &undefined, 3), 123);
    assert_eq!(result.nullable(Some(&result)), 0);
    assert_eq!(result.get_0(4), 8);
    assert_eq!(result.f(), 0);
    assert_eq!(result.f_with(1), 1);
    let option = result.option(&Option {
        value: Some(9),
        ..Default::default()
    });
    assert_eq!(option.type_, 2);
    assert_eq!(option.value, Some(9));
    assert_eq!(option.string.as_deref(), Some("s"));
    let vec = result.vec();
    assert_eq!(vec.length(), 7);
    assert_eq!(vec.string().length(), 3);
    assert_eq!(vec.string().new(41), 42);
    assert_ne!(Self_::Self_, Self_::Type);
    let value: JsValue = idlbind::__private::js_sys::eval("new JsValue()")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(value.self_().length(), 5);
    let _ = ResultOrVec::from(&vec);
    // The prelude's names still mean what they mean outside the generated items.
    let _: std::result::Result<(), ()> = Ok(());
    let _: std::vec::Vec<std::string::String> = vec![std::string::String::new()];
}
