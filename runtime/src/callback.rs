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
//! the callback and the member it was passed to. An argument of an interface type the IDL gives
//! (the `Event` of an `EventListener`) is the exception: it is checked in debug builds only, and
//! taken with an unchecked cast in release builds, as web-sys's and hand-written closures take
//! theirs (see `interface_argument!` below for why that is sound); one typed by `[EventType=X]`
//! is checked in every build.
//!
//! A guard's unregister step (`removeX`, `clearX`) ignores an exception: a drop has nowhere to
//! report it, and the closure is freed all the same.
//!
//! Closures are made with wasm-bindgen's `…_assert_unwind_safe` constructors, so they need not
//! be `UnwindSafe` (a closure capturing an `Rc<RefCell<..>>` is fine) in builds that unwind.
//!
//! # Callbacks inside other values
//!
//! A callback can also sit inside a union (HTML's `TimerHandler`), a dictionary (the
//! `UnderlyingSource` of a stream), a sequence or a record. There it is a value of a type named
//! after the callback (`UnderlyingSourcePullCallback`, `Function`), which holds either a Rust
//! closure (`X::new(closure)`, or `X::from(closure)`; `X::once(closure)` for an `FnOnce`, which
//! runs at most once) or a JavaScript function (one JavaScript gave, or
//! `X::from(js_sys::Function)`). Cloning it shares the one closure.
//!
//! Such a value is not yet a JavaScript function: one is made each time it is converted, and the
//! conversion decides how long that function lives. An argument of a generated method is
//! converted under the policy a callback argument of that member would get (above): so
//! `set_timeout(handler, ..)` makes a once-function from the closure in a `TimerHandler`,
//! `set_interval` returns a guard owning it, and a constructor (`new VideoDecoder(init)`) gives
//! the closures of its dictionary to the garbage collector. Converting such a value with
//! [`ToJs::to_js`](crate::ToJs::to_js) gives its functions to the garbage collector (the
//! **Owned** policy); [`ToJs::to_js_in`](crate::ToJs::to_js_in) with a [`CallbackScope`] chooses
//! another (`CallbackScope::guarded()` keeps them until its guard is dropped).
//!
//! A callback whose argument list ends with a variadic argument (`any... arguments`, as Web
//! IDL's `Function`) takes the variadic arguments as a `Vec` (`|arguments: Vec<JsValue>| ..`);
//! such callbacks, and those of more than 8 arguments (more than wasm-bindgen's closures take),
//! receive JavaScript's arguments through a small JavaScript function that packs them into one
//! array.

use std::any::Any;
use std::cell::{Cell, RefCell, RefMut};
use std::fmt;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::closure::{Closure, WasmClosure};
use wasm_bindgen::prelude::wasm_bindgen;
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
    #[inline]
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

/// How long the JavaScript functions made while converting a value live: the closures inside
/// unions, dictionaries, sequences and records become functions only when the value is
/// converted, under the scope's policy.
///
/// Generated methods make one for each argument that holds callbacks. Make one yourself to pass
/// such a value where the IDL takes a plain `object` or `any` (as `new ReadableStream(source)`
/// does): [`CallbackScope::guarded`] keeps the closures until [`into_guard`](Self::into_guard)'s
/// guard (or the scope) is dropped, [`CallbackScope::owned`] gives them to the garbage
/// collector, as [`ToJs::to_js`](crate::ToJs::to_js) does.
///
/// ```ignore
/// let mut scope = CallbackScope::guarded();
/// let source = ToJs::to_js_in(&UnderlyingSource { pull: Some(pull.into()), ..Default::default() }, &mut scope);
/// let stream = ReadableStream::new_with(source.unchecked_ref(), None)?;
/// let guard = scope.into_guard(); // the stream may call `pull` until this is dropped
/// ```
pub struct CallbackScope {
    policy: Policy,
    /// The closures of the Guard and Borrowed policies.
    held: Vec<Box<dyn Any>>,
    /// The first function made: what a guard's `function()` gives.
    function: Option<JsValue>,
}

impl CallbackScope {
    /// A scope that owns the closures it makes: they are freed when it is dropped, or, after
    /// [`into_guard`](Self::into_guard), when the guard is. JavaScript calling a function after
    /// that throws.
    pub fn guarded() -> Self {
        CallbackScope::new(Policy::Guard)
    }

    /// A scope that gives the closures it makes to JavaScript's garbage collector, which frees
    /// each one when its function is collected (the **Owned** policy).
    pub fn owned() -> Self {
        CallbackScope::new(Policy::Owned)
    }

    /// The first JavaScript function made in this scope, if any.
    pub fn function(&self) -> Option<&JsValue> {
        self.function.as_ref()
    }

    /// A guard that owns the closures made so far: dropping it frees them.
    pub fn into_guard(mut self) -> CallbackGuard {
        let held = std::mem::take(&mut self.held);
        __private::guard(self.function.take(), move || drop(held))
    }

    fn new(policy: Policy) -> Self {
        CallbackScope {
            policy,
            held: Vec::new(),
            function: None,
        }
    }
}

impl fmt::Debug for CallbackScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackScope")
            .field("policy", &self.policy)
            .field("held", &self.held.len())
            .field("function", &self.function)
            .finish()
    }
}

/// The lifetime policies, as the runtime applies them to callbacks inside values.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Held by the scope (and the guard made of it).
    Guard,
    /// A once-function, given to the garbage collector.
    Once,
    /// Held by the scope, which the method drops when the call returns.
    Borrowed,
    /// Given to the garbage collector.
    Owned,
}

/// What code generated by `idl!` calls to build and run callbacks. Not a public API.
#[doc(hidden)]
pub mod __private {
    use super::*;

    pub use super::Policy;

    /// A scope converting one argument under `policy`.
    pub fn scope(policy: Policy) -> CallbackScope {
        CallbackScope::new(policy)
    }

    /// Whether the scope makes once-functions.
    pub fn is_once(scope: &CallbackScope) -> bool {
        scope.policy == Policy::Once
    }

    /// The function of `closure`, owned as the scope's policy says (not `Once`, whose closures
    /// are made with `Closure::once` and given to [`made`]).
    pub fn hold<T: ?Sized + WasmClosure + 'static>(
        scope: &mut CallbackScope,
        closure: Closure<T>,
    ) -> JsValue {
        match scope.policy {
            Policy::Owned | Policy::Once => closure.into_js_value(),
            Policy::Guard | Policy::Borrowed => {
                let function = closure.as_ref().clone();
                scope.held.push(Box::new(closure));
                function
            }
        }
    }

    /// Records a function made in the scope (the first is the guard's `function()`).
    pub fn made(scope: &mut CallbackScope, function: JsValue) -> JsValue {
        if scope.function.is_none() {
            scope.function = Some(function.clone());
        }
        function
    }

    /// The first function made in the scope, if any.
    pub fn scope_function(scope: &CallbackScope) -> Option<&JsValue> {
        scope.function.as_ref()
    }

    /// A callback value: a Rust closure not yet given to JavaScript, or a JavaScript function
    /// (or, for a callback interface, object). What the type generated for each callback
    /// holds.
    #[derive(Clone)]
    pub struct Callback(Inner);

    #[derive(Clone)]
    enum Inner {
        Js(JsValue),
        /// Makes a new JavaScript function calling the shared closure, under the scope's
        /// policy.
        Rust(Rc<dyn Fn(&mut CallbackScope) -> JsValue>),
    }

    impl Callback {
        /// A value JavaScript gave.
        pub fn js(value: JsValue) -> Self {
            Callback(Inner::Js(value))
        }

        /// A Rust closure, made into a function by `make` at each conversion.
        pub fn rust(make: impl Fn(&mut CallbackScope) -> JsValue + 'static) -> Self {
            Callback(Inner::Rust(Rc::new(make)))
        }

        /// The JavaScript value: the function JavaScript gave, or a new function made in
        /// `scope`.
        pub fn to_js_in(&self, scope: &mut CallbackScope) -> JsValue {
            match &self.0 {
                Inner::Js(value) => value.clone(),
                Inner::Rust(make) => make(scope),
            }
        }

        /// The value JavaScript gave, if it is one.
        pub fn js_value(&self) -> Option<&JsValue> {
            match &self.0 {
                Inner::Js(value) => Some(value),
                Inner::Rust(_) => None,
            }
        }
    }

    /// The same JavaScript value (`Object.is`), or the same Rust closure (a clone).
    impl PartialEq for Callback {
        fn eq(&self, other: &Self) -> bool {
            match (&self.0, &other.0) {
                (Inner::Js(a), Inner::Js(b)) => Object::is(a, b),
                (Inner::Rust(a), Inner::Rust(b)) => Rc::ptr_eq(a, b),
                _ => false,
            }
        }
    }

    impl fmt::Debug for Callback {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match &self.0 {
                Inner::Js(value) => f.debug_tuple("Js").field(value).finish(),
                Inner::Rust(_) => f.write_str("Rust(..)"),
            }
        }
    }

    /// The shared closure of a callback value, for one call from JavaScript. A call made while
    /// it runs (JavaScript calling it again from inside) throws in JavaScript, as wasm-bindgen's
    /// own closures do.
    #[inline]
    pub fn enter<'a, W: ?Sized>(shared: &'a RefCell<W>, callback: &'static str) -> RefMut<'a, W> {
        match shared.try_borrow_mut() {
            Ok(closure) => closure,
            Err(_) => wasm_bindgen::throw_str(&format!(
                "{callback} invoked recursively (while it was running)"
            )),
        }
    }

    /// The closure of a callback value made with `X::once`, taken out at its first call; a
    /// second call (also one made while the first runs) throws in JavaScript.
    #[inline]
    pub fn take_once<F>(slot: &Cell<Option<F>>, callback: &'static str) -> F {
        match slot.take() {
            Some(closure) => closure,
            None => wasm_bindgen::throw_str(&format!("{callback} called more than once")),
        }
    }

    /// A function passing its arguments, as one array, to `function`: how callbacks with a
    /// variadic argument or more than 8 arguments receive them.
    pub fn pack_arguments(function: &JsValue) -> JsValue {
        pack(function)
    }

    /// The arguments from `from` on, for a variadic argument.
    pub fn rest_arguments(arguments: &Array, from: u32) -> Vec<JsValue> {
        let length = arguments.length();
        match length > from {
            true => arguments.slice(from, length).to_vec(),
            false => Vec::new(),
        }
    }

    /// A guard for the callback whose JavaScript function is `function` (`None` when an
    /// optional callback was not given): `release` unregisters it and then drops the closures
    /// it owns.
    ///
    /// A `removeX` or `clearX` unregister step is generated with the member: an import of that
    /// method, with `catch`, on a copy of `this`, whose exception the step drops (a drop has
    /// nowhere to report it, and the closure is freed all the same).
    pub fn guard(function: Option<JsValue>, release: impl FnOnce() + 'static) -> CallbackGuard {
        CallbackGuard {
            function: function.map(JsCast::unchecked_into),
            release: Some(Box::new(release)),
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
        // A `match`, not `unwrap_or_else`: a closure is not `#[track_caller]`, so the panic would
        // name this file instead of the caller.
        match T::from_js(value) {
            Ok(value) => value,
            Err(value) => argument_mismatch(callback, argument, idl_type, value),
        }
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
        match value.dyn_into() {
            Ok(value) => value,
            Err(value) => argument_mismatch(callback, argument, idl_type, value),
        }
    }

    /// [`interface_argument!`](crate::__idl_interface_argument)'s release form for a nullable
    /// or optional argument: `null` and `undefined` are `None`, anything else is taken as `T`
    /// unchecked.
    #[inline]
    pub fn optional_interface_unchecked<T: JsCast>(value: JsValue) -> Option<T> {
        match value.is_null() || value.is_undefined() {
            true => None,
            false => Some(value.unchecked_into()),
        }
    }

    pub use crate::{
        __idl_interface_argument as interface_argument,
        __idl_optional_interface_argument as optional_interface_argument,
    };

    /// [`interface_argument`](fn@interface_argument) for a nullable or optional one: `null` and
    /// `undefined` are `None`.
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

/// Reads an argument JavaScript passed to a callback whose type the IDL gives as an interface:
/// `interface_argument!(Event, value, callback, argument, idl_type)`.
///
/// In debug builds (`debug_assertions` of the crate where `idl!` expands), a checked cast
/// ([`interface_argument`](crate::callback::__private::interface_argument)): a value of another
/// type panics naming the callback, the member it was passed to and the argument. In release
/// builds, an unchecked cast, as web-sys's and hand-written closures take their arguments: the
/// platform calls its callbacks with the IDL's types, and a value of another type (a bug in the
/// IDL, or JavaScript calling the function itself) is still memory-safe, since wasm-bindgen's
/// imports are structural: a method called on it throws in JavaScript (or reads `undefined`).
/// It saves an `instanceof` per call and, in an app, the check's import and the panic message
/// (some 1.4 KB). Arguments typed by `[EventType=X]` are not the platform's word but the user's,
/// and keep the check in every build.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_interface_argument {
    ($ty:ty, $value:expr, $callback:expr, $argument:expr, $idl_type:expr) => {{
        #[cfg(debug_assertions)]
        let value = $crate::callback::__private::interface_argument::<$ty>(
            $value, $callback, $argument, $idl_type,
        );
        #[cfg(not(debug_assertions))]
        let value = <$crate::JsValue as $crate::JsCast>::unchecked_into::<$ty>($value);
        value
    }};
}

/// [`interface_argument!`](crate::__idl_interface_argument) for a nullable or optional
/// argument: `null` and `undefined` are `None`.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_optional_interface_argument {
    ($ty:ty, $value:expr, $callback:expr, $argument:expr, $idl_type:expr) => {{
        #[cfg(debug_assertions)]
        let value = $crate::callback::__private::optional_interface_argument::<$ty>(
            $value, $callback, $argument, $idl_type,
        );
        #[cfg(not(debug_assertions))]
        let value = $crate::callback::__private::optional_interface_unchecked::<$ty>($value);
        value
    }};
}

#[wasm_bindgen(inline_js = r#"
export function pack(f) {
    return function (...args) {
        return f(args);
    };
}
"#)]
extern "C" {
    fn pack(function: &JsValue) -> JsValue;
}
