//! `JsError` classifies real JavaScript values, and the runtime checks that generated code calls
//! (`idlbind::__private`) say what went wrong. Runs in Node.

use idlbind::__private::{
    byte_string, finite_f32, finite_f64, no_throw, non_finite_message, not_byte_string_message,
    throws, uncaught, uncaught_message,
};
use idlbind::{DomExceptionName, JsError, JsErrorKind};
use js_sys::{Function, Object};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Evaluates a JavaScript expression.
fn js(expression: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expression});"))
        .call0(&JsValue::UNDEFINED)
        .expect("the test's JavaScript expression threw")
}

/// Runs JavaScript statements that must throw, and returns what they threw, the way generated
/// code receives it from a `catch` import.
fn thrown(statements: &str) -> JsValue {
    match Function::new_no_args(statements).call0(&JsValue::UNDEFINED) {
        Ok(value) => panic!("expected `{statements}` to throw, it returned {value:?}"),
        Err(error) => error,
    }
}

/// Classifies the value of a JavaScript expression, checking that the original is kept.
fn error_of(expression: &str) -> JsError {
    let value = js(expression);
    let error = JsError::from(value.clone());
    assert!(
        Object::is(error.value(), &value),
        "`value()` is not the object JavaScript threw"
    );
    error
}

#[wasm_bindgen_test]
fn dom_exception_with_a_known_name() {
    let error =
        error_of(r#"new DOMException("The object can not be found here.", "NotFoundError")"#);
    assert_eq!(
        error.kind(),
        &JsErrorKind::DomException(DomExceptionName::NotFoundError)
    );
    assert_eq!(error.name(), "NotFoundError");
    assert_eq!(error.message(), "The object can not be found here.");
    assert_eq!(
        error.dom_exception_name(),
        Some(&DomExceptionName::NotFoundError)
    );
    assert!(error.is_dom_exception(DomExceptionName::NotFoundError));
    assert!(!error.is_dom_exception(DomExceptionName::AbortError));
    assert_eq!(
        error.to_string(),
        "NotFoundError (DOMException): The object can not be found here."
    );
}

#[wasm_bindgen_test]
fn dom_exception_with_a_name_the_table_does_not_list() {
    let error = error_of(r#"new DOMException("m", "MadeUpName")"#);
    assert_eq!(
        error.kind(),
        &JsErrorKind::DomException(DomExceptionName::Other("MadeUpName".to_owned()))
    );
    assert_eq!(error.dom_exception_name().unwrap().as_str(), "MadeUpName");
    assert_eq!(error.name(), "MadeUpName");
    assert_eq!(error.to_string(), "MadeUpName (DOMException): m");
}

#[wasm_bindgen_test]
fn dom_exception_without_name_or_message() {
    let error = error_of("new DOMException()");
    assert_eq!(error.name(), "Error");
    assert_eq!(error.message(), "");
    assert!(error.dom_exception_name().is_some());
    assert_eq!(error.to_string(), "Error (DOMException)");
}

#[wasm_bindgen_test]
fn dom_exception_name_that_shares_an_ecmascript_error_name() {
    let error = error_of(r#"new DOMException("bad selector", "SyntaxError")"#);
    assert!(error.is_dom_exception(DomExceptionName::SyntaxError));
    assert_eq!(
        error.to_string(),
        "SyntaxError (DOMException): bad selector"
    );
}

#[wasm_bindgen_test]
fn type_error() {
    let error = error_of(r#"new TypeError("x is not a function")"#);
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert_eq!(error.name(), "TypeError");
    assert_eq!(error.message(), "x is not a function");
    assert_eq!(error.dom_exception_name(), None);
    assert_eq!(error.to_string(), "TypeError: x is not a function");
}

#[wasm_bindgen_test]
fn type_error_thrown_by_the_engine() {
    let error = JsError::from(thrown("null.property;"));
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert!(error.message().contains("null"), "{error}");
}

#[wasm_bindgen_test]
fn range_error() {
    let error = error_of(r#"new RangeError("r")"#);
    assert_eq!(error.kind(), &JsErrorKind::RangeError);
    assert_eq!(error.name(), "RangeError");
    assert_eq!(error.to_string(), "RangeError: r");
}

#[wasm_bindgen_test]
fn other_ecmascript_errors_keep_their_name() {
    for name in [
        "Error",
        "SyntaxError",
        "ReferenceError",
        "EvalError",
        "URIError",
    ] {
        let error = error_of(&format!(r#"new {name}("s")"#));
        assert_eq!(error.kind(), &JsErrorKind::Error, "{name}");
        assert_eq!(error.name(), name);
        assert_eq!(error.message(), "s");
        assert_eq!(error.to_string(), format!("{name}: s"));
    }
}

#[wasm_bindgen_test]
fn user_error_subclass_keeps_its_name() {
    let error = error_of(
        r#"new (class MyError extends Error {
            constructor(message) { super(message); this.name = "MyError"; }
        })("mine")"#,
    );
    assert_eq!(error.kind(), &JsErrorKind::Error);
    assert_eq!(error.to_string(), "MyError: mine");
}

#[wasm_bindgen_test]
fn error_without_message() {
    assert_eq!(error_of("new TypeError()").to_string(), "TypeError");
}

#[wasm_bindgen_test]
fn thrown_string() {
    let error = JsError::from(thrown(r#"throw "a string";"#));
    assert_eq!(error.kind(), &JsErrorKind::NonError);
    assert_eq!(error.name(), "");
    assert_eq!(error.message(), "a string");
    assert_eq!(error.value().as_string().as_deref(), Some("a string"));
    assert_eq!(error.to_string(), r#"thrown non-Error value: "a string""#);
}

#[wasm_bindgen_test]
fn thrown_primitives() {
    let cases = [
        ("42", "42"),
        ("-0.5", "-0.5"),
        ("NaN", "NaN"),
        ("-Infinity", "-Infinity"),
        ("true", "true"),
        ("undefined", "undefined"),
        ("null", "null"),
        ("12345678901234567890n", "12345678901234567890n"),
        (r#"Symbol("s")"#, "Symbol(s)"),
        ("Symbol()", "Symbol()"),
        ("function named() {}", "function named"),
    ];
    for (expression, rendered) in cases {
        let error = error_of(expression);
        assert_eq!(error.kind(), &JsErrorKind::NonError, "{expression}");
        assert_eq!(error.message(), rendered, "{expression}");
        assert_eq!(
            error.to_string(),
            format!("thrown non-Error value: {rendered}")
        );
    }
}

#[wasm_bindgen_test]
fn thrown_plain_object() {
    let error = error_of(r#"{ code: 7, name: "Custom" }"#);
    assert_eq!(error.kind(), &JsErrorKind::NonError);
    assert_eq!(error.name(), "Custom");
    assert_eq!(error.message(), r#"{"code":7,"name":"Custom"}"#);
    assert_eq!(
        error.to_string(),
        r#"thrown non-Error value: {"code":7,"name":"Custom"}"#
    );
}

#[wasm_bindgen_test]
fn large_plain_object_is_shortened() {
    let error = error_of(r#"{ text: "x".repeat(1000) }"#);
    assert_eq!(error.message().chars().count(), 201);
    assert!(error.message().ends_with('…'));
}

#[wasm_bindgen_test]
fn throwing_getters_fall_back_to_defaults() {
    let error = error_of(
        r#"Object.defineProperties(new RangeError("hidden"), {
            name: { get() { throw new Error("no name"); } },
            message: { get() { throw new Error("no message"); } },
        })"#,
    );
    assert_eq!(error.kind(), &JsErrorKind::RangeError);
    assert_eq!(error.name(), "RangeError");
    assert_eq!(error.message(), "");
}

#[wasm_bindgen_test]
fn non_string_name_and_message_are_ignored() {
    let error = error_of(r#"Object.assign(new Error(), { name: 5, message: {} })"#);
    assert_eq!(error.name(), "Error");
    assert_eq!(error.message(), "");
}

#[wasm_bindgen_test]
fn object_with_dom_exception_prototype_but_no_brand() {
    // The `name` and `message` getters of DOMException throw on anything not made by its
    // constructor.
    let error = error_of("Object.create(DOMException.prototype)");
    assert_eq!(
        error.dom_exception_name(),
        Some(&DomExceptionName::Other("Error".to_owned()))
    );
    assert_eq!(error.message(), "");
}

#[wasm_bindgen_test]
fn revoked_proxy_does_not_throw_out_of_classification() {
    let error = error_of(
        r#"(() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()"#,
    );
    assert_eq!(error.kind(), &JsErrorKind::NonError);
    assert_eq!(error.name(), "");
    assert_eq!(
        error.to_string(),
        "thrown non-Error value: an object that JSON.stringify cannot render"
    );
}

#[wasm_bindgen_test]
fn proxy_with_endless_prototype_chain() {
    let error = error_of(
        r#"(() => {
            const endless = () => new Proxy({}, { getPrototypeOf: endless });
            return endless();
        })()"#,
    );
    assert_eq!(error.kind(), &JsErrorKind::NonError);
}

/// Runs `check` while the global `DOMException` is replaced by `descriptor` (a JavaScript
/// property descriptor, or `undefined` to delete it), then restores it.
fn without_dom_exception_global(descriptor: &str, check: impl FnOnce()) {
    js(&format!(
        r#"(() => {{
            globalThis.__savedDomException = Object.getOwnPropertyDescriptor(globalThis, "DOMException");
            delete globalThis.DOMException;
            const descriptor = {descriptor};
            if (descriptor !== undefined) Object.defineProperty(globalThis, "DOMException", descriptor);
        }})()"#
    ));
    check();
    js(r#"(() => {
        delete globalThis.DOMException;
        Object.defineProperty(globalThis, "DOMException", globalThis.__savedDomException);
        delete globalThis.__savedDomException;
    })()"#);
}

#[wasm_bindgen_test]
fn classification_works_without_a_dom_exception_global() {
    let dom_exception = js(r#"new DOMException("m", "NotFoundError")"#);
    for descriptor in [
        "undefined",
        "{ value: 42, configurable: true }",
        "{ get() { throw new Error('no DOMException here'); }, configurable: true }",
        "{ value: function DOMException() {}, configurable: true }",
    ] {
        without_dom_exception_global(descriptor, || {
            let error = JsError::from(js(r#"new TypeError("t")"#));
            assert_eq!(error.kind(), &JsErrorKind::TypeError, "{descriptor}");
            // Node's DOMException inherits from Error, which is all that can be told now.
            let error = JsError::from(dom_exception.clone());
            assert_eq!(error.kind(), &JsErrorKind::Error, "{descriptor}");
            assert_eq!(error.to_string(), "NotFoundError: m");
        });
    }
    assert!(JsError::from(dom_exception).is_dom_exception(DomExceptionName::NotFoundError));
}

#[wasm_bindgen_test]
fn classified_once_at_the_first_question() {
    let value = js(r#"new TypeError("before")"#);
    let error = JsError::from(value.clone());
    let early_clone = error.clone();
    // Not read yet: what the value says at the first question counts.
    let set_message = |text: &str| {
        js_sys::Reflect::set(&value, &"message".into(), &text.into()).unwrap();
    };
    set_message("asked");
    assert_eq!(error.message(), "asked");
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    // Read once: later changes to the object are not seen, by the error or its later clones.
    set_message("later");
    assert_eq!(error.message(), "asked");
    assert_eq!(error.to_string(), "TypeError: asked");
    assert_eq!(error.clone().message(), "asked");
    // A clone made before the first question reads at its own.
    assert_eq!(early_clone.message(), "later");
    assert!(Object::is(early_clone.value(), error.value()));
}

#[wasm_bindgen_test]
fn conversions_keep_the_original_value() {
    let value = js(r#"new DOMException("m", "AbortError")"#);
    let error = JsError::from(value.clone());
    let copy = error.clone();
    assert!(Object::is(copy.value(), &value));
    assert!(Object::is(&error.into_value(), &value));
    assert!(Object::is(&JsValue::from(copy), &value));
}

#[wasm_bindgen_test]
fn js_error_is_a_std_error() {
    let error: Box<dyn std::error::Error> = Box::new(error_of(r#"new RangeError("r")"#));
    assert_eq!(error.to_string(), "RangeError: r");
    assert!(error.source().is_none());
}

#[wasm_bindgen_test]
fn debug_shows_the_classification() {
    let error = error_of(r#"new DOMException("m", "NotFoundError")"#);
    assert_eq!(
        format!("{error:?}"),
        r#"JsError { kind: DomException(NotFoundError), name: "NotFoundError", message: "m", .. }"#
    );
}

#[wasm_bindgen_test]
fn dom_exception_names_round_trip() {
    let names = [
        "IndexSizeError",
        "HierarchyRequestError",
        "WrongDocumentError",
        "InvalidCharacterError",
        "NoModificationAllowedError",
        "NotFoundError",
        "NotSupportedError",
        "InUseAttributeError",
        "InvalidStateError",
        "SyntaxError",
        "InvalidModificationError",
        "NamespaceError",
        "InvalidAccessError",
        "TypeMismatchError",
        "SecurityError",
        "NetworkError",
        "AbortError",
        "URLMismatchError",
        "QuotaExceededError",
        "TimeoutError",
        "InvalidNodeTypeError",
        "DataCloneError",
        "EncodingError",
        "NotReadableError",
        "UnknownError",
        "ConstraintError",
        "DataError",
        "TransactionInactiveError",
        "ReadOnlyError",
        "VersionError",
        "OperationError",
        "NotAllowedError",
        "OptOutError",
    ];
    for name in names {
        let parsed = DomExceptionName::from_name(name);
        assert!(
            !matches!(parsed, DomExceptionName::Other(_)),
            "{name} is in the table"
        );
        assert_eq!(parsed.as_str(), name);
        assert_eq!(parsed.to_string(), name);
        let error = error_of(&format!(r#"new DOMException("m", "{name}")"#));
        assert_eq!(error.dom_exception_name(), Some(&parsed));
    }
    assert_eq!(
        DomExceptionName::from("notfounderror"),
        DomExceptionName::Other("notfounderror".to_owned())
    );
}

#[wasm_bindgen_test]
fn other_with_a_listed_name_equals_the_variant() {
    assert_eq!(
        DomExceptionName::Other("NotFoundError".to_owned()),
        DomExceptionName::NotFoundError
    );
    let error = error_of(r#"new DOMException("m", "NotFoundError")"#);
    assert!(error.is_dom_exception(DomExceptionName::Other("NotFoundError".to_owned())));
}

#[wasm_bindgen_test]
fn throws_and_no_throw_pass_values_through() {
    assert_eq!(throws::<u32>(Ok(3)).unwrap(), 3);
    assert_eq!(no_throw::<u32>(Ok(4), "Foo.bar"), 4);
    let error = throws::<()>(Err(js(r#"new DOMException("m", "AbortError")"#))).unwrap_err();
    assert!(error.is_dom_exception(DomExceptionName::AbortError));
}

#[wasm_bindgen_test]
fn uncaught_message_names_the_member_and_the_error() {
    let error = error_of(
        r#"new DOMException("The new child element contains the parent.", "HierarchyRequestError")"#,
    );
    assert_eq!(
        uncaught_message("Node.appendChild", &error),
        "JavaScript exception from `Node.appendChild` (not marked [Throws]): \
         HierarchyRequestError (DOMException): The new child element contains the parent."
    );
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "JavaScript exception from `Node.appendChild` (not marked [Throws]): TypeError: t"
)]
fn uncaught_panics() {
    uncaught("Node.appendChild", js(r#"new TypeError("t")"#));
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "JavaScript exception from `Foo.bar` (not marked [Throws]): \
                           thrown non-Error value: \"s\""
)]
fn no_throw_panics_on_an_exception() {
    no_throw::<()>(Err(JsValue::from_str("s")), "Foo.bar");
}

#[wasm_bindgen_test]
fn finite_values_pass() {
    assert_eq!(finite_f64(1.5, "Foo.bar"), 1.5);
    assert_eq!(finite_f64(-0.0, "Foo.bar").to_bits(), (-0.0f64).to_bits());
    assert_eq!(finite_f64(f64::MAX, "Foo.bar"), f64::MAX);
    assert_eq!(finite_f32(2.5, "Foo.bar"), 2.5);
    assert_eq!(finite_f32(f32::MIN, "Foo.bar"), f32::MIN);
}

#[wasm_bindgen_test]
fn non_finite_messages() {
    assert_eq!(
        non_finite_message(f64::NAN, "double", "Foo.bar"),
        "non-finite value NaN passed to `Foo.bar`, whose IDL type is a restricted double \
         (use `unrestricted double` to allow NaN and ±Infinity)"
    );
    assert_eq!(
        non_finite_message(f32::NEG_INFINITY.into(), "float", "Foo.bar"),
        "non-finite value -Infinity passed to `Foo.bar`, whose IDL type is a restricted float \
         (use `unrestricted float` to allow NaN and ±Infinity)"
    );
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "non-finite value Infinity passed to `Foo.bar`, whose IDL type is a \
                           restricted double"
)]
fn finite_f64_panics_on_infinity() {
    finite_f64(f64::INFINITY, "Foo.bar");
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "non-finite value NaN passed to `Foo.bar`, whose IDL type is a \
                           restricted float"
)]
fn finite_f32_panics_on_nan() {
    finite_f32(f32::NAN, "Foo.bar");
}

#[wasm_bindgen_test]
fn byte_strings_pass() {
    let value = "plain ASCII, Latin-1 é ÿ \u{80} and \0";
    assert_eq!(byte_string(value, "Headers.append"), value);
    assert_eq!(byte_string("", "Headers.append"), "");
}

#[wasm_bindgen_test]
fn not_byte_string_message_names_the_character() {
    assert_eq!(
        not_byte_string_message('€', 3, "Headers.append"),
        "string passed to `Headers.append` is not a ByteString: '€' (U+20AC) at byte index 3 is \
         above U+00FF"
    );
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "string passed to `Headers.append` is not a ByteString: 'Ā' (U+0100) \
                           at byte index 4 is above U+00FF"
)]
fn byte_string_panics_on_the_first_wide_character() {
    // `é` takes two bytes, so `Ā` starts at byte 4; the emoji comes later.
    byte_string("aébĀ😀", "Headers.append");
}
