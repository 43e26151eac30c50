//! [`Promise<T>`]: a JavaScript promise that settles with a `T` or a [`JsError`].
//!
//! A promise is eager: the work behind it started when it was created (when the generated
//! method called JavaScript, or when [`Promise::from_future`] was called), whether or not it is
//! ever awaited. Awaiting only observes the result, so a promise can be cloned and each clone
//! awaited on its own.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};

use js_sys::futures::{JsFuture, future_to_promise};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::JsError;
use crate::convert::{FromJs, ToJs, short_type_name, type_mismatch};

/// A JavaScript promise of a `T`: `.await` it for `Result<T, JsError>`.
///
/// The type parameter is what the IDL says the promise settles with; it is not checked until
/// the promise is awaited, where a value of another type becomes an `Err` holding a
/// `TypeError` (for an interface type, in debug builds only: release builds trust the IDL, as
/// a member's direct result of an interface type is trusted).
pub struct Promise<T> {
    promise: js_sys::Promise,
    // `fn() -> T`: the promise produces a `T` but owns none, so drop checking and auto traits
    // ignore `T`.
    settles_with: PhantomData<fn() -> T>,
}

impl<T> Promise<T> {
    /// Wraps a JS value as a promise of T: a promise is taken as it is, any other value goes
    /// through `Promise.resolve` (one JS call). Unchecked: T is what the IDL says.
    pub fn from_js_value(value: JsValue) -> Self {
        // `Promise.resolve` returns a native promise itself, and adopts a thenable; it throws
        // only if reading a promise's `constructor` throws, which then rejects the result.
        Self::from_js_promise(promise_resolve(&value))
    }

    /// Wraps a JavaScript promise as a promise of T, with no call into JavaScript. Unchecked:
    /// T is what the IDL says.
    pub fn from_js_promise(promise: js_sys::Promise) -> Self {
        Promise {
            promise,
            settles_with: PhantomData,
        }
    }

    /// The JavaScript promise.
    pub fn as_js_promise(&self) -> &js_sys::Promise {
        &self.promise
    }

    /// Gives back the JavaScript promise.
    pub fn into_js_promise(self) -> js_sys::Promise {
        self.promise
    }

    /// A promise already fulfilled with `value`.
    pub fn resolve(value: T) -> Self
    where
        T: ToJs,
    {
        Self::from_js_value(value.to_js())
    }

    /// A promise already rejected with `error` (its original JS value).
    pub fn reject(error: JsError) -> Self {
        Self::from_js_promise(js_sys::Promise::reject(&error.into_value()))
    }

    /// Runs `future` on the JS microtask queue and settles the promise with its result: `Ok`
    /// fulfills it with the value's JS form, `Err` rejects it with the error's original value.
    ///
    /// The future starts at once, without waiting for the promise to be awaited.
    pub fn from_future<F>(future: F) -> Self
    where
        F: Future<Output = Result<T, JsError>> + 'static,
        T: ToJs + 'static,
    {
        let future = async move {
            match future.await {
                Ok(value) => Ok(value.to_js()),
                Err(error) => Err(error.into_value()),
            }
        };
        // Where panics unwind, `future_to_promise` catches a panic and rejects the promise
        // with it; the future is then dropped, never polled again, so no broken state is seen.
        Self::from_js_promise(future_to_promise(AssertUnwindSafe(future)))
    }
}

// `Promise.resolve(v)`, or a promise rejected with what it threw. Caught here rather than by a
// `catch` import: wasm-bindgen's `catch` shim calls through `Function.prototype.apply`, which
// costs every awaited member result a measurable share of its time.
#[wasm_bindgen(
    inline_js = "export function resolve(v){try{return Promise.resolve(v)}catch(e){return Promise.reject(e)}}"
)]
extern "C" {
    #[wasm_bindgen(js_name = resolve)]
    fn promise_resolve(value: &JsValue) -> js_sys::Promise;
}

impl<T> Clone for Promise<T> {
    fn clone(&self) -> Self {
        Self::from_js_promise(self.promise.clone())
    }
}

impl<T> fmt::Debug for Promise<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Promise<{}>", short_type_name::<T>())
    }
}

/// A promise made from a Rust future: `Promise::from(async { Ok(1) })`.
impl<T, F> From<F> for Promise<T>
where
    F: Future<Output = Result<T, JsError>> + 'static,
    T: ToJs + 'static,
{
    fn from(future: F) -> Self {
        Self::from_future(future)
    }
}

impl<T: FromJs + 'static> IntoFuture for Promise<T> {
    type Output = Result<T, JsError>;
    type IntoFuture = PromiseFuture<T>;

    fn into_future(self) -> PromiseFuture<T> {
        PromiseFuture {
            settled: JsFuture::from(self.promise),
            settles_with: PhantomData,
        }
    }
}

/// The promise itself, not a copy: JavaScript sees the same object.
impl<T> ToJs for Promise<T> {
    fn to_js(&self) -> JsValue {
        self.promise.clone().into()
    }
}

/// Any value, as [`Promise::from_js_value`] takes it.
impl<T> FromJs for Promise<T> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        Ok(Self::from_js_value(value))
    }
}

/// The future of a [`Promise<T>`] being awaited.
///
/// Resolves to `Ok` with the fulfilled value read as `T`; to `Err` with the rejection reason,
/// or with a `TypeError` if the value is not a `T` (the IDL and the implementation disagree;
/// for an interface `T`, checked in debug builds only).
pub struct PromiseFuture<T> {
    settled: JsFuture,
    settles_with: PhantomData<fn() -> T>,
}

impl<T: FromJs> Future for PromiseFuture<T> {
    type Output = Result<T, JsError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.settled)
            .poll(cx)
            .map(|settled| match settled {
                Ok(value) => T::__from_js_result(value)
                    .map_err(|value| type_mismatch(&short_type_name::<T>(), &value)),
                Err(reason) => Err(JsError::from(reason)),
            })
    }
}

impl<T> fmt::Debug for PromiseFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PromiseFuture<{}>", short_type_name::<T>())
    }
}
