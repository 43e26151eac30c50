//! The fixed parts of the items `idl!` generates, as `macro_rules!` macros that the generated
//! code calls. The proc macro writes only what varies from one definition to the next (names,
//! values, the conversions of each argument); rustc expands the rest itself.
//!
//! Why: the proc macro's time, and the size of what it hands to rustc, grow with every token it
//! writes. An IDL enum's six trait impls, written out by the proc macro, were about 500 tokens;
//! the call here is a tenth of that, and expands to the same code.
//!
//! Not a public API: reached through `idlbind::__private`, and always the same version as the
//! proc macro that calls it.

mod dictionary;
mod union;

/// An IDL enum: a `#[non_exhaustive]` Rust enum with a variant per value and `UnknownValue` for
/// values JavaScript returns that the IDL does not list, with `as_str`, `VALUES`, `FromStr`,
/// `Display`, `AsRef<str>`, `ToJs` and `FromJs`.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_enum {
    (
        $(#[$attr:meta])*
        enum $name:ident = $idl:literal {
            $($variant:ident = $value:literal,)*
        }
    ) => {
        $(#[$attr])*
        #[non_exhaustive]
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $(#[doc = concat!(" `\"", $value, "\"`")] $variant,)*
            /// A value JavaScript returned that this binding does not list (browsers add
            /// values). It can be sent back as it is, but not made from Rust.
            UnknownValue($crate::UnknownEnumValue),
        }

        #[allow(dead_code)]
        impl $name {
            /// Every value the IDL lists, in its order.
            pub const VALUES: &'static [&'static str] = &[$($value),*];

            /// The value as the IDL writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::UnknownValue(value) => value.as_str(),
                }
            }
        }

        impl $crate::__private::EnumIndex for $name {
            #[allow(unused_assignments)]
            fn from_index(index: u32) -> ::core::option::Option<Self> {
                let mut next = 0;
                $(
                    if index == next {
                        return ::core::option::Option::Some(Self::$variant);
                    }
                    next += 1;
                )*
                ::core::option::Option::None
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ParseEnumError;

            /// The variant of a value the IDL lists; any other string is an error.
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                match value {
                    $($value => ::core::result::Result::Ok(Self::$variant),)*
                    _ => ::core::result::Result::Err($crate::ParseEnumError::new($idl, value)),
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl $crate::ToJs for $name {
            fn to_js(&self) -> $crate::JsValue {
                $crate::JsValue::from_str(self.as_str())
            }
        }

        impl $crate::FromJs for $name {
            fn from_js(value: $crate::JsValue) -> ::core::result::Result<Self, $crate::JsValue> {
                match value.as_string() {
                    ::core::option::Option::Some(text) => ::core::result::Result::Ok(
                        text.parse().unwrap_or_else(|_| {
                            Self::UnknownValue($crate::__private::unknown_enum_value(text))
                        }),
                    ),
                    ::core::option::Option::None => ::core::result::Result::Err(value),
                }
            }
        }
    };
}

/// The conversions of an interface type: `ToJs` (a clone of the reference) and `FromJs` (a
/// checked cast, `instanceof` or the type's own check).
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_interface_conversions {
    ($name:ident) => {
        impl $crate::ToJs for $name {
            fn to_js(&self) -> $crate::JsValue {
                ::core::clone::Clone::clone(::core::convert::AsRef::<$crate::JsValue>::as_ref(self))
            }
        }

        impl $crate::FromJs for $name {
            fn from_js(value: $crate::JsValue) -> ::core::result::Result<Self, $crate::JsValue> {
                $crate::JsCast::dyn_into(value)
            }

            // The `cfg`s are the user's crate's, as for the imports of members not marked
            // `[Throws]`.
            #[inline]
            fn __from_js_result(
                value: $crate::JsValue,
            ) -> ::core::result::Result<Self, $crate::JsValue> {
                #[cfg(debug_assertions)]
                let value = $crate::JsCast::dyn_into(value);
                #[cfg(not(debug_assertions))]
                let value = ::core::result::Result::Ok($crate::JsCast::unchecked_into(value));
                value
            }
        }
    };
}

/// A callback function or callback interface as a value (for unions, dictionaries, sequences
/// and records): a Rust closure or a JavaScript value, with `new`, `once` (callback functions,
/// through `__idl_callback_once`), `as_js`, `From` the closure and the JavaScript value, `ToJs`
/// and `FromJs`, and the paragraphs of its rustdoc that say so.
///
/// The proc macro gives what depends on the callback's signature: the parameters of the
/// function JavaScript calls (`arguments: packed;` when JavaScript's arguments arrive as one
/// array), and
/// `new`'s wrapper, the closure that reads those parameters and calls the user's closure, which
/// it names `callback` here; `once`'s bound, whose wrapper is the same; and for a callback
/// interface what a value holds (`held`, naming its trait).
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_callback_value {
    (
        $(#[$attr:meta])*
        struct $name:ident = $idl:literal: $kind:ident;
        fn($($param:ident: $param_ty:ty),*) -> $ret:ty;
        $(arguments: $packed:ident;)?
        $(held: $held:literal;)?
        callback: $callback:ident;
        new[$($generics:tt)*]($generic:ident) = $wrapper:expr;
        $(once[$($once_generics:tt)*]($once_generic:ident);)?
    ) => {
        $(#[$attr])*
        #[doc = ""]
        #[doc = concat!(
            " The callback ", stringify!($kind), " `", $idl, "` as a value, for unions, ",
            "dictionaries, sequences and records: ",
            $crate::__idl_callback_value!(@held $kind $($held)?), " (`", stringify!($name),
            "::new(..)`, or `.into()`), or a JavaScript value (one JavaScript gave, or `",
            stringify!($name), "::from(..)` of one). Clones share the closure."
        )]
        #[doc = ""]
        #[doc = " A new JavaScript function calling the closure is made each time the value is \
                 converted: as a method's argument, under the policy of the member (see \
                 [`idlbind::callback`](::idlbind::callback)); by \
                 [`ToJs::to_js`](::idlbind::ToJs::to_js), given to JavaScript's garbage \
                 collector."]
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name($crate::callback::__private::Callback);

        #[allow(dead_code)]
        impl $name {
            #[doc = concat!(
                " The value holding ", $crate::__idl_callback_value!(@held $kind $($held)?),
                ": it runs each time JavaScript calls a function made of this value."
            )]
            pub fn new<$($generics)*>(callback: $generic) -> Self {
                #[allow(unused_mut)]
                let mut $callback = callback;
                // One closure, shared by every function made of this value and its clones.
                let __shared = ::std::rc::Rc::new(::core::cell::RefCell::new($wrapper));
                Self::from_call(move |$($param: $param_ty),*| -> $ret {
                    let mut __wrapper =
                        $crate::callback::__private::enter(
                            &__shared,
                            $crate::__idl_callback_value!(@description $idl),
                        );
                    (&mut *__wrapper)($($param),*)
                })
            }

            /// The value whose functions run `call` (cloned into each).
            fn from_call(
                call: impl ::core::ops::Fn($($param_ty),*) -> $ret
                    + ::core::clone::Clone
                    + 'static,
            ) -> Self {
                Self($crate::callback::__private::Callback::rust(
                    move |__scope: &mut $crate::CallbackScope| -> $crate::JsValue {
                        let __call = ::core::clone::Clone::clone(&call);
                        let __function = match $crate::callback::__private::is_once(__scope) {
                            true => $crate::__private::wasm_bindgen::closure::Closure::<
                                dyn FnMut($($param_ty),*) -> $ret,
                            >::once_assert_unwind_safe(__call)
                            .into_js_value(),
                            false => $crate::callback::__private::hold(
                                __scope,
                                $crate::__private::wasm_bindgen::closure::Closure::<
                                    dyn FnMut($($param_ty),*) -> $ret,
                                >::own_assert_unwind_safe(__call),
                            ),
                        };
                        $crate::callback::__private::made(
                            __scope,
                            $crate::__idl_callback_value!(@function [$($packed)?] __function),
                        )
                    },
                ))
            }

            /// The JavaScript value this holds, if it came from JavaScript (not a Rust closure).
            pub fn as_js(
                &self,
            ) -> ::core::option::Option<&$crate::__idl_callback_value!(@value $kind)> {
                ::core::option::Option::map(self.0.js_value(), $crate::JsCast::unchecked_ref)
            }
        }

        impl<$($generics)*> ::core::convert::From<$generic> for $name {
            fn from(callback: $generic) -> Self {
                Self::new(callback)
            }
        }

        impl ::core::convert::From<$crate::__idl_callback_value!(@value $kind)> for $name {
            fn from(value: $crate::__idl_callback_value!(@value $kind)) -> Self {
                Self($crate::callback::__private::Callback::js(::core::convert::Into::into(value)))
            }
        }

        impl $crate::ToJs for $name {
            fn to_js(&self) -> $crate::JsValue {
                self.0.to_js_in(&mut $crate::CallbackScope::owned())
            }

            fn to_js_in(&self, scope: &mut $crate::CallbackScope) -> $crate::JsValue {
                self.0.to_js_in(scope)
            }
        }

        impl $crate::FromJs for $name {
            fn from_js(value: $crate::JsValue) -> ::core::result::Result<Self, $crate::JsValue> {
                match $crate::__idl_callback_value!(@accepts $kind value) {
                    true => ::core::result::Result::Ok(Self(
                        $crate::callback::__private::Callback::js(value),
                    )),
                    false => ::core::result::Result::Err(value),
                }
            }
        }

        $crate::__idl_callback_value! {
            @once [$($($once_generics)*)?]
            $name;
            fn($($param: $param_ty),*) -> $ret;
            description: $crate::__idl_callback_value!(@description $idl);
            callback: $callback;
            wrapper: $wrapper;
            $(generic: $once_generic;)?
        }
    };
    // `once`, for a callback function: the same wrapper, under its own bound.
    (@once [] $($value:tt)*) => {};
    (@once [$($generics:tt)*] $($value:tt)*) => {
        $crate::__idl_callback_once! { $($value)* once[$($generics)*] }
    };
    // What the value holds, as its rustdoc says: a callback interface's is given (its trait).
    (@held function) => { "a Rust closure" };
    (@held $kind:ident $held:literal) => { $held };
    // The callback, as the messages of its panics name it.
    (@description $idl:literal) => { concat!("callback `", $idl, "`") };
    // JavaScript's arguments arrive packed into one array (see `pack_arguments`).
    (@function [packed] $function:ident) => {
        $crate::callback::__private::pack_arguments(&$function)
    };
    (@function [] $function:ident) => {
        $function
    };
    (@value function) => { $crate::__private::js_sys::Function };
    (@value interface) => { $crate::__private::js_sys::Object };
    (@accepts function $value:ident) => { $value.is_function() };
    (@accepts interface $value:ident) => { $value.is_object() || $value.is_function() };
}

/// `once` of a callback function's value (see `__idl_callback_value`): the value holding a
/// closure that runs at most once.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_callback_once {
    (
        $name:ident;
        fn($($param:ident: $param_ty:ty),*) -> $ret:ty;
        description: $description:expr;
        callback: $callback:ident;
        wrapper: $wrapper:expr;
        generic: $generic:ident;
        once[$($generics:tt)*]
    ) => {
        #[allow(dead_code)]
        impl $name {
            /// The value holding a closure that runs at most once: what it captured is
            /// dropped after its call (once every clone of this value is dropped too), and a
            /// second call throws in JavaScript.
            pub fn once<$($generics)*>(callback: $generic) -> Self {
                // Taken out before the call: a call while it runs is a second call.
                let __slot = ::std::rc::Rc::new(::core::cell::Cell::new(
                    ::core::option::Option::Some(callback),
                ));
                Self::from_call(move |$($param: $param_ty),*| -> $ret {
                    let $callback = $crate::callback::__private::take_once(&__slot, $description);
                    ($wrapper)($($param),*)
                })
            }
        }
    };
}

/// An interface's inherent `impl`: its constants and its members, each `pub`, the members
/// `#[inline]`, the `Result` of those returning one written `[throws T]` (`[throws T; Errors]`
/// adds the rustdoc section saying so). The attributes (docs) come after `const` and `fn`, for
/// `base_with` after `[with base]` (its rustdoc's first paragraph), a member's generic
/// parameters in brackets.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_methods {
    (
        $name:ident;
        $(const $(#[$const_attr:meta])* $const:ident: $const_ty:ty = $value:expr;)*
        $(
            fn $([with $base:ident])? $(#[$attr:meta])* $fn:ident $([$($generics:tt)*])?
                ($($params:tt)*) $(-> $ret:ty)? $([throws $ok:ty $(; $errors:ident)?])?
                $body:block
        )*
    ) => {
        // Web IDL operations may take many arguments; `clone` and friends are the IDL's names.
        #[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
        impl $name {
            $(
                $(#[$const_attr])*
                pub const $const: $const_ty = $value;
            )*
            $(
                $(
                    #[doc = concat!(
                        " [`", stringify!($base), "`](Self::", stringify!($base), ") with its ",
                        "optional arguments: each is an `Option`, and `None` leaves it out ",
                        "(JavaScript sees it as not passed)."
                    )]
                    #[doc = ""]
                )?
                $(#[$attr])*
                $($(
                    #[doc = ""]
                    #[doc = concat!(" # ", stringify!($errors))]
                    #[doc = ""]
                    #[doc = " Returns the JavaScript exception as a [`JsError`](::idlbind::JsError)."]
                )?)?
                #[inline]
                pub fn $fn $(<$($generics)*>)? ($($params)*)
                    $(-> $ret)? $(-> ::core::result::Result<$ok, $crate::JsError>)?
                $body
            )*
        }
    };
}

/// An interface's imported type and its imports: the type with wasm-bindgen's options that
/// vary (`js_namespace`, `is_type_of`, the ancestors' `extends`) and the attributes given (docs,
/// `doc(alias)`, `doc(hidden)`), and with `convert` its conversions (`__idl_interface_conversions`);
/// the imports of members whose exceptions are caught (`[Throws]` members, static promise
/// operations), written without `catch` and their `Result`; the imports of members not marked
/// `[Throws]`, made twice by `__idl_unexpected_imports`; and the imports of regular operations
/// and attributes returning a promise, each a JavaScript function of its own (the literal
/// before it) that calls the member and catches. An import is written
/// `(wasm-bindgen's options) fn name(parameters) -> type;`.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_imports {
    (
        $(#[$($attr:tt)*])*
        type $name:ident = $js:literal [$($option:tt)*] $($convert:ident)?;
        caught {
            $(($($caught_option:tt)*) fn $caught:ident($($caught_param:tt)*) -> $caught_ret:ty;)*
        }
        $(unexpected { $($unexpected:tt)* })?
        $(promised {
            $(
                $js_function:literal
                ($($promised_option:tt)*) fn $promised:ident($($promised_param:tt)*) -> $promised_ret:ty;
            )*
        })?
    ) => {
        #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
            wasm_bindgen = ::idlbind::__private::wasm_bindgen,
            js_sys = ::idlbind::__private::js_sys,
        )]
        extern "C" {
            $(#[$($attr)*])*
            #[wasm_bindgen(
                js_name = $js,
                $($option)*
                extends = ::idlbind::__private::js_sys::Object,
                typescript_type = $js
            )]
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub type $name;

            $(
                #[wasm_bindgen($($caught_option)*, catch)]
                fn $caught($($caught_param)*) -> ::core::result::Result<$caught_ret, $crate::JsValue>;
            )*
        }

        $($crate::__idl_unexpected_imports! { $($unexpected)* })?

        // Members returning a promise: each import is a JavaScript function of its own that
        // calls the member and catches (the options say which member, for readers of the
        // generated code and its manifest; the function does the call).
        $($(
            #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
                wasm_bindgen = ::idlbind::__private::wasm_bindgen,
                js_sys = ::idlbind::__private::js_sys,
                inline_js = $js_function,
            )]
            extern "C" {
                #[allow(non_snake_case)]
                fn $promised($($promised_param)*) -> $promised_ret;
            }
        )*)?

        $($crate::__idl_imports! { @$convert $name })?
    };
    (@convert $name:ident) => {
        $crate::__idl_interface_conversions!($name);
    };
}

/// The imports of members not marked `[Throws]`, twice: with `catch` in debug builds (an
/// exception becomes an `Err`, which `no_throw!` turns into a panic naming the member), and
/// plain in release builds (an exception propagates as itself, at no cost over a hand-written
/// import). Each is written once, as its release form; the `cfg`s are the user's crate's.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_unexpected_imports {
    ($(($($option:tt)*) fn $name:ident($($param:tt)*) -> $ret:ty;)*) => {
        #[cfg(debug_assertions)]
        #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
            wasm_bindgen = ::idlbind::__private::wasm_bindgen,
            js_sys = ::idlbind::__private::js_sys,
        )]
        extern "C" {
            $(
                #[wasm_bindgen($($option)*, catch)]
                fn $name($($param)*) -> ::core::result::Result<$ret, $crate::JsValue>;
            )*
        }

        #[cfg(not(debug_assertions))]
        #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
            wasm_bindgen = ::idlbind::__private::wasm_bindgen,
            js_sys = ::idlbind::__private::js_sys,
        )]
        extern "C" {
            $(
                #[wasm_bindgen($($option)*)]
                fn $name($($param)*) -> $ret;
            )*
        }
    };
}
