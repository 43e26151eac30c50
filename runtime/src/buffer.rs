//! [`BufferSource`] and [`TypedArraySource`]: Rust slices and JS buffers where Web IDL takes
//! binary data.
//!
//! A Rust slice crosses without a copy, as a typed array that views the wasm memory holding it.
//! Such a view is valid only until the memory grows, which any Rust allocation may cause, so
//! generated code makes it last, right before the JavaScript call, and JavaScript must not keep
//! it after the call returns (an API that keeps a buffer gets a JS-owned one: pass a
//! `js_sys::Uint8Array` made with `Uint8Array::from(&slice[..])`).
//!
//! Through a view of a `&mut [T]`, what JavaScript writes lands in the slice
//! (`crypto.getRandomValues(&mut bytes)`). Passing a shared `&[T]` to an API that writes into
//! its argument is a logic error: the slice changes behind a shared reference.

use js_sys::{
    ArrayBuffer, BigInt64Array, BigUint64Array, DataView, Float32Array, Float64Array, Int8Array,
    Int16Array, Int32Array, SharedArrayBuffer, Uint8Array, Uint8ClampedArray, Uint16Array,
    Uint32Array,
};
use wasm_bindgen::JsValue;

/// The marker of clamped bytes (`Uint8ClampedArray`), and the wrapper that passes a byte
/// slice as one: `Clamped(&pixels[..])` is a `TypedArraySource<Clamped<u8>>`.
pub use wasm_bindgen::Clamped;

/// A value that can be passed where Web IDL says `BufferSource`, `AllowSharedBufferSource` or
/// `ArrayBufferView`.
pub trait BufferSource {
    /// The JS value to pass. For Rust slices this is a typed-array VIEW of the wasm memory (no
    /// copy); it is valid only until the next allocation in Rust may grow the memory, so
    /// generated code calls this last, right before the JS call. JS writes into a view of a
    /// `&mut` slice land in the slice.
    fn buffer_view(&self) -> JsValue;
}

/// A value for a parameter of a specific typed-array type, `E` being its element:
/// `Float32Array` takes a `TypedArraySource<f32>`, `BigInt64Array` a
/// `TypedArraySource<i64>`.
///
/// `Uint8ClampedArray` takes a `TypedArraySource<Clamped<u8>>`, not `u8`: the API wants that
/// exact type, so bytes are marked clamped on purpose by wrapping them, `Clamped(&bytes[..])`.
pub trait TypedArraySource<E>: BufferSource {}

/// The element type of a typed array: `i8`, `u8`, `i16`, `u16`, `i32`, `u32`, `i64`, `u64`,
/// `f32` or `f64`. Slices of these are buffer sources.
pub trait Element: Sized + sealed::Sealed {
    /// A typed array viewing `slice` in the wasm memory.
    fn view(slice: &[Self]) -> JsValue;
}

mod sealed {
    /// Only the element types of JavaScript's typed arrays.
    pub trait Sealed {}
}

macro_rules! elements {
    ($($element:ty => $typed_array:ty),* $(,)?) => {$(
        impl sealed::Sealed for $element {}

        impl Element for $element {
            fn view(slice: &[Self]) -> JsValue {
                // SAFETY: the view does not borrow `slice`, so it could outlive it or be
                // detached by a memory growth; the rule in the module docs (view made last, not kept by
                // JavaScript) is what keeps it in step. JavaScript can reach the whole wasm
                // memory anyway: the view gives it no access it did not have.
                unsafe { <$typed_array>::view(slice) }.into()
            }
        }

        impl BufferSource for $typed_array {
            fn buffer_view(&self) -> JsValue {
                self.clone().into()
            }
        }

        impl TypedArraySource<$element> for $typed_array {}
    )*};
}

elements! {
    i8 => Int8Array,
    u8 => Uint8Array,
    i16 => Int16Array,
    u16 => Uint16Array,
    i32 => Int32Array,
    u32 => Uint32Array,
    i64 => BigInt64Array,
    u64 => BigUint64Array,
    f32 => Float32Array,
    f64 => Float64Array,
}

/// A view of the slice's memory, typed as its elements.
impl<E: Element> BufferSource for [E] {
    fn buffer_view(&self) -> JsValue {
        E::view(self)
    }
}

impl<E: Element> TypedArraySource<E> for [E] {}

/// A view of the vector's elements.
impl<E: Element> BufferSource for Vec<E> {
    fn buffer_view(&self) -> JsValue {
        E::view(self)
    }
}

impl<E: Element> TypedArraySource<E> for Vec<E> {}

/// A view of the array's elements.
impl<E: Element, const N: usize> BufferSource for [E; N] {
    fn buffer_view(&self) -> JsValue {
        E::view(self)
    }
}

impl<E: Element, const N: usize> TypedArraySource<E> for [E; N] {}

/// A `Uint8ClampedArray` view of the bytes.
impl<T: AsRef<[u8]>> BufferSource for Clamped<T> {
    fn buffer_view(&self) -> JsValue {
        // js-sys makes every byte view a `Uint8Array`; the clamped one is a second view of
        // the same memory.
        let bytes: Uint8Array = u8::view(self.0.as_ref()).into();
        Uint8ClampedArray::new_with_byte_offset_and_length(
            &bytes.buffer(),
            bytes.byte_offset(),
            bytes.length(),
        )
        .into()
    }
}

impl<T: AsRef<[u8]>> TypedArraySource<Clamped<u8>> for Clamped<T> {}

impl<T: BufferSource + ?Sized> BufferSource for &T {
    fn buffer_view(&self) -> JsValue {
        (**self).buffer_view()
    }
}

impl<E, T: TypedArraySource<E> + ?Sized> TypedArraySource<E> for &T {}

/// The view of the value behind the reference; JavaScript's writes land in it.
impl<T: BufferSource + ?Sized> BufferSource for &mut T {
    fn buffer_view(&self) -> JsValue {
        (**self).buffer_view()
    }
}

impl<E, T: TypedArraySource<E> + ?Sized> TypedArraySource<E> for &mut T {}

// JavaScript's own buffers, passed as they are.

impl BufferSource for Uint8ClampedArray {
    fn buffer_view(&self) -> JsValue {
        self.clone().into()
    }
}

impl TypedArraySource<Clamped<u8>> for Uint8ClampedArray {}

/// Conversions for js-sys buffers that are not typed arrays.
macro_rules! buffers {
    ($($buffer:ty),*) => {$(
        impl BufferSource for $buffer {
            fn buffer_view(&self) -> JsValue {
                self.clone().into()
            }
        }
    )*};
}

buffers!(ArrayBuffer, SharedArrayBuffer, DataView);
