//! Typed Rust bindings for Web IDL, generated at compile time.
//!
//! Write the IDL of a Web API in the [`idl!`] macro and get Rust types, methods and
//! dictionaries that call it through [wasm-bindgen](https://docs.rs/wasm-bindgen), as typed as
//! the IDL says: unions become enums, dictionaries structs, promises typed futures.
//!
//! This crate is the only dependency a user needs: it re-exports the macro, and the generated
//! code reaches wasm-bindgen and js-sys through it.
//!
//! A JavaScript exception from a member that is not marked `[Throws]` is a bug in the IDL or in
//! the caller, and becomes a panic that names the member; exceptions from `[Throws]` members
//! and rejected promises become a [`JsError`].

#![warn(missing_docs)]

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
pub mod buffer;
pub mod callback;
pub mod convert;
mod enums;
mod error;
mod iter;
mod js;
mod observable;
mod promise;
mod skeletons;
mod stream;
mod union;

pub use buffer::{BufferSource, TypedArraySource};
pub use callback::{CallbackGuard, CallbackScope};
pub use convert::{FromJs, ToJs};
pub use enums::{ParseEnumError, UnknownEnumValue};
pub use error::{DomExceptionName, JsError, JsErrorKind};
pub use idlbind_macros::idl;
pub use iter::{IndexedIter, IndexedValues, Iter, IterItem};
pub use observable::ObservableArray;
pub use promise::{Promise, PromiseFuture};
pub use stream::AsyncIter;
pub use union::UnionArgument;

/// What code using bindings needs from wasm-bindgen: checked casts ([`JsCast::dyn_into`],
/// [`JsCast::dyn_ref`]) and JavaScript values.
pub use wasm_bindgen::{JsCast, JsValue};

/// The global object (`globalThis`) as `T`, if it is a `T`: `idlbind::global::<Window>()` in a
/// page, `None` in Node or in a worker. (Until `[Global]` interfaces are bound as free
/// functions, this is how code reaches `window` and `document`.)
pub fn global<T: JsCast>() -> Option<T> {
    js_sys::global().dyn_into::<T>().ok()
}
