//! [`ToJs`] and [`FromJs`]: how typed Rust values cross to JavaScript and back.
//!
//! Generated code converts every value whose IDL type has no direct wasm-bindgen form
//! (sequences, records, promises, nullable and union members) through these two traits, so a
//! Rust type is usable in a binding as soon as it implements them.
//!
//! Reading a value never throws and never panics: a value of the wrong type comes back as the
//! `Err` of [`FromJs::from_js`], untouched, for the caller to report (see [`type_mismatch`]).

use js_sys::{
    Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, DataView, Date, Error, Float32Array,
    Float64Array, Function, Int8Array, Int16Array, Int32Array, JsString, Object, Reflect, RegExp,
    SharedArrayBuffer, Symbol, Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::JsError;
use crate::callback::CallbackScope;

/// A Rust value that has a JavaScript form.
pub trait ToJs {
    /// The JavaScript form of the value. The callbacks it holds (in a union, dictionary,
    /// sequence or record) become functions given to JavaScript's garbage collector.
    fn to_js(&self) -> JsValue;

    /// The JavaScript form of the value, with the callbacks it holds made into functions under
    /// `scope`'s policy (see [`CallbackScope`]). Values that hold no callbacks need not
    /// implement it: the default is [`to_js`](Self::to_js).
    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        let _ = scope;
        self.to_js()
    }
}

/// A Rust value read from a JavaScript value; `Err` gives the value back when it is not of
/// this type.
pub trait FromJs: Sized {
    /// Reads `value` as `Self`, or gives it back unchanged if it is not one.
    fn from_js(value: JsValue) -> Result<Self, JsValue>;

    /// Reads the value a promise of the IDL type `Self` was fulfilled with: by default as
    /// [`from_js`](Self::from_js). An interface trusts the IDL in release builds, as its
    /// direct results do (wasm-bindgen casts them unchecked), and checks in debug builds.
    #[doc(hidden)]
    #[inline]
    fn __from_js_result(value: JsValue) -> Result<Self, JsValue> {
        Self::from_js(value)
    }
}

/// A JavaScript `TypeError` saying that `value` is not what was `expected`, as a [`JsError`]:
/// `expected sequence<long>, got a string "abc"`.
pub fn type_mismatch(expected: &str, value: &JsValue) -> JsError {
    let message = format!("expected {expected}, got {}", describe(value));
    JsError::from(JsValue::from(js_sys::TypeError::new(&message)))
}

/// Describes a value for an error message: `a string "abc"`, `the number 4`, `null`,
/// `an object`. Never throws: only `typeof`-like checks, no property reads.
///
/// JavaScript renders it (`describe` in `js.rs`): in Rust, the string's `{:?}` and the number's
/// rendering would bring `core::fmt`'s escaping and Unicode tables into every app, for messages
/// of error paths.
#[inline]
pub(crate) fn describe(value: &JsValue) -> String {
    crate::js::text(value, crate::js::Text::Describe)
}

/// A string as Rust's `{:?}` writes it (`"a \"quoted\" line\n"`), rendered by JavaScript: what
/// `JsError`'s `Display` shows for a thrown string.
#[inline]
pub(crate) fn debug_string(value: &JsValue) -> String {
    crate::js::text(value, crate::js::Text::Quote)
}

/// The Rust name of `T` without module paths: `Option<Vec<String>>`, not
/// `core::option::Option<alloc::vec::Vec<alloc::string::String>>`.
pub(crate) fn short_type_name<T: ?Sized>() -> String {
    let full = std::any::type_name::<T>();
    let mut short = String::with_capacity(full.len());
    let mut segment = String::new();
    for character in full.chars() {
        if character.is_alphanumeric() || character == '_' {
            segment.push(character);
        } else if character == ':' {
            // `::` ends a module path segment, which is dropped.
            segment.clear();
        } else {
            short.push_str(&segment);
            segment.clear();
            short.push(character);
        }
    }
    short.push_str(&segment);
    short
}

// Primitives.

impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}

impl FromJs for bool {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        value.as_bool().ok_or(value)
    }
}

/// Numbers cross as a JS Number: `i64` and `u64` too (Web IDL's `long long` is a Number, not
/// a BigInt), exact up to 2^53.
macro_rules! numbers {
    ($($number:ty),*) => {$(
        impl ToJs for $number {
            fn to_js(&self) -> JsValue {
                JsValue::from_f64(*self as f64)
            }
        }

        impl FromJs for $number {
            fn from_js(value: JsValue) -> Result<Self, JsValue> {
                match value.as_f64() {
                    Some(number) => Ok(number as $number),
                    None => Err(value),
                }
            }
        }
    )*};
}

numbers!(i8, u8, i16, u16, i32, u32, i64, u64, f32, f64);

impl ToJs for str {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}

impl FromJs for String {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        value.as_string().ok_or(value)
    }
}

impl ToJs for JsValue {
    fn to_js(&self) -> JsValue {
        self.clone()
    }
}

impl FromJs for JsValue {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        Ok(value)
    }
}

/// `undefined`, the result of an IDL `undefined` operation.
impl ToJs for () {
    fn to_js(&self) -> JsValue {
        JsValue::UNDEFINED
    }
}

/// Any value: what an `undefined` operation returns is ignored.
impl FromJs for () {
    fn from_js(_value: JsValue) -> Result<Self, JsValue> {
        Ok(())
    }
}

// Wrappers.

impl<T: ToJs + ?Sized> ToJs for &T {
    fn to_js(&self) -> JsValue {
        (**self).to_js()
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        (**self).to_js_in(scope)
    }
}

impl<T: ToJs + ?Sized> ToJs for &mut T {
    fn to_js(&self) -> JsValue {
        (**self).to_js()
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        (**self).to_js_in(scope)
    }
}

/// A nullable value: `None` is `null`.
impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        match self {
            Some(value) => value.to_js(),
            None => JsValue::NULL,
        }
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        match self {
            Some(value) => value.to_js_in(scope),
            None => JsValue::NULL,
        }
    }
}

/// A nullable value: `null` and `undefined` are `None`.
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        if value.is_null() || value.is_undefined() {
            Ok(None)
        } else {
            T::from_js(value).map(Some)
        }
    }
}

/// A boxed value converts as the value: dictionaries that contain themselves (Service
/// Workers' `RouterCondition.not`) hold that member in a `Box`.
impl<T: ToJs> ToJs for Box<T> {
    fn to_js(&self) -> JsValue {
        (**self).to_js()
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        (**self).to_js_in(scope)
    }
}

impl<T: FromJs> FromJs for Box<T> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        T::from_js(value).map(Box::new)
    }
}

// Sequences.

/// A new JS Array of the converted elements.
impl<T: ToJs> ToJs for [T] {
    fn to_js(&self) -> JsValue {
        // A `Vec<JsValue>` crosses as one Array in a single call.
        JsValue::from(self.iter().map(ToJs::to_js).collect::<Vec<_>>())
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        JsValue::from(
            self.iter()
                .map(|element| element.to_js_in(scope))
                .collect::<Vec<_>>(),
        )
    }
}

/// A new JS Array of the converted elements.
impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        self.as_slice().to_js_in(scope)
    }
}

/// A new JS Array of the converted elements.
impl<T: ToJs, const N: usize> ToJs for [T; N] {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        self.as_slice().to_js_in(scope)
    }
}

/// A JS Array or any other iterable object (a `NodeList`, a `Set`, a generator), read as Web
/// IDL reads a sequence. A string is not an object, so it is not a sequence of characters.
impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        let Some(elements) = sequence_elements(&value) else {
            return Err(value);
        };
        let mut converted = Vec::with_capacity(elements.len());
        for element in elements {
            match T::from_js(element) {
                Ok(element) => converted.push(element),
                Err(_) => return Err(value),
            }
        }
        Ok(converted)
    }
}

/// A `record<K, V>`: a new JS object whose own properties are the entries, in order.
impl<V: ToJs> ToJs for Vec<(String, V)> {
    fn to_js(&self) -> JsValue {
        crate::__private::record_to_js(self.iter().map(|(key, value)| (key, value.to_js())))
    }

    fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
        crate::__private::record_to_js(
            self.iter()
                .map(|(key, value)| (key, value.to_js_in(scope)))
                .collect::<Vec<_>>(),
        )
    }
}

/// A `record<K, V>`: the object's own enumerable string-keyed properties, in order.
impl<V: FromJs> FromJs for Vec<(String, V)> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        crate::__private::record_from_js(value)
    }
}

/// The elements of an iterable object, or `None` if the value is not one or iterating it
/// throws.
fn sequence_elements(value: &JsValue) -> Option<Vec<JsValue>> {
    if !value.is_object() && !value.is_function() {
        return None;
    }
    // `Array.from` would also accept array-likes such as `{length: 2}`; Web IDL does not.
    let iterator = Reflect::get(value, &Symbol::iterator()).ok()?;
    if !iterator.is_function() {
        return None;
    }
    array_from(value).ok()
}

#[wasm_bindgen]
extern "C" {
    /// `Array.from`, returning the elements in one call; catches what the iterator throws.
    #[wasm_bindgen(js_namespace = Array, js_name = from, catch)]
    fn array_from(iterable: &JsValue) -> Result<Vec<JsValue>, JsValue>;
}

// JavaScript built-in types.

/// Conversions for js-sys types: the value as it is, read back with a checked cast.
macro_rules! js_sys_types {
    ($($js_type:ty),* $(,)?) => {$(
        impl ToJs for $js_type {
            fn to_js(&self) -> JsValue {
                self.clone().into()
            }
        }

        impl FromJs for $js_type {
            fn from_js(value: JsValue) -> Result<Self, JsValue> {
                value.dyn_into()
            }
        }
    )*};
}

js_sys_types!(
    Symbol,
    BigInt,
    Function,
    Array,
    ArrayBuffer,
    SharedArrayBuffer,
    DataView,
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
    JsString,
    js_sys::Promise,
    Date,
    RegExp,
    Error,
);

impl ToJs for Object {
    fn to_js(&self) -> JsValue {
        self.clone().into()
    }
}

/// Any object or function, as Web IDL's `object`. (A checked cast would ask `instanceof Object`,
/// which refuses objects from another realm and `Object.create(null)`.)
impl FromJs for Object {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        if value.is_object() || value.is_function() {
            Ok(value.unchecked_into())
        } else {
            Err(value)
        }
    }
}
