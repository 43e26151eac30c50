//! [`AsyncIter<T>`]: a JavaScript async iterator read as a [`Stream`], for the `async iterable`
//! declarations of Web IDL (`ReadableStream`).
//!
//! Each step calls the iterator's `next()` and awaits its promise through js-sys's futures
//! support, as [`Promise`](crate::Promise) does. Dropping the stream before its end calls the
//! iterator's `return()`, as leaving a JavaScript `for await` loop early does: a
//! `ReadableStream` is then cancelled (unless `preventCancel` was asked for) and unlocked.

use std::fmt;
use std::future::{Future, poll_fn};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use js_sys::futures::JsFuture;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::IterItem;
use crate::JsError;
use crate::convert::{FromJs, short_type_name, type_mismatch};
use crate::iter::step_async;

/// The values of a JavaScript async iterator, as a [`Stream`] of `Result<T, JsError>`: what the
/// `values()` (and `entries()`, `keys()`) of an `async iterable` declaration return.
///
/// - `Ok(value)` for each value, in order;
/// - `Err` once if `next()` throws or its promise rejects (a stream that errors), or if a value
///   is not a `T` (a `TypeError`); the stream ends after it;
/// - then `None`, for good.
///
/// Dropping it before its end calls the iterator's `return()`, which lets the source clean up
/// (a `ReadableStream` is cancelled and unlocked). A step started and not awaited to its end is
/// still taken from the source.
///
/// [`next`](Self::next) awaits one value without importing a stream extension trait:
///
/// ```ignore
/// let mut chunks = stream.values();
/// while let Some(chunk) = chunks.next().await {
///     let chunk = chunk?;
/// }
/// ```
pub struct AsyncIter<T> {
    iterator: JsValue,
    /// The promise of the step in progress.
    pending: Option<JsFuture>,
    /// The iterator said it is done, failed, or was closed: nothing more comes, and there is
    /// nothing to close on drop.
    finished: bool,
    yields: PhantomData<fn() -> T>,
}

impl<T> AsyncIter<T> {
    /// Wraps a JavaScript async iterator (an object with a `next()` method returning promises
    /// of iterator results). Unchecked: `T` is what the IDL says the values are.
    pub fn from_js_value(iterator: JsValue) -> Self {
        AsyncIter {
            iterator,
            pending: None,
            finished: false,
            yields: PhantomData,
        }
    }

    /// The JavaScript async iterator.
    pub fn as_js_iterator(&self) -> &JsValue {
        &self.iterator
    }

    /// Stops early: calls the iterator's `return()` now, as dropping the stream does, and ends
    /// the stream.
    pub fn close(&mut self) {
        if !self.finished {
            self.finished = true;
            self.pending = None;
            close_iterator(&self.iterator);
        }
    }

    /// The next value: `None` at the end, as [`Stream::poll_next`] gives it.
    pub async fn next(&mut self) -> Option<Result<T, JsError>>
    where
        T: IterItem,
    {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    fn fail(&mut self, error: JsError) -> Poll<Option<Result<T, JsError>>> {
        self.finished = true;
        self.pending = None;
        Poll::Ready(Some(Err(error)))
    }
}

impl<T: IterItem> Stream for AsyncIter<T> {
    type Item = Result<T, JsError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.finished {
            return Poll::Ready(None);
        }
        let iterator = &this.iterator;
        let pending = this
            .pending
            .get_or_insert_with(|| JsFuture::from(step_async(iterator, T::PAIRS)));
        let settled = match Pin::new(pending).poll(cx) {
            Poll::Ready(settled) => settled,
            Poll::Pending => return Poll::Pending,
        };
        this.pending = None;
        let step = match settled {
            Ok(step) => step.unchecked_into::<js_sys::Array>(),
            // Like a `for await` loop that throws, an iterator that failed is not closed.
            Err(reason) => return this.fail(JsError::from(reason)),
        };
        if step.length() == 0 {
            this.finished = true;
            return Poll::Ready(None);
        }
        match T::from_step(step.to_vec()) {
            Ok(value) => Poll::Ready(Some(Ok(value))),
            Err(value) => {
                // The source is still open: close it, since nothing more will be read.
                close_iterator(&this.iterator);
                this.fail(type_mismatch(&short_type_name::<T>(), &value))
            }
        }
    }
}

impl<T: IterItem> FusedStream for AsyncIter<T> {
    fn is_terminated(&self) -> bool {
        self.finished
    }
}

impl<T> Drop for AsyncIter<T> {
    fn drop(&mut self) {
        self.close();
    }
}

/// Any object, taken as an async iterator (what an `async iterable`'s `values()` returns).
impl<T> FromJs for AsyncIter<T> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        match value.is_object() {
            true => Ok(Self::from_js_value(value)),
            false => Err(value),
        }
    }
}

impl<T> fmt::Debug for AsyncIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AsyncIter<{}>", short_type_name::<T>())
    }
}

#[wasm_bindgen(inline_js = r#"
export function close_iterator(iterator) {
    try {
        const method = iterator.return;
        if (method === undefined || method === null) {
            return;
        }
        // Nobody awaits the result: a rejection must not be reported as unhandled.
        Promise.resolve(method.call(iterator)).catch(() => {});
    } catch (error) {
        // The iterator is being abandoned; there is no one to tell.
    }
}
"#)]
extern "C" {
    /// Calls `return()`, if the iterator has one, ignoring its outcome.
    fn close_iterator(iterator: &JsValue);
}
