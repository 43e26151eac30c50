//! An IDL union: its Rust enum, `From` each member type, and its conversions. The proc macro
//! gives the variants (each with how it converts from its member type), whether its members
//! hold callbacks, and the decoding: the tests in the order Web IDL's union conversion makes
//! them (see `lower/unions.rs` of the proc macro), and the last resort.

/// A union's enum, `From` conversions, `ToJs` and `FromJs` (see the module's documentation).
///
/// A variant converts from its type by `plain` (`From<T>`), `string` (also `From<&str>`),
/// `interface` (also `From<&T>`) or `callback` (`From` anything converting into `T`). A test
/// names its category (`undefined`, `interface`, `buffer_source`, `allow_shared`, `view`,
/// `instance(JsType)`, `function`, `iterable`, `dictionary`, `callback_interface`, `object`,
/// `boolean`, `number`, `double`, `string`, `bigint`, `symbol`, `string_like`, `decode`) and
/// the variant; the last resort is `string V`, `number V(T)`, `truthy V` or `error`.
#[doc(hidden)]
#[macro_export]
macro_rules! __idl_union {
    (
        $(#[$attr:meta])*
        enum $name:ident [$($derive:tt)*] {
            $(#[doc = $doc:literal] $variant:ident($owned:ty): $from:ident,)*
        }
        $scope:ident;
        from_js {
            $($test:ident $(($check:ident))? $test_variant:ident($test_owned:ty);)*
        }
        else $($end:tt)*
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, $($derive)*)]
        // The variants are the member types' names (`TrustedHTML`, `TrustedScript`, ...).
        #[allow(clippy::enum_variant_names)]
        pub enum $name {
            $(#[doc = $doc] $variant($owned),)*
        }

        $($crate::__idl_union! { @from $from $name $variant($owned) })*
        $($crate::__idl_union! { @argument $from $name $variant($owned) })*
        $crate::__idl_union! { @argument_itself $scope $name { $($from $variant)* } }

        impl $crate::ToJs for $name {
            fn to_js(&self) -> $crate::JsValue {
                match self {
                    $(Self::$variant(value) => $crate::ToJs::to_js(value),)*
                }
            }

            $crate::__idl_union! { @to_js_in $scope $($variant)* }
        }

        impl $crate::FromJs for $name {
            // Inlined into the member that returns the union: its tests read the value (an
            // `as_string()`), as a hand-written binding's call site does.
            #[inline]
            fn from_js(value: $crate::JsValue) -> ::core::result::Result<Self, $crate::JsValue> {
                $($crate::__idl_union! { @test value $test $(($check))? $test_variant($test_owned) })*
                $crate::__idl_union!(@end value $($end)*)
            }
        }
    };

    (@from plain $name:ident $variant:ident($owned:ty)) => {
        impl ::core::convert::From<$owned> for $name {
            fn from(value: $owned) -> Self {
                Self::$variant(value)
            }
        }
    };
    (@from string $name:ident $variant:ident($owned:ty)) => {
        $crate::__idl_union! { @from plain $name $variant($owned) }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::$variant(::std::string::String::from(value))
            }
        }
    };
    (@from interface $name:ident $variant:ident($owned:ty)) => {
        $crate::__idl_union! { @from plain $name $variant($owned) }

        impl ::core::convert::From<&$owned> for $name {
            fn from(value: &$owned) -> Self {
                Self::$variant(::core::clone::Clone::clone(value))
            }
        }
    };
    // With one callback member, whatever converts into its value type converts into the
    // union: a closure (`set_timeout(|arguments: Vec<JsValue>| ..)`), a JavaScript function.
    (@from callback $name:ident $variant:ident($owned:ty)) => {
        impl<T: ::core::convert::Into<$owned>> ::core::convert::From<T> for $name {
            fn from(value: T) -> Self {
                Self::$variant(::core::convert::Into::into(value))
            }
        }
    };

    // `UnionArgument`: what `From` takes, and a string borrowed as it is.
    (@argument plain $name:ident $variant:ident($owned:ty)) => {
        impl $crate::UnionArgument<$name> for $owned {
            #[inline]
            fn into_union(self) -> $name {
                $name::$variant(self)
            }
        }
    };
    (@argument string $name:ident $variant:ident($owned:ty)) => {
        impl $crate::UnionArgument<$name> for $owned {
            #[inline]
            fn into_union(self) -> $name {
                $name::$variant(self)
            }

            #[inline]
            fn __as_str(&self) -> ::core::option::Option<&str> {
                ::core::option::Option::Some(::std::string::String::as_str(self))
            }
        }

        impl $crate::UnionArgument<$name> for &str {
            #[inline]
            fn into_union(self) -> $name {
                $name::$variant(::std::string::String::from(self))
            }

            #[inline]
            fn __as_str(&self) -> ::core::option::Option<&str> {
                ::core::option::Option::Some(self)
            }
        }
    };
    (@argument interface $name:ident $variant:ident($owned:ty)) => {
        $crate::__idl_union! { @argument plain $name $variant($owned) }

        impl $crate::UnionArgument<$name> for &$owned {
            #[inline]
            fn into_union(self) -> $name {
                $name::$variant(::core::clone::Clone::clone(self))
            }
        }
    };
    // A union holding callbacks is taken as `Into<U>` (a blanket `UnionArgument` impl over
    // every `T: Into<X>` would break the orphan rule in the user's crate).
    (@argument callback $name:ident $variant:ident($owned:ty)) => {};
    // The union itself (not for one holding callbacks, whose `From` is a blanket impl).
    (@argument_itself unscoped $name:ident { $($from:ident $variant:ident)* }) => {
        impl $crate::UnionArgument<$name> for $name {
            #[inline]
            fn into_union(self) -> $name {
                self
            }

            #[inline]
            fn __as_str(&self) -> ::core::option::Option<&str> {
                match self {
                    $(Self::$variant(value) => $crate::__idl_union!(@string_of $from value),)*
                }
            }
        }
    };
    (@argument_itself scoped $name:ident { $($from:ident $variant:ident)* }) => {};
    // The string a variant holds, if it is the string member's.
    (@string_of string $value:ident) => {
        ::core::option::Option::Some(::std::string::String::as_str($value))
    };
    (@string_of $from:ident $value:ident) => {{
        let _ = $value;
        ::core::option::Option::None
    }};

    // The callbacks a member holds are made in the caller's scope.
    (@to_js_in unscoped $($variant:ident)*) => {};
    (@to_js_in scoped $($variant:ident)*) => {
        fn to_js_in(&self, scope: &mut $crate::CallbackScope) -> $crate::JsValue {
            match self {
                $(Self::$variant(value) => $crate::ToJs::to_js_in(value, scope),)*
            }
        }
    };

    // Once a value passes a member's test, Web IDL converts it to that member or fails: it
    // never tries a later member.
    (@test $value:ident undefined $variant:ident($owned:ty)) => {
        if $value.is_undefined() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident interface $variant:ident($owned:ty)) => {
        if $crate::JsCast::has_type::<$owned>(&$value) {
            return ::core::result::Result::Ok(Self::$variant(
                $crate::JsCast::unchecked_into($value),
            ));
        }
    };
    (@test $value:ident buffer_source $variant:ident($owned:ty)) => {
        if $crate::JsCast::is_instance_of::<$crate::__private::js_sys::ArrayBuffer>(&$value)
            || $crate::__private::js_sys::ArrayBuffer::is_view(&$value)
        {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident allow_shared $variant:ident($owned:ty)) => {
        if $crate::JsCast::is_instance_of::<$crate::__private::js_sys::ArrayBuffer>(&$value)
            || $crate::JsCast::is_instance_of::<$crate::__private::js_sys::SharedArrayBuffer>(
                &$value,
            )
            || $crate::__private::js_sys::ArrayBuffer::is_view(&$value)
        {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident view $variant:ident($owned:ty)) => {
        if $crate::__private::js_sys::ArrayBuffer::is_view(&$value) {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident instance($js:ident) $variant:ident($owned:ty)) => {
        if $crate::JsCast::is_instance_of::<$crate::__private::js_sys::$js>(&$value) {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident function $variant:ident($owned:ty)) => {
        if $value.is_function() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident iterable $variant:ident($owned:ty)) => {
        if $crate::__private::is_iterable_object(&$value) {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident dictionary $variant:ident($owned:ty)) => {
        if $value.is_object() || $value.is_null() || $value.is_undefined() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    // A callback interface also takes a function (Web IDL's "an Object").
    (@test $value:ident callback_interface $variant:ident($owned:ty)) => {
        if $value.is_object() || $value.is_function() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident object $variant:ident($owned:ty)) => {
        if $value.is_object() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    // The value is read by the test itself: one crossing, not two.
    (@test $value:ident boolean $variant:ident($owned:ty)) => {
        if let ::core::option::Option::Some(value) = $value.as_bool() {
            return ::core::result::Result::Ok(Self::$variant(value));
        }
    };
    // `FromJs` of a number type is `as_f64()` and `as`; `f64` needs no cast.
    (@test $value:ident number $variant:ident($owned:ty)) => {
        if let ::core::option::Option::Some(number) = $value.as_f64() {
            return ::core::result::Result::Ok(Self::$variant(number as $owned));
        }
    };
    (@test $value:ident double $variant:ident($owned:ty)) => {
        if let ::core::option::Option::Some(number) = $value.as_f64() {
            return ::core::result::Result::Ok(Self::$variant(number));
        }
    };
    (@test $value:ident string $variant:ident($owned:ty)) => {
        if let ::core::option::Option::Some(text) = $value.as_string() {
            return ::core::result::Result::Ok(Self::$variant(text));
        }
    };
    (@test $value:ident bigint $variant:ident($owned:ty)) => {
        if $value.is_bigint() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident symbol $variant:ident($owned:ty)) => {
        if $value.is_symbol() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident string_like $variant:ident($owned:ty)) => {
        if $value.is_string() {
            return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
        }
    };
    (@test $value:ident decode $variant:ident($owned:ty)) => {
        return <$owned as $crate::FromJs>::from_js($value).map(Self::$variant);
    };

    // Web IDL's last resort: a string member takes anything through `String(value)`, then a
    // numeric one through `Number(value)`, then a boolean one by truthiness.
    (@end $value:ident string $variant:ident) => {
        ::core::result::Result::Ok(Self::$variant($crate::__private::js_to_string(&$value)))
    };
    (@end $value:ident number $variant:ident($owned:ty)) => {
        ::core::result::Result::Ok(Self::$variant(
            $crate::__private::js_to_number(&$value) as $owned,
        ))
    };
    (@end $value:ident truthy $variant:ident) => {
        ::core::result::Result::Ok(Self::$variant($value.is_truthy()))
    };
    (@end $value:ident error) => {
        ::core::result::Result::Err($value)
    };
}
