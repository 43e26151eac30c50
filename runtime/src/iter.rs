//! [`Iter<T>`]: a JavaScript iterator read as a Rust [`Iterator`], for the `iterable`, `maplike`
//! and `setlike` declarations of Web IDL, and the `forEach` of those declarations with a
//! borrowed Rust closure.
//!
//! The iterator is the one JavaScript's own `entries()`, `keys()` or `values()` returns, so it
//! sees the collection as JavaScript does (live: a `NodeList` that changes during iteration
//! changes what comes next). Each step is one call into JavaScript, which advances the iterator
//! and hands over the value (both halves of an entry for a pair).
//!
//! [`IndexedIter<C>`] reads the values of a value iterator on an interface with an indexed
//! getter (`NodeList`) by index instead, as JavaScript's `values()` itself does.

use std::fmt;
use std::iter::FusedIterator;
use std::marker::PhantomData;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::__private::uncaught;
use crate::convert::{FromJs, describe, short_type_name};

/// An iterator over a JavaScript iterator whose values are `T`s: what `iter()`, `entries()`,
/// `keys()` and `values()` return for an `iterable`, `maplike` or `setlike` declaration (except
/// the values of a value iterator, which [`IndexedIter`] reads).
///
/// A value that is not a `T`, or an exception thrown by the JavaScript iterator, is a bug in the
/// IDL or in the platform and panics with a message naming the IDL member, as a member not
/// marked `[Throws]` does. After its last value the iterator keeps returning `None`.
pub struct Iter<T> {
    iterator: JsValue,
    member: &'static str,
    idl_type: &'static str,
    finished: bool,
    yields: PhantomData<fn() -> T>,
}

/// A value an [`Iter`] or an [`AsyncIter`](crate::AsyncIter) yields: any [`FromJs`] type, or a
/// pair `(K, V)` of them, read from the `[key, value]` arrays that entries are in JavaScript.
pub trait IterItem: Sized {
    /// Whether JavaScript's values are `[key, value]` arrays, handed over as their two halves.
    const PAIRS: bool;

    /// Reads the value (`[value]`), or the two halves of an entry (`[key, value]`); `Err` gives
    /// back a value that is not of the type.
    fn from_step(step: Vec<JsValue>) -> Result<Self, JsValue>;
}

impl<T: FromJs> IterItem for T {
    const PAIRS: bool = false;

    fn from_step(mut step: Vec<JsValue>) -> Result<Self, JsValue> {
        T::from_js(step.pop().unwrap_or(JsValue::UNDEFINED))
    }
}

/// A pair is not [`FromJs`] itself: a `Vec<(String, V)>` is a `record`, read from an object's
/// properties, not from a sequence of pairs.
impl<K: FromJs, V: FromJs> IterItem for (K, V) {
    const PAIRS: bool = true;

    fn from_step(step: Vec<JsValue>) -> Result<Self, JsValue> {
        match <[JsValue; 2]>::try_from(step) {
            Ok([key, value]) => Ok((K::from_js(key)?, V::from_js(value)?)),
            // Not a two-element array: the value itself is what is wrong.
            Err(step) => Err(step.into_iter().next().unwrap_or(JsValue::UNDEFINED)),
        }
    }
}

impl<T: IterItem> Iter<T> {
    /// Reads `iterator` (a JavaScript iterator object that `member` returned), each value as a
    /// `T` of the IDL type `idl_type`.
    #[doc(hidden)]
    pub fn __new(iterator: JsValue, member: &'static str, idl_type: &'static str) -> Self {
        Iter {
            iterator,
            member,
            idl_type,
            finished: false,
            yields: PhantomData,
        }
    }
}

impl<T> Iter<T> {
    /// The JavaScript iterator the values come from.
    pub fn as_js_iterator(&self) -> &JsValue {
        &self.iterator
    }
}

impl<T: IterItem> Iterator for Iter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.finished {
            return None;
        }
        let values = match step(&self.iterator, T::PAIRS) {
            Ok(values) => values,
            Err(error) => {
                self.finished = true;
                uncaught(self.member, error)
            }
        };
        if values.is_empty() {
            self.finished = true;
            return None;
        }
        match T::from_step(values) {
            Ok(value) => Some(value),
            Err(value) => {
                self.finished = true;
                yielded_mismatch(self.member, self.idl_type, value)
            }
        }
    }
}

impl<T: IterItem> FusedIterator for Iter<T> {}

impl<T> fmt::Debug for Iter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iter<{}> from `{}`", short_type_name::<T>(), self.member)
    }
}

/// A collection whose values can be read by index: an interface with a value iterator
/// (`iterable<V>`) and an indexed getter, such as `NodeList`. `idl!` implements it.
pub trait IndexedValues {
    /// The values' type (`V`).
    type Value;

    /// The value at `index`, or `None` past the last one: one call into JavaScript, through
    /// the interface's indexed getter.
    fn value_at(&self, index: u32) -> Option<Self::Value>;
}

/// The values of a value iterator (`iterable<V>`) read by index, as JavaScript's `values()`
/// (`Array.prototype.values`) reads them: what `values()`, `iter()` and `for v in &list` return
/// on an interface with an indexed getter, such as `NodeList`.
///
/// One call into JavaScript per value and no iterator object; live, as JavaScript's is: each
/// step reads the collection as it is then, and the first index past the end ends it. After
/// that it keeps returning `None`.
pub struct IndexedIter<C> {
    collection: C,
    next: u32,
    finished: bool,
}

impl<C: IndexedValues> IndexedIter<C> {
    /// The values of `collection`, from the first.
    pub fn new(collection: C) -> Self {
        IndexedIter {
            collection,
            next: 0,
            finished: false,
        }
    }

    /// The collection read.
    pub fn collection(&self) -> &C {
        &self.collection
    }
}

impl<C: IndexedValues> Iterator for IndexedIter<C> {
    type Item = C::Value;

    // Inlined (and statically dispatched): a loop over it calls the getter's import directly,
    // as a hand-written `item(i)` loop does.
    #[inline]
    fn next(&mut self) -> Option<C::Value> {
        if self.finished {
            return None;
        }
        let value = self.collection.value_at(self.next);
        match value {
            Some(_) => self.next += 1,
            None => self.finished = true,
        }
        value
    }
}

impl<C: IndexedValues> FusedIterator for IndexedIter<C> {}

impl<C: fmt::Debug> fmt::Debug for IndexedIter<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "IndexedIter<{}> at index {}",
            short_type_name::<C>(),
            self.next
        )
    }
}

/// A value an iterator of `member` gave is not of the IDL type: panics naming both.
#[cold]
#[track_caller]
fn yielded_mismatch(member: &str, idl_type: &str, value: JsValue) -> ! {
    panic!("{}", yielded_mismatch_message(member, idl_type, &value))
}

/// The panic message of an [`Iter`] whose JavaScript iterator gives a value of another type.
pub fn yielded_mismatch_message(member: &str, idl_type: &str, value: &JsValue) -> String {
    format!(
        "the iterator of `{member}` gave {}, which is not a value of its IDL type `{idl_type}`",
        describe(value),
    )
}

/// Calls `object.forEach(callback)` with `callback(value, key)` a borrowed Rust closure, valid
/// only during the call. The values are read as `V` and `K`; one of another type panics naming
/// `member` (after `forEach` has been stopped by an exception), as an exception from `forEach`
/// itself does.
pub fn for_each<V: FromJs, K: FromJs>(
    object: &JsValue,
    member: &'static str,
    idl_types: (&'static str, &'static str),
    mut f: impl FnMut(V, K),
) {
    let mut mismatch = None;
    let mut callback = |value: JsValue, key: JsValue| -> Result<(), JsValue> {
        let read = V::from_js(value)
            .map_err(|value| (idl_types.0, value))
            .and_then(|value| Ok((value, K::from_js(key).map_err(|key| (idl_types.1, key))?)));
        match read {
            Ok((value, key)) => {
                f(value, key);
                Ok(())
            }
            Err(found) => {
                mismatch = Some(found);
                // Any exception stops `forEach`; its value does not matter.
                Err(JsValue::UNDEFINED)
            }
        }
    };
    let result = object
        .unchecked_ref::<ForEach>()
        .call_for_each(&mut callback);
    if let Some((idl_type, value)) = mismatch {
        yielded_mismatch(member, idl_type, value);
    }
    if let Err(error) = result {
        uncaught(member, error);
    }
}

// The steps of synchronous and asynchronous iterators read an iterator result the same way.
#[wasm_bindgen(inline_js = r#"
function unpack(result, pairs) {
    if (Object(result) !== result) {
        throw new TypeError("the iterator result " + String(result) + " is not an object");
    }
    if (result.done) {
        return [];
    }
    const value = result.value;
    return pairs && Array.isArray(value) && value.length === 2 ? value : [value];
}

export function step(iterator, pairs) {
    return unpack(iterator.next(), pairs);
}

export function step_async(iterator, pairs) {
    return new Promise((resolve) => resolve(iterator.next())).then((result) => unpack(result, pairs));
}
"#)]
extern "C" {
    /// Advances `iterator`: `[]` at the end, else `[value]`, or `[key, value]` for a pair.
    #[wasm_bindgen(catch)]
    fn step(iterator: &JsValue, pairs: bool) -> Result<Vec<JsValue>, JsValue>;

    /// [`step`] for an async iterator: a promise of the same arrays, rejected if `next()`
    /// throws or its promise rejects.
    pub(crate) fn step_async(iterator: &JsValue, pairs: bool) -> js_sys::Promise;

    /// Any object with a `forEach` method.
    type ForEach;

    #[wasm_bindgen(method, structural, js_name = forEach, catch)]
    fn call_for_each(
        this: &ForEach,
        callback: &mut dyn FnMut(JsValue, JsValue) -> Result<(), JsValue>,
    ) -> Result<(), JsValue>;
}
