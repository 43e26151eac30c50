//! [`ObservableArray<T>`]: the value of a Web IDL `ObservableArray<T>` attribute.
//!
//! Such an attribute returns a JS array (a proxy) that the platform watches: every write to it
//! is checked and applied by the platform, so the handle writes through the JS array instead
//! of keeping a Rust copy. Writes go through `Reflect.set`, which runs the proxy's `set` trap
//! and reports its `TypeError` (a value the platform refuses) as an `Err`.

use std::fmt;
use std::marker::PhantomData;

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::JsError;
use crate::convert::{FromJs, ToJs, describe, short_type_name};

/// A live handle on an `ObservableArray<T>` attribute: reads and writes go to the JS array.
pub struct ObservableArray<T> {
    array: Array,
    elements: PhantomData<fn() -> T>,
}

impl<T: FromJs + ToJs> ObservableArray<T> {
    /// Wraps the array an `ObservableArray<T>` attribute returned. Unchecked: T is what the
    /// IDL says.
    pub fn from_js_value(value: JsValue) -> Self {
        ObservableArray {
            array: value.unchecked_into(),
            elements: PhantomData,
        }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.array.length() as usize
    }

    /// Whether the array has no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at `index`, or `None` if the array is not that long.
    ///
    /// # Panics
    ///
    /// If the element is not a `T`: the platform only stores values of the IDL type, so the
    /// binding's type is wrong.
    pub fn get(&self, index: usize) -> Option<T> {
        if index >= self.len() {
            return None;
        }
        Some(self.element(index, self.array.get_unchecked(index as u32)))
    }

    /// Replaces the element at `index`, or appends if `index` is the length.
    ///
    /// An `Err` holds a `RangeError` if `index` is past the length (arrays here have no holes),
    /// or what the platform threw when it refused the value.
    pub fn set(&self, index: usize, value: &T) -> Result<(), JsError> {
        let len = self.len();
        if index > len {
            let message = format!("index {index} is past the end of an array of length {len}");
            return Err(JsError::from(JsValue::from(js_sys::RangeError::new(
                &message,
            ))));
        }
        self.write(&JsValue::from_f64(index as f64), &value.to_js())
    }

    /// Appends an element.
    pub fn push(&self, value: &T) -> Result<(), JsError> {
        self.set(self.len(), value)
    }

    /// Removes the last element and returns it, or `None` if the array is empty.
    ///
    /// # Panics
    ///
    /// As [`get`](Self::get), if the element is not a `T`; and if the platform refuses to
    /// shorten the array, which Web IDL's observable arrays never do.
    pub fn pop(&self) -> Option<T> {
        let last = self.len().checked_sub(1)?;
        let element = self.get(last);
        if let Err(error) = self.write(
            &JsValue::from_str("length"),
            &JsValue::from_f64(last as f64),
        ) {
            panic!("ObservableArray::pop could not shorten the array: {error}");
        }
        element
    }

    /// Removes every element.
    pub fn clear(&self) -> Result<(), JsError> {
        self.write(&JsValue::from_str("length"), &JsValue::from_f64(0.0))
    }

    /// The elements, in order, as they are when the iteration starts.
    ///
    /// # Panics
    ///
    /// As [`get`](Self::get), if an element is not a `T`.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        // One call copies the elements out; converting them lazily keeps the iterator cheap
        // when it is not run to the end.
        self.array
            .to_vec()
            .into_iter()
            .enumerate()
            .map(|(index, element)| self.element(index, element))
    }

    /// The elements, in order.
    ///
    /// # Panics
    ///
    /// As [`get`](Self::get), if an element is not a `T`.
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().collect()
    }

    /// The JS array.
    pub fn as_js_array(&self) -> &Array {
        &self.array
    }

    fn element(&self, index: usize, element: JsValue) -> T {
        match T::from_js(element) {
            Ok(element) => element,
            Err(element) => panic!(
                "element {index} of an ObservableArray<{}> is {}, which is not of that type \
                 (the binding's IDL type is wrong)",
                short_type_name::<T>(),
                describe(&element),
            ),
        }
    }

    fn write(&self, key: &JsValue, value: &JsValue) -> Result<(), JsError> {
        match Reflect::set(&self.array, key, value) {
            Ok(true) => Ok(()),
            // The trap returned false: in strict code JavaScript would throw this `TypeError`.
            Ok(false) => Err(JsError::from(JsValue::from(js_sys::TypeError::new(
                "the array refused the write",
            )))),
            Err(thrown) => Err(JsError::from(thrown)),
        }
    }
}

impl<T> Clone for ObservableArray<T> {
    fn clone(&self) -> Self {
        ObservableArray {
            array: self.array.clone(),
            elements: PhantomData,
        }
    }
}

impl<T> fmt::Debug for ObservableArray<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObservableArray<{}>", short_type_name::<T>())
    }
}

/// The live array an attribute returned: any JS array (the platform's is a `Proxy` of one).
impl<T: FromJs + ToJs> FromJs for ObservableArray<T> {
    fn from_js(value: JsValue) -> Result<Self, JsValue> {
        match js_sys::Array::is_array(&value) {
            true => Ok(Self::from_js_value(value)),
            false => Err(value),
        }
    }
}

/// The array itself, so that assigning it to another attribute copies its elements.
impl<T> ToJs for ObservableArray<T> {
    fn to_js(&self) -> JsValue {
        self.array.clone().into()
    }
}
