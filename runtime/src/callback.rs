//! Callbacks: Rust closures (or types implementing a callback interface's `…Object` trait)
//! passed to JavaScript, and how long each one lives.
//!
//! Web IDL does not say how long JavaScript keeps a callback, so every callback-typed argument
//! or attribute gets one of four policies, chosen by the bindings:
//!
//! - **Guard**: JavaScript keeps the callback (event listeners, event-handler attributes,
//!   `setInterval`). The call returns a [`CallbackGuard`] that owns the closure; dropping the
//!   guard first unregisters the callback (`removeEventListener` with the same arguments, the
//!   attribute set back to `null`, `clearInterval`), then frees it. [`CallbackGuard::forget`]
//!   keeps it for the rest of the program, explicitly.
//! - **Once**: JavaScript calls the callback at most once (`setTimeout`,
//!   `requestAnimationFrame`). The closure is an `FnOnce`; what it captured is dropped right
//!   after its call, and the small remainder when JavaScript's garbage collector collects the
//!   function (as it does for one never called, such as a cancelled timeout). A second call
//!   throws in JavaScript.
//! - **Borrowed**: JavaScript calls the callback only during the call (`forEach`). The closure
//!   need not be `'static`; it is invalidated when the call returns, and a later call from
//!   JavaScript throws.
//! - **Owned**: the closure is handed to JavaScript's garbage collector (observers built with
//!   `new MutationObserver(callback)`), and freed when the function is collected.
//!
//! The policy of a member comes, in this order, from idlbind's extended attribute
//! `[Callback=Guard|Once|Borrowed|Owned]` on the argument or attribute, then on the callback's
//! definition; then from this table of platform members whose policy the IDL cannot state:
//!
//! | member | policy |
//! |---|---|
//! | `setTimeout`, `requestAnimationFrame`, `requestIdleCallback`, `queueMicrotask` (any interface or mixin) | Once |
//! | `HTMLVideoElement.requestVideoFrameCallback`, `HTMLCanvasElement.toBlob`, `DataTransferItem.getAsString`, `Geolocation.getCurrentPosition`, `LockManager.request` | Once |
//! | `setInterval` (any interface or mixin) | Guard, whose drop calls `clearInterval(id)` |
//! | `Geolocation.watchPosition` | Guard, whose drop calls `clearWatch(id)` |
//!
//! and otherwise from the member's shape: an attribute is a Guard (its drop sets the attribute
//! back to `null` if it still holds this function); `addX(..)` on an interface that also has
//! `removeX(..)` taking the same callback type is a Guard whose drop calls `removeX` with the
//! same arguments; a constructor argument is Owned; a `forEach` argument is Borrowed; anything
//! else is a Guard (which only frees the closure).
//!
//! JavaScript's arguments are read into the closure's Rust types when it is called. A value of
//! the wrong type is a bug in the IDL or in JavaScript: the call panics with a message naming
//! the callback and the member it was passed to.
//!
//! Closures are made with wasm-bindgen's `…_assert_unwind_safe` constructors, so they need not
//! be `UnwindSafe` (a closure capturing an `Rc<RefCell<..>>` is fine) in builds that unwind.

use std::fmt;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A callback that JavaScript keeps, owned by Rust: dropping the guard unregisters the callback
/// (when the member has a way to) and frees the closure.
///
/// Methods that register such a callback return it, alone or as the second element of a tuple
/// with the member's result: `let _listener = target.add_event_listener("click", |_event| ..);`.
/// Bind it to a name (`_listener`, not `_`, which drops it at once) for as long as the callback
/// should run.
#[must_use = "dropping a CallbackGuard unregisters its callback at once: keep it while the callback should run, or call `forget()`"]
pub struct CallbackGuard {
    function: Option<Function>,
    /// Unregisters the callback, then drops the closures.
    release: Option<Box<dyn FnOnce()>>,
}

impl CallbackGuard {
    /// A guard that holds nothing: what a method returns when its optional callback was not
    /// given.
    pub fn empty() -> Self {
        CallbackGuard {
            function: None,
            release: None,
        }
    }

    /// The JavaScript function that JavaScript holds, as given to the platform: what
    /// `removeX`-style methods take. `None` for an [empty](Self::empty) guard.
    pub fn function(&self) -> Option<&Function> {
        self.function.as_ref()
    }

    /// Keeps the callback registered and alive for the rest of the program: its memory is never
    /// freed.
    pub fn forget(mut self) {
        if let Some(release) = self.release.take() {
            std::mem::forget(release);
        }
    }
}

impl Drop for CallbackGuard {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            release();
        }
    }
}

impl fmt::Debug for CallbackGuard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackGuard")
            .field("function", &self.function)
            .finish_non_exhaustive()
    }
}

/// What code generated by `idl!` calls to build and run callbacks. Not a public API.
#[doc(hidden)]
pub mod __private {
    use super::*;

    /// A guard for the callback whose JavaScript function is `function` (`None` when an
    /// optional callback was not given): `release` unregisters it and then drops the closures
    /// it owns.
    pub fn guard(function: Option<JsValue>, release: impl FnOnce() + 'static) -> CallbackGuard {
        CallbackGuard {
            function: function.map(JsCast::unchecked_into),
            release: Some(Box::new(release)),
        }
    }

    /// Calls `this[name](...args)`, as an unregister step: arguments after the last `Some` are
    /// left out, an earlier `None` is passed as `undefined`. An exception is ignored: a drop has
    /// nowhere to report it, and unregistering twice is harmless on the platform.
    pub fn call_method(this: &JsValue, name: &str, args: Vec<Option<JsValue>>) {
        let present = args
            .iter()
            .rposition(Option::is_some)
            .map_or(0, |last| last + 1);
        let array: Array = args
            .into_iter()
            .take(present)
            .map(|arg| arg.unwrap_or(JsValue::UNDEFINED))
            .collect();
        if let Ok(method) = Reflect::get(this, &JsValue::from_str(name))
            && let Some(method) = method.dyn_ref::<Function>()
        {
            let _ = Reflect::apply(method, this, &array);
        }
    }

    /// Sets `this[name]` back to `null` if it still holds `function`: an event-handler
    /// attribute's unregister step (a later assignment is left alone).
    pub fn reset_attribute(this: &JsValue, name: &str, function: &JsValue) {
        let key = JsValue::from_str(name);
        if let Ok(current) = Reflect::get(this, &key)
            && Object::is(&current, function)
        {
            let _ = Reflect::set(this, &key, &JsValue::NULL);
        }
    }

    /// Reads an argument JavaScript passed to a callback as `T` through
    /// [`FromJs`](crate::FromJs); panics naming the callback if it is not one.
    #[inline]
    #[track_caller]
    pub fn argument<T: crate::FromJs>(
        value: JsValue,
        callback: &'static str,
        argument: &'static str,
        idl_type: &'static str,
    ) -> T {
        T::from_js(value)
            .unwrap_or_else(|value| argument_mismatch(callback, argument, idl_type, value))
    }

    /// Reads an argument of an interface type with a checked cast (`instanceof`), so any
    /// wasm-bindgen type works; panics naming the callback if it is not one.
    #[inline]
    #[track_caller]
    pub fn interface_argument<T: JsCast>(
        value: JsValue,
        callback: &'static str,
        argument: &'static str,
        idl_type: &'static str,
    ) -> T {
        value
            .dyn_into()
            .unwrap_or_else(|value| argument_mismatch(callback, argument, idl_type, value))
    }

    /// [`interface_argument`] for a nullable or optional one: `null` and `undefined` are `None`.
    #[inline]
    #[track_caller]
    pub fn optional_interface_argument<T: JsCast>(
        value: JsValue,
        callback: &'static str,
        argument: &'static str,
        idl_type: &'static str,
    ) -> Option<T> {
        if value.is_null() || value.is_undefined() {
            return None;
        }
        Some(interface_argument(value, callback, argument, idl_type))
    }

    /// Panics because JavaScript called a callback with an argument of the wrong type.
    #[cold]
    #[track_caller]
    pub fn argument_mismatch(
        callback: &'static str,
        argument: &'static str,
        idl_type: &'static str,
        value: JsValue,
    ) -> ! {
        panic!(
            "{}",
            argument_mismatch_message(callback, argument, idl_type, &value)
        )
    }

    /// The panic message of [`argument_mismatch`]. `callback` describes the callback and where
    /// it was passed: ``callback `EventListener` passed to `EventTarget.addEventListener` ``.
    pub fn argument_mismatch_message(
        callback: &str,
        argument: &str,
        idl_type: &str,
        value: &JsValue,
    ) -> String {
        format!(
            "{callback} received {} as its argument `{argument}`, which is not a value of its \
             IDL type `{idl_type}`",
            crate::convert::describe(value),
        )
    }
}
