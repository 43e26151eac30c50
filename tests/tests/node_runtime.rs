//! The runtime types generated code uses for typed values (`ToJs`/`FromJs`, `Promise<T>`, buffer
//! sources, `ObservableArray<T>`, enum errors, records), checked against real JavaScript values
//! in Node: each test asks JavaScript what it received (`typeof`, `Array.isArray`, `instanceof`,
//! `JSON.stringify`).

use std::cell::Cell;
use std::rc::Rc;

use idlbind::__private::{
    record_from_js, record_to_js, returned_mismatch, returned_mismatch_message, sequence_to_js,
    unknown_enum_value,
};
use idlbind::buffer::{BufferSource, Clamped, TypedArraySource};
use idlbind::convert::type_mismatch;
use idlbind::{
    FromJs, JsCast, JsError, JsErrorKind, ObservableArray, ParseEnumError, Promise, ToJs,
    UnknownEnumValue,
};
use js_sys::{Function, Object};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Evaluates a JavaScript expression.
fn js(expression: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expression});"))
        .call0(&JsValue::UNDEFINED)
        .expect("the test's JavaScript expression threw")
}

/// Calls a JavaScript function, given as source, with one argument.
fn call(function: &str, argument: &JsValue) -> JsValue {
    let function: Function = js(function).into();
    function
        .call1(&JsValue::UNDEFINED, argument)
        .expect("the test's JavaScript function threw")
}

/// What JavaScript's `typeof` says of a converted value.
fn type_of(value: &(impl ToJs + ?Sized)) -> String {
    value.to_js().js_typeof().as_string().unwrap()
}

/// The JSON text of a converted value.
fn json(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).unwrap().as_string().unwrap()
}

// ToJs

#[wasm_bindgen_test]
fn primitives_to_js() {
    assert_eq!(type_of(&true), "boolean");
    assert_eq!(true.to_js().as_bool(), Some(true));
    for (number, expected) in [
        ((-8i8).to_js(), -8.0),
        (200u8.to_js(), 200.0),
        ((-300i16).to_js(), -300.0),
        (60_000u16.to_js(), 60_000.0),
        (i32::MIN.to_js(), f64::from(i32::MIN)),
        (u32::MAX.to_js(), f64::from(u32::MAX)),
        (1.5f32.to_js(), 1.5),
        ((-0.25f64).to_js(), -0.25),
        (
            (-9_007_199_254_740_991i64).to_js(),
            -9_007_199_254_740_991.0,
        ),
        ((1u64 << 53).to_js(), 9_007_199_254_740_992.0),
    ] {
        assert_eq!(number.js_typeof().as_string().unwrap(), "number");
        assert_eq!(number.as_f64(), Some(expected));
    }
    assert_eq!(
        type_of(&i64::MAX),
        "number",
        "a long long is never a BigInt"
    );
    assert_eq!(type_of("text"), "string");
    assert_eq!(type_of(&String::from("text")), "string");
    assert_eq!("é𝄞".to_js().as_string().unwrap(), "é𝄞");
    assert!(().to_js().is_undefined());
}

#[wasm_bindgen_test]
fn references_options_and_values_to_js() {
    let object = Object::new();
    let value: JsValue = object.clone().into();
    assert!(Object::is(&value.to_js(), &value));
    assert!(Object::is(&object.to_js(), &value));
    assert!(Object::is(&(&&value).to_js(), &value));
    let mut three = 3u8;
    let exclusive: &mut u8 = &mut three;
    assert_eq!(ToJs::to_js(&exclusive).as_f64(), Some(3.0));
    assert!(None::<i32>.to_js().is_null());
    assert!(None::<&str>.to_js().is_null());
    assert_eq!(Some(4i32).to_js().as_f64(), Some(4.0));
    assert_eq!(Some("x").to_js().as_string().unwrap(), "x");
}

#[wasm_bindgen_test]
fn sequences_to_js_are_new_arrays() {
    let vector = vec![1i32, 2, 3];
    for array in [vector.to_js(), vector[..].to_js(), [1i32, 2, 3].to_js()] {
        assert!(array.is_array());
        assert_eq!(json(&array), "[1,2,3]");
    }
    assert_eq!(json(&vec!["a", "b"].to_js()), r#"["a","b"]"#);
    assert_eq!(
        json(&vec![Some(1.5), None].to_js()),
        "[1.5,null]",
        "None in a sequence is null"
    );
    assert_eq!(json(&vec![vec![1u8], vec![]].to_js()), "[[1],[]]");
    assert_eq!(json(&Vec::<bool>::new().to_js()), "[]");
    let two = [true; 2].to_js();
    assert!(
        !Object::is(&two, &[true; 2].to_js()),
        "each call makes a new array"
    );
}

#[wasm_bindgen_test]
fn js_sys_types_to_js_are_the_same_object() {
    let bytes = js_sys::Uint8Array::new_with_length(2);
    assert!(Object::is(&bytes.to_js(), &bytes));
    let date = js_sys::Date::new_0();
    assert!(Object::is(&date.to_js(), &date));
    let symbol = js_sys::Symbol::iterator();
    assert_eq!(type_of(&symbol), "symbol");
    let text = js_sys::JsString::from("s");
    assert_eq!(type_of(&text), "string");
}

// FromJs

#[wasm_bindgen_test]
fn primitives_from_js() {
    assert_eq!(bool::from_js(JsValue::TRUE), Ok(true));
    assert!(
        bool::from_js(JsValue::from(1)).is_err(),
        "only a JS boolean"
    );
    assert_eq!(i32::from_js(JsValue::from(42.9)), Ok(42));
    assert_eq!(
        i8::from_js(JsValue::from(300)),
        Ok(127),
        "an `as` cast saturates"
    );
    assert_eq!(u32::from_js(JsValue::from(-1)), Ok(0));
    assert_eq!(i64::from_js(js("2 ** 53")), Ok(1 << 53));
    assert_eq!(u64::from_js(JsValue::from(7)), Ok(7));
    assert_eq!(f32::from_js(JsValue::from(0.5)), Ok(0.5));
    assert!(f64::from_js(JsValue::from(f64::NAN)).unwrap().is_nan());
    assert_eq!(
        f64::from_js(JsValue::from_str("1")),
        Err(JsValue::from_str("1")),
        "a numeric string is not a number; Err gives the value back"
    );
    assert!(i64::from_js(js("1n")).is_err(), "a BigInt is not a number");
    assert_eq!(
        String::from_js(JsValue::from_str("abc")),
        Ok("abc".to_owned())
    );
    assert!(String::from_js(JsValue::from(1)).is_err());
    let object = Object::new();
    let back = JsValue::from_js(object.clone().into()).unwrap();
    assert!(Object::is(&back, &object));
    assert_eq!(<()>::from_js(JsValue::from(5)), Ok(()));
}

#[wasm_bindgen_test]
fn nullable_from_js() {
    assert_eq!(Option::<i32>::from_js(JsValue::NULL), Ok(None));
    assert_eq!(Option::<i32>::from_js(JsValue::UNDEFINED), Ok(None));
    assert_eq!(Option::<i32>::from_js(JsValue::from(5)), Ok(Some(5)));
    assert_eq!(
        Option::<i32>::from_js(JsValue::from_str("5")),
        Err(JsValue::from_str("5"))
    );
}

#[wasm_bindgen_test]
fn sequences_from_js() {
    assert_eq!(Vec::<i32>::from_js(js("[1, 2, 3]")), Ok(vec![1, 2, 3]));
    assert_eq!(Vec::<i32>::from_js(js("[]")), Ok(vec![]));
    assert_eq!(
        Vec::<String>::from_js(js(r#"new Set(["a", "b", "a"])"#)),
        Ok(vec!["a".to_owned(), "b".to_owned()])
    );
    assert_eq!(
        Vec::<u8>::from_js(js("(function* () { yield 1; yield 2; })()")),
        Ok(vec![1, 2])
    );
    assert_eq!(
        Vec::<Vec<i32>>::from_js(js("[[1], [], [2, 3]]")),
        Ok(vec![vec![1], vec![], vec![2, 3]])
    );
    assert_eq!(
        Vec::<Option<bool>>::from_js(js("[true, null, undefined]")),
        Ok(vec![Some(true), None, None])
    );
    assert_eq!(
        Vec::<u8>::from_js(js("new Uint8Array([4, 5])")),
        Ok(vec![4, 5])
    );
}

#[wasm_bindgen_test]
fn sequences_from_js_refuse_with_the_original_value() {
    let mixed = js(r#"[1, "two", 3]"#);
    let refused = Vec::<i32>::from_js(mixed.clone()).unwrap_err();
    assert!(Object::is(&refused, &mixed), "the whole array comes back");
    assert!(
        Vec::<String>::from_js(JsValue::from_str("ab")).is_err(),
        "a string is not an object"
    );
    assert!(
        Vec::<i32>::from_js(js("({length: 2, 0: 1, 1: 2})")).is_err(),
        "an array-like without an iterator is not a sequence"
    );
    assert!(Vec::<i32>::from_js(JsValue::NULL).is_err());
    let throwing = js(r#"({ *[Symbol.iterator]() { yield 1; throw new Error("boom"); } })"#);
    let refused = Vec::<i32>::from_js(throwing.clone()).unwrap_err();
    assert!(
        Object::is(&refused, &throwing),
        "a throwing iterator is refused"
    );
}

#[wasm_bindgen_test]
fn js_sys_types_from_js() {
    let bytes = js("new Uint8Array([1])");
    let back = js_sys::Uint8Array::from_js(bytes.clone()).unwrap();
    assert!(Object::is(&back, &bytes));
    assert!(js_sys::Uint8Array::from_js(js("[1]")).is_err());
    assert!(js_sys::Float32Array::from_js(js("new Float64Array(1)")).is_err());
    assert!(js_sys::Function::from_js(js("() => 1")).is_ok());
    assert!(js_sys::Symbol::from_js(js("Symbol()")).is_ok());
    assert!(js_sys::BigInt::from_js(js("1n")).is_ok());
    assert!(js_sys::Array::from_js(js("({})")).is_err());
    assert!(js_sys::Error::from_js(js("new TypeError('x')")).is_ok());
    assert!(
        Object::from_js(js("Object.create(null)")).is_ok(),
        "an object without a prototype is still an object"
    );
    assert!(
        Object::from_js(js("() => 1")).is_ok(),
        "a function is an object"
    );
    assert!(Object::from_js(JsValue::from(1)).is_err());
    assert!(Object::from_js(JsValue::NULL).is_err());
}

#[wasm_bindgen_test]
fn type_mismatch_is_a_type_error_describing_the_value() {
    let error = type_mismatch("long", &JsValue::from_str("abc"));
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert!(error.value().has_type::<js_sys::TypeError>());
    assert_eq!(error.message(), r#"expected long, got a string "abc""#);
    for (value, description) in [
        (JsValue::from(4), "the number 4"),
        (JsValue::from(f64::NAN), "the number NaN"),
        // JavaScript renders numbers, as JavaScript prints them.
        (JsValue::from(1e21), "the number 1e+21"),
        (JsValue::from(-0.5), "the number -0.5"),
        (JsValue::TRUE, "the boolean true"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (js("12n"), "the BigInt 12n"),
        (js("Symbol('s')"), "a symbol"),
        (js("() => 1"), "a function"),
        (js("[1]"), "an array"),
        (js("({a: 1})"), "an object"),
    ] {
        let message = type_mismatch("sequence<long>", &value).message().to_owned();
        assert_eq!(
            message,
            format!("expected sequence<long>, got {description}")
        );
    }
    let long = "x".repeat(100);
    let message = type_mismatch("long", &JsValue::from_str(&long))
        .message()
        .to_owned();
    assert_eq!(
        message,
        format!("expected long, got a string \"{}\"…", "x".repeat(40))
    );
}

#[wasm_bindgen_test]
fn strings_in_messages_are_escaped_as_rust_debug_escapes_them() {
    // JavaScript renders the string of a description and of a thrown string's `Display`; the
    // text is what Rust's `{:?}` writes. The characters are of Unicode categories that have not
    // moved between Unicode versions (Rust's tables and the engine's may differ in version).
    // Each at most 40 characters, the length of a description's string.
    let strings = [
        "plain",
        "quote \" backslash \\ apostrophe '",
        "nul \0 tab \t cr \r lf \n",
        "esc \u{1b} del \u{7f} c1 \u{85}",
        "nbsp \u{a0} ls \u{2028} ps \u{2029} \u{3000}",
        "shy \u{ad} zwj \u{200d} bom \u{feff} pua \u{e000}",
        "e\u{301}, and at the start: \u{301}",
        "unassigned \u{378}",
        "printable: é ü ß 中文 😀 \u{fffd}",
    ];
    for string in strings {
        let value = JsValue::from_str(string);
        assert_eq!(
            type_mismatch("long", &value).message(),
            format!("expected long, got a string {string:?}"),
        );
        assert_eq!(
            JsError::from(value).to_string(),
            format!("thrown non-Error value: {string:?}"),
        );
    }
    // A lone surrogate is U+FFFD, as in the `String` Rust reads.
    let lone = js(r#""a\ud800b""#);
    let read = lone.as_string().expect("a string");
    assert_eq!(read, "a\u{fffd}b");
    assert_eq!(
        type_mismatch("long", &lone).message(),
        format!("expected long, got a string {read:?}"),
    );
    // The cut counts characters, not bytes or UTF-16 units.
    let long = "é😀".repeat(30);
    let cut: String = long.chars().take(40).collect();
    assert_eq!(
        type_mismatch("long", &JsValue::from_str(&long)).message(),
        format!("expected long, got a string {cut:?}…"),
    );
}

// Promise<T>

#[wasm_bindgen_test]
async fn resolved_and_rejected_promises() {
    assert_eq!(Promise::resolve(5i32).await.unwrap(), 5);
    assert_eq!(
        Promise::resolve(vec!["a".to_owned()]).await.unwrap(),
        vec!["a".to_owned()]
    );
    let reason = js("new RangeError('out')");
    let error = Promise::<i32>::reject(JsError::from(reason.clone()))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), &JsErrorKind::RangeError);
    assert!(
        Object::is(error.value(), &reason),
        "the rejection keeps its value"
    );
    let error = Promise::<()>::from_js_value(js("Promise.reject('plain')"))
        .await
        .unwrap_err();
    assert_eq!(error.to_string(), r#"thrown non-Error value: "plain""#);
}

#[wasm_bindgen_test]
async fn from_js_value_takes_promises_as_they_are() {
    let native = js("Promise.resolve(1)");
    let promise = Promise::<i32>::from_js_value(native.clone());
    assert!(Object::is(promise.as_js_promise(), &native));
    assert!(Object::is(&promise.to_js(), &native));
    let back = Promise::<i32>::from_js(native.clone()).unwrap();
    assert!(Object::is(&back.into_js_promise(), &native));
    assert_eq!(promise.await.unwrap(), 1);

    assert_eq!(
        Promise::<i32>::from_js_value(JsValue::from(3))
            .await
            .unwrap(),
        3
    );
    let thenable = js("({ then(resolve) { resolve(8); } })");
    assert_eq!(Promise::<i32>::from_js_value(thenable).await.unwrap(), 8);
}

#[wasm_bindgen_test]
async fn a_promise_is_eager() {
    let start = "() => { globalThis.started = (globalThis.started ?? 0) + 1; \
                 return new Promise(resolve => setTimeout(() => resolve(globalThis.started), 1)); }";
    let promise = Promise::<u32>::from_js_value(call(start, &JsValue::UNDEFINED));
    assert_eq!(
        js("globalThis.started").as_f64(),
        Some(1.0),
        "started before any await"
    );
    assert_eq!(promise.await.unwrap(), 1);

    let ran = Rc::new(Cell::new(false));
    let flag = ran.clone();
    let _never_awaited = Promise::<()>::from_future(async move {
        flag.set(true);
        Ok(())
    });
    assert!(
        !ran.get(),
        "the future runs on the microtask queue, not inline"
    );
    Promise::resolve(0u8).await.unwrap();
    assert!(
        ran.get(),
        "the future ran without its promise being awaited"
    );
}

#[wasm_bindgen_test]
async fn clones_are_awaited_independently() {
    let promise = Promise::<String>::from_js_value(js(
        "new Promise(resolve => setTimeout(() => resolve('done'), 1))",
    ));
    let first = promise.clone().into_future();
    let second = promise.clone().into_future();
    assert_eq!(second.await.unwrap(), "done");
    assert_eq!(first.await.unwrap(), "done");
    assert_eq!(promise.await.unwrap(), "done", "awaited after it settled");
}

#[wasm_bindgen_test]
async fn rust_futures_become_promises_that_javascript_awaits() {
    let add_one = "async (promise) => (await promise) + 1";
    let promise = Promise::from_future(async { Ok(41i32) });
    let result = Promise::<i32>::from_js_value(call(add_one, &promise.to_js()));
    assert_eq!(result.await.unwrap(), 42);

    let promise: Promise<i32> = Promise::from(async { Ok(1) });
    let result = Promise::<i32>::from_js_value(call(add_one, &promise.to_js()));
    assert_eq!(result.await.unwrap(), 2);

    let reason = js("new Error('failed in Rust')");
    let rejected = reason.clone();
    let promise = Promise::<i32>::from_future(async move { Err(JsError::from(rejected)) });
    let caught = "(promise) => promise.then(() => 'fulfilled', (reason) => reason)";
    let seen = Promise::<JsValue>::from_js_value(call(caught, &promise.to_js()));
    assert!(
        Object::is(&seen.await.unwrap(), &reason),
        "JS gets the original value"
    );
}

#[wasm_bindgen_test]
async fn a_fulfilled_value_of_the_wrong_type_is_a_type_error() {
    let error = Promise::<i32>::from_js_value(JsValue::from_str("x"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert_eq!(error.message(), r#"expected i32, got a string "x""#);
    let error = Promise::<Vec<Option<String>>>::from_js_value(js("[1]"))
        .await
        .unwrap_err();
    assert_eq!(
        error.message(),
        "expected Vec<Option<String>>, got an array"
    );
}

#[wasm_bindgen_test]
fn promises_print_their_type() {
    let promise = Promise::<Vec<String>>::from_js_value(JsValue::UNDEFINED);
    assert_eq!(format!("{promise:?}"), "Promise<Vec<String>>");
    assert_eq!(
        format!("{:?}", promise.into_future()),
        "PromiseFuture<Vec<String>>"
    );
}

// Enums

#[wasm_bindgen_test]
fn enum_values_and_errors() {
    let unknown: UnknownEnumValue = unknown_enum_value("newer-value".to_owned());
    assert_eq!(unknown.as_str(), "newer-value");
    assert_eq!(unknown.to_string(), "newer-value");
    assert_eq!(unknown, unknown_enum_value("newer-value".to_owned()));
    assert!(unknown < unknown_enum_value("other".to_owned()));

    let error = ParseEnumError::new("ScrollBehavior", "fast");
    assert_eq!(error.value(), "fast");
    assert_eq!(error.enum_name(), "ScrollBehavior");
    assert_eq!(
        error.to_string(),
        "`fast` is not a value of the IDL enum `ScrollBehavior`"
    );
    let _: &dyn std::error::Error = &error;
}

// Buffer sources

/// Passes a buffer source to a JavaScript function, as generated code does: the view is made
/// last, right before the call.
fn pass(function: &str, source: impl BufferSource) -> JsValue {
    let function: Function = js(function).into();
    function
        .call1(&JsValue::UNDEFINED, &source.buffer_view())
        .expect("the test's JavaScript function threw")
}

/// Only compiles for sources of the typed-array element `E`.
fn typed<E>(source: impl TypedArraySource<E>) -> String {
    pass("(view) => view.constructor.name", source)
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn slices_are_views_of_wasm_memory() {
    let sum = "(bytes) => bytes.reduce((sum, byte) => sum + byte, 0)";
    let bytes: Vec<u8> = (1..=10).collect();
    assert_eq!(pass(sum, &bytes[..]).as_f64(), Some(55.0));
    assert_eq!(pass(sum, &bytes).as_f64(), Some(55.0));
    assert_eq!(pass(sum, [1u8, 2, 3]).as_f64(), Some(6.0));
    assert_eq!(pass(sum, &[0u8; 0][..]).as_f64(), Some(0.0));

    let fill = "(view) => { for (let i = 0; i < view.length; i++) view[i] = 100 + i; }";
    let mut buffer = [0u8; 4];
    pass(fill, &mut buffer[..]);
    assert_eq!(buffer, [100, 101, 102, 103], "JS writes land in the slice");
    let mut vector = vec![0i32; 3];
    pass(fill, &mut vector);
    assert_eq!(vector, [100, 101, 102]);

    let view: js_sys::Uint8Array = bytes.buffer_view().into();
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().into();
    assert!(Object::is(&view.buffer(), &memory.buffer()), "no copy");
    assert_eq!(view.byte_offset() as usize, bytes.as_ptr() as usize);
}

#[wasm_bindgen_test]
fn slices_are_typed_by_their_elements() {
    let describe = "(view) => `${view.constructor.name} ${Array.from(view).join(',')}`";
    let cases = [
        (pass(describe, &[1.5f32, -2.0][..]), "Float32Array 1.5,-2"),
        (pass(describe, &[0.25f64][..]), "Float64Array 0.25"),
        (pass(describe, &[-1i8][..]), "Int8Array -1"),
        (pass(describe, &[-1i16][..]), "Int16Array -1"),
        (pass(describe, &[70_000u32][..]), "Uint32Array 70000"),
        (pass(describe, &[65_535u16][..]), "Uint16Array 65535"),
        (pass(describe, &[-5i32][..]), "Int32Array -5"),
        (pass(describe, vec![-3i64]), "BigInt64Array -3"),
        (
            pass(describe, [u64::MAX]),
            "BigUint64Array 18446744073709551615",
        ),
        (
            pass(describe, Clamped(&[255u8][..])),
            "Uint8ClampedArray 255",
        ),
        (pass(describe, Clamped(vec![7u8])), "Uint8ClampedArray 7"),
    ];
    for (described, expected) in cases {
        assert_eq!(described.as_string().unwrap(), expected);
    }
    assert_eq!(typed::<f32>(&[1.0f32][..]), "Float32Array");
    assert_eq!(typed::<f32>(&mut vec![1.0f32]), "Float32Array");
    assert_eq!(typed::<u8>([1u8]), "Uint8Array");
    assert_eq!(typed::<Clamped<u8>>(Clamped([1u8])), "Uint8ClampedArray");
    assert_eq!(
        typed::<Clamped<u8>>(js_sys::Uint8ClampedArray::new_with_length(1)),
        "Uint8ClampedArray"
    );
    assert_eq!(
        typed::<i64>(js_sys::BigInt64Array::new_with_length(1)),
        "BigInt64Array"
    );
}

#[wasm_bindgen_test]
fn javascript_buffers_pass_as_they_are() {
    let identity = "(value) => value";
    let buffer = js_sys::ArrayBuffer::new(8);
    assert!(Object::is(&pass(identity, &buffer), &buffer));
    let view = js_sys::DataView::new(&buffer, 0, 8);
    assert!(Object::is(&pass(identity, &view), &view));
    let floats = js_sys::Float64Array::new(&buffer);
    assert!(Object::is(&pass(identity, floats.clone()), &floats));
    let shared = js_sys::SharedArrayBuffer::new(4);
    assert!(Object::is(&pass(identity, &shared), &shared));
}

// ObservableArray<T>

#[wasm_bindgen_test]
fn observable_array_reads_and_writes_the_js_array() {
    let array = js("[1, 2, 3]");
    let observed = ObservableArray::<i32>::from_js_value(array.clone());
    assert!(Object::is(observed.as_js_array(), &array));
    assert_eq!(observed.len(), 3);
    assert!(!observed.is_empty());
    assert_eq!(observed.get(1), Some(2));
    assert_eq!(observed.get(3), None);
    assert_eq!(observed.iter().collect::<Vec<_>>(), [1, 2, 3]);

    observed.set(0, &10).unwrap();
    observed.set(3, &4).unwrap();
    assert_eq!(json(&array), "[10,2,3,4]", "set writes to the JS array");
    let error = observed.set(6, &0).unwrap_err();
    assert_eq!(error.kind(), &JsErrorKind::RangeError);
    assert_eq!(json(&array), "[10,2,3,4]");

    let copy = observed.clone();
    copy.push(&5).unwrap();
    assert_eq!(
        observed.to_vec(),
        [10, 2, 3, 4, 5],
        "clones share the array"
    );
    assert_eq!(observed.pop(), Some(5));
    assert_eq!(json(&array), "[10,2,3,4]");

    observed.clear().unwrap();
    assert_eq!(json(&array), "[]");
    assert!(observed.is_empty());
    assert_eq!(observed.pop(), None);
    assert_eq!(format!("{observed:?}"), "ObservableArray<i32>");
}

#[wasm_bindgen_test]
fn observable_array_writes_run_the_proxy_trap() {
    let proxy = js(r#"new Proxy([], {
        set(target, key, value) {
            if (key !== "length" && typeof value !== "string") throw new TypeError("strings only");
            target[key] = value;
            return true;
        },
    })"#);
    let observed = ObservableArray::<JsValue>::from_js_value(proxy.clone());
    observed.push(&JsValue::from_str("ok")).unwrap();
    let error = observed.push(&JsValue::from(1)).unwrap_err();
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert_eq!(error.message(), "strings only");
    assert_eq!(json(&proxy), r#"["ok"]"#);
}

#[wasm_bindgen_test]
#[should_panic(expected = "element 1 of an ObservableArray<i32> is a string \"two\"")]
fn observable_array_element_of_another_type_panics() {
    ObservableArray::<i32>::from_js_value(js(r#"[1, "two"]"#)).to_vec();
}

// Records and sequences

#[wasm_bindgen_test]
fn records_to_js_keep_order() {
    let record = record_to_js([
        ("b", JsValue::from(1)),
        ("a", JsValue::from(2)),
        ("b", JsValue::from(3)),
    ]);
    assert_eq!(json(&record), r#"{"b":3,"a":2}"#, "later duplicates win");
    let owned = record_to_js(vec![(String::from("__proto__"), JsValue::from(1))]);
    let own = "(record) => Object.hasOwn(record, '__proto__') && Object.getPrototypeOf(record) === Object.prototype";
    assert_eq!(call(own, &owned).as_bool(), Some(true), "an own property");
    assert_eq!(json(&record_to_js(Vec::<(&str, JsValue)>::new())), "{}");
}

#[wasm_bindgen_test]
fn records_from_js_read_own_enumerable_string_keys() {
    let object =
        js(r#"Object.defineProperty({b: 1, a: 2, 1: 3, [Symbol()]: 4}, "hidden", {value: 5})"#);
    let record = record_from_js::<i32>(object).unwrap();
    let expected = [("1", 3), ("b", 1), ("a", 2)].map(|(key, value)| (key.to_owned(), value));
    assert_eq!(record, expected);
    assert_eq!(record_from_js::<i32>(js("({})")).unwrap(), []);

    let mixed = js(r#"({a: 1, b: "x"})"#);
    let refused = record_from_js::<i32>(mixed.clone()).unwrap_err();
    assert!(Object::is(&refused, &mixed), "the whole object comes back");
    assert!(record_from_js::<i32>(JsValue::from(1)).is_err());
    let throwing = js("new Proxy({}, { ownKeys() { throw new Error('no'); } })");
    assert!(record_from_js::<i32>(throwing).is_err());
}

#[wasm_bindgen_test]
fn sequences_to_js_from_converted_elements() {
    let sequence = sequence_to_js([1, 2].iter().map(ToJs::to_js));
    assert!(sequence.is_array());
    assert_eq!(json(&sequence), "[1,2]");
    assert_eq!(json(&sequence_to_js(std::iter::empty())), "[]");
}

#[wasm_bindgen_test]
fn returned_mismatch_names_member_and_type() {
    assert_eq!(
        returned_mismatch_message("Node.childNodes", "sequence<Node>", &JsValue::from(4)),
        "`Node.childNodes` returned the number 4, which is not a value of its IDL type \
         `sequence<Node>`"
    );
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "`Thing.name` returned null, which is not a value of its IDL type `DOMString`"
)]
fn returned_mismatch_panics() {
    returned_mismatch("Thing.name", "DOMString", JsValue::NULL);
}
