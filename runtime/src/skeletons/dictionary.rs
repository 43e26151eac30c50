//! An IDL dictionary: its struct, `new` or `Default`, its upcasts, and its conversions (one
//! call of a generated JavaScript builder to JavaScript, a reader or a getter per member from
//! it).
//!
//! The proc macro gives the struct's attributes and fields, each with the type of its value,
//! how it is present and how it is read; the required fields; the ancestors' fields; the
//! inline JavaScript; and the builder's parameters, each with how its member is passed.
//! Each field's type is written into the struct as it is, so that `derive` sees it (its
//! `PartialEq` compares fields of scalar types first).

/// A dictionary (see the module's documentation). A field is `name?: T` (optional: an
/// `Option<T>`, `None` when absent) or `name: T = required` or `name: T = (default)`, then
/// after `=>` how it is read:
///
/// - `read F` / `read F finite`: a reader `F` converting it in wasm-bindgen's ABI, `None`
///   when absent (`finite`: a restricted `float`/`double`, NaN and ±Infinity fail the read);
/// - `read_or_default F` / `read_or_default F finite`: the same, giving the default itself
///   when absent;
/// - `index F "key"`: a reader giving the index of an IDL enum's value;
/// - `get F "key"`: a structural getter and `FromJs`.
///
/// A parameter of the builder is `v &JsValue`, `v?: T` (an `Option<T>`) or `v: T`, then after
/// `=` how its member is passed: `value` (itself), `as_f64` (a `long long`), `finite_f64` or
/// `finite_f32` (checked, with the member's label), `str`, `byte_string` (checked, with its
/// label), `js_ref` (a reference to its `JsValue`), `to_js` or `to_js_in` (converted, in the
/// caller's callback scope for the latter); with `optional` when the field is an `Option` that
/// leaves the member out.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_dictionary {
    (
        $(#[$attr:meta])*
        struct $name:ident [$($derive:tt)*] {
            $(
                $(#[$field_attr:meta])*
                $field:ident
                // An optional member: an `Option` of its value, `None` when absent.
                $(?: $optional:ty =>
                    $(read $optional_read:ident $($optional_read_finite:ident)?)?
                    $(index $optional_index:ident $optional_index_key:literal)?
                    $(get $optional_get:ident $optional_get_key:literal)?;
                )?
                // A required member, or one with a default.
                $(: $owned:ty = $presence:tt =>
                    $(read $read:ident $($read_finite:ident)?)?
                    $(read_or_default $read_or_default:ident $($read_or_default_finite:ident)?)?
                    $(index $index:ident $index_key:literal)?
                    $(get $get:ident $get_key:literal)?;
                )?
            )*
        }
        $construct:ident $(($($required:ident: $required_ty:ty),*))?;
        $(from $ancestor:ident { $($moved:ident),* })*
        inline_js = $inline_js:literal;
        $to_js:ident fn $build:ident(
            $(
                $param:ident $(& $js_value:ident)? $(?: $optional_abi:ty)? $(: $abi:ty)? =
                    $how:ident $arg:ident $($arg_optional:ident)? $($label:literal)?
            ),* $(,)?
        );
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, $($derive)*)]
        pub struct $name {
            $(
                $(#[$field_attr])*
                pub $field: $(::core::option::Option<$optional>)? $($owned)?,
            )*
        }

        $crate::__idl_dictionary! {
            @construct $construct $name $(($($required: $required_ty),*))?
            { $($field: $([optional $optional])? $([$presence $owned])?),* }
        }

        $($crate::__idl_dictionary!(@from $name $ancestor { $($moved),* });)*

        const _: () = {
            #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
                wasm_bindgen = ::idlbind::__private::wasm_bindgen,
                js_sys = ::idlbind::__private::js_sys,
                inline_js = $inline_js,
            )]
            #[allow(clippy::too_many_arguments)]
            extern "C" {
                fn $build(
                    $(
                        $param: $(&$crate::$js_value)?
                            $(::core::option::Option<$optional_abi>)? $($abi)?
                    ),*
                ) -> $crate::JsValue;

                type __Raw;
                $(
                    $(
                        $(fn $optional_read(object: &__Raw) -> ::core::option::Option<$optional>;)?
                        $(fn $optional_index(object: &__Raw) -> i32;)?
                        $(
                            #[wasm_bindgen(method, structural, getter = $optional_get_key)]
                            fn $optional_get(this: &__Raw) -> $crate::JsValue;
                        )?
                    )?
                    $(
                        $(fn $read(object: &__Raw) -> ::core::option::Option<$owned>;)?
                        $(fn $read_or_default(object: &__Raw) -> $owned;)?
                        $(fn $index(object: &__Raw) -> i32;)?
                        $(
                            #[wasm_bindgen(method, structural, getter = $get_key)]
                            fn $get(this: &__Raw) -> $crate::JsValue;
                        )?
                    )?
                )*
            }

            $crate::__idl_dictionary! {
                @$to_js $name $build($($how $arg $($arg_optional)? $($label)?),*)
            }

            impl $crate::FromJs for $name {
                fn from_js(value: $crate::JsValue) -> ::core::result::Result<Self, $crate::JsValue> {
                    // `null` and `undefined` are the empty dictionary.
                    let empty;
                    let object: &$crate::JsValue = if value.is_object() {
                        &value
                    } else if value.is_null_or_undefined() {
                        empty = $crate::JsValue::from($crate::__private::js_sys::Object::new());
                        &empty
                    } else {
                        return ::core::result::Result::Err(value);
                    };
                    // (A dictionary without members reads nothing through it.)
                    #[allow(unused_variables)]
                    let raw: &__Raw = $crate::JsCast::unchecked_ref(object);
                    ::core::result::Result::Ok(Self {
                        $(
                            $field: $crate::__idl_dictionary!(
                                @read [value object raw]
                                $(
                                    optional $optional;
                                    $(read $optional_read $($optional_read_finite)?)?
                                    $(index $optional_index $optional_index_key)?
                                    $(get $optional_get)?
                                )?
                                $(
                                    $presence $owned;
                                    $(read $read $($read_finite)?)?
                                    $(read_or_default $read_or_default $($read_or_default_finite)?)?
                                    $(index $index $index_key)?
                                    $(get $get)?
                                )?
                            ),
                        )*
                    })
                }
            }
        };
    };

    // `Default` when no member is required, else `new(required..)`.
    (@construct default $name:ident { $($field:ident: $presence:tt),* }) => {
        impl ::core::default::Default for $name {
            fn default() -> Self {
                Self { $($field: $crate::__idl_dictionary!(@initial $field $presence),)* }
            }
        }
    };
    (
        @construct new $name:ident ($first:ident: $first_ty:ty $(, $required:ident: $required_ty:ty)*)
        { $($field:ident: $presence:tt),* }
    ) => {
        #[allow(dead_code)]
        impl $name {
            #[doc = concat!(
                " A `", stringify!($name), "` with its required members (`", stringify!($first), "`",
                $(", `", stringify!($required), "`",)*
                "); the others take their defaults."
            )]
            pub fn new(
                $first: impl ::core::convert::Into<$first_ty>
                $(, $required: impl ::core::convert::Into<$required_ty>)*
            ) -> Self {
                Self { $($field: $crate::__idl_dictionary!(@initial $field $presence),)* }
            }
        }
    };
    (@initial $field:ident [required $owned:ty]) => { ::core::convert::Into::into($field) };
    (@initial $field:ident [optional $owned:ty]) => { ::core::option::Option::None };
    (@initial $field:ident [($default:expr) $owned:ty]) => { $default };

    // `From<Derived> for Ancestor`: the ancestor's fields moved out.
    (@from $name:ident $ancestor:ident {}) => {
        impl ::core::convert::From<$name> for $ancestor {
            fn from(_value: $name) -> Self {
                $ancestor {}
            }
        }
    };
    (@from $name:ident $ancestor:ident { $($moved:ident),+ }) => {
        impl ::core::convert::From<$name> for $ancestor {
            fn from(value: $name) -> Self {
                $ancestor { $($moved: value.$moved,)+ }
            }
        }
    };

    // Rust → JavaScript: the builder's call.
    (@to_js $name:ident $build:ident($($args:tt)*)) => {
        impl $crate::ToJs for $name {
            fn to_js(&self) -> $crate::JsValue {
                // What absent references are passed as (a `JsValue` constant is not
                // promoted to a static: it has a destructor).
                #[allow(unused_variables)]
                let undefined = $crate::JsValue::UNDEFINED;
                $crate::__idl_dictionary!(@call $build [self undefined __scope] $($args)*)
            }
        }
    };
    // Its callbacks become functions under the scope's policy; `to_js` gives them to the
    // garbage collector.
    (@to_js_in $name:ident $build:ident($($args:tt)*)) => {
        impl $crate::ToJs for $name {
            fn to_js(&self) -> $crate::JsValue {
                $crate::ToJs::to_js_in(self, &mut $crate::CallbackScope::owned())
            }

            fn to_js_in(&self, __scope: &mut $crate::CallbackScope) -> $crate::JsValue {
                #[allow(unused_variables)]
                let undefined = $crate::JsValue::UNDEFINED;
                $crate::__idl_dictionary!(@call $build [self undefined __scope] $($args)*)
            }
        }
    };
    (@call $build:ident $names:tt $($how:ident $arg:ident $($optional:ident)? $($label:literal)?),*) => {
        $build($($crate::__idl_dictionary!(@arg $names $how $arg $($optional)? $($label)?)),*)
    };

    // One argument of the builder.
    (@arg [$this:ident $($names:ident)*] value $field:ident $($optional:ident)?) => { $this.$field };
    (@arg [$this:ident $($names:ident)*] as_f64 $field:ident) => {
        { let value = $this.$field; value as f64 }
    };
    (@arg [$this:ident $($names:ident)*] as_f64 $field:ident optional) => {
        $this.$field.map(|value| value as f64)
    };
    (@arg [$this:ident $($names:ident)*] finite_f64 $field:ident $label:literal) => {
        { let value = $this.$field; $crate::__private::finite_f64(value, $label) }
    };
    (@arg [$this:ident $($names:ident)*] finite_f64 $field:ident optional $label:literal) => {
        $this.$field.map(|value| $crate::__private::finite_f64(value, $label))
    };
    (@arg [$this:ident $($names:ident)*] finite_f32 $field:ident $label:literal) => {
        { let value = $this.$field; $crate::__private::finite_f32(value, $label) }
    };
    (@arg [$this:ident $($names:ident)*] finite_f32 $field:ident optional $label:literal) => {
        $this.$field.map(|value| $crate::__private::finite_f32(value, $label))
    };
    (@arg [$this:ident $($names:ident)*] str $field:ident) => { &$this.$field };
    (@arg [$this:ident $($names:ident)*] str $field:ident optional) => { $this.$field.as_deref() };
    (@arg [$this:ident $($names:ident)*] byte_string $field:ident $label:literal) => {
        $crate::__private::byte_string(&$this.$field, $label)
    };
    (@arg [$this:ident $($names:ident)*] byte_string $field:ident optional $label:literal) => {
        $this.$field.as_deref().map(|value| $crate::__private::byte_string(value, $label))
    };
    (@arg [$this:ident $($names:ident)*] js_ref $field:ident) => {
        ::core::convert::AsRef::<$crate::JsValue>::as_ref(&$this.$field)
    };
    (@arg [$this:ident $undefined:ident $scope:ident] js_ref $field:ident optional) => {
        match &$this.$field {
            ::core::option::Option::Some(value) =>
                ::core::convert::AsRef::<$crate::JsValue>::as_ref(value),
            ::core::option::Option::None => &$undefined,
        }
    };
    (@arg [$this:ident $($names:ident)*] to_js $field:ident) => {
        &$crate::ToJs::to_js(&$this.$field)
    };
    (@arg [$this:ident $($names:ident)*] to_js $field:ident optional) => {
        &match &$this.$field {
            ::core::option::Option::Some(value) => $crate::ToJs::to_js(value),
            ::core::option::Option::None => $crate::JsValue::UNDEFINED,
        }
    };
    (@arg [$this:ident $undefined:ident $scope:ident] to_js_in $field:ident) => {
        &$crate::ToJs::to_js_in(&$this.$field, $scope)
    };
    (@arg [$this:ident $undefined:ident $scope:ident] to_js_in $field:ident optional) => {
        &match &$this.$field {
            ::core::option::Option::Some(value) => $crate::ToJs::to_js_in(value, $scope),
            ::core::option::Option::None => $crate::JsValue::UNDEFINED,
        }
    };

    // JavaScript → Rust: one member's value.
    (@read [$value:ident $object:ident $raw:ident] $presence:tt $owned:ty; read $read:ident) => {
        match $read($raw) {
            ::core::option::Option::Some(member) => {
                $crate::__idl_dictionary!(@present $presence member)
            }
            ::core::option::Option::None => $crate::__idl_dictionary!(@absent $value $presence),
        }
    };
    (@read [$value:ident $object:ident $raw:ident] $presence:tt $owned:ty; read $read:ident finite) => {
        match $read($raw) {
            ::core::option::Option::Some(member) => {
                if !member.is_finite() {
                    $crate::__idl_dictionary!(@absent $value required);
                }
                $crate::__idl_dictionary!(@present $presence member)
            }
            ::core::option::Option::None => $crate::__idl_dictionary!(@absent $value $presence),
        }
    };
    (@read [$value:ident $object:ident $raw:ident] $presence:tt $owned:ty; read_or_default $read:ident) => {
        $read($raw)
    };
    (@read [$value:ident $object:ident $raw:ident] $presence:tt $owned:ty; read_or_default $read:ident finite) => {
        {
            let member = $read($raw);
            if !member.is_finite() {
                $crate::__idl_dictionary!(@absent $value required);
            }
            member
        }
    };
    (@read [$value:ident $object:ident $raw:ident] $presence:tt $owned:ty; index $read:ident $key:literal) => {
        match $crate::__private::enum_member::<$owned>($read($raw), $object, $key) {
            ::core::result::Result::Ok(::core::option::Option::Some(member)) =>
                $crate::__idl_dictionary!(@present $presence member),
            ::core::result::Result::Ok(::core::option::Option::None) =>
                $crate::__idl_dictionary!(@absent $value $presence),
            ::core::result::Result::Err(()) => $crate::__idl_dictionary!(@absent $value required),
        }
    };
    (@read [$value:ident $object:ident $raw:ident] $presence:tt $owned:ty; get $get:ident) => {
        {
            let member = $raw.$get();
            if member.is_undefined() {
                $crate::__idl_dictionary!(@absent $value $presence)
            } else {
                $crate::__idl_dictionary!(
                    @present $presence
                    <$owned as $crate::FromJs>::from_js(member)
                        .map_err(|_| ::core::clone::Clone::clone(&$value))?
                )
            }
        }
    };
    // A value read: an optional member's is `Some`.
    (@present optional $read:expr) => { ::core::option::Option::Some($read) };
    (@present $presence:tt $read:expr) => { $read };
    // A member left out: a required one fails the read (as does an invalid value).
    (@absent $value:ident required) => {
        return ::core::result::Result::Err(::core::clone::Clone::clone(&$value))
    };
    (@absent $value:ident optional) => { ::core::option::Option::None };
    (@absent $value:ident ($default:expr)) => { $default };
}
