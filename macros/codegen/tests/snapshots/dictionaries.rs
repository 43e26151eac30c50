::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node =
    "Node"[]; caught {}
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Node {}
::idlbind::__private::interface_conversions!(Node);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Target",
    js_name = "configure")] fn __idl_configure(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Target", js_name =
    "maybe")] fn __idl_maybe_0(this : & Target,) -> (); #[wasm_bindgen(method, js_class =
    "Target", js_name = "maybe")] fn __idl_maybe_1(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Target", js_name =
    "current")] fn __idl_current(this : & Target,) -> ::idlbind::JsValue; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Target {
    /// ```webidl
    /// undefined configure(Options options);
    /// ```
    #[inline]
    pub fn configure(&self, options: &Options) {
        let options = {
            let __value = options;
            ::idlbind::ToJs::to_js(__value)
        };
        ::idlbind::__private::no_throw!(
            self.__idl_configure(options), "Target.configure"
        )
    }
    /// ```webidl
    /// undefined maybe(optional Inner inner = {});
    /// ```
    #[inline]
    pub fn maybe(&self) {
        ::idlbind::__private::no_throw!(self.__idl_maybe_0(), "Target.maybe")
    }
    /// [`maybe`](Self::maybe) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// undefined maybe(optional Inner inner = {});
    /// ```
    #[inline]
    pub fn maybe_with<'a>(
        &self,
        inner: impl ::std::convert::Into<::std::option::Option<&'a Inner>>,
    ) {
        let inner = ::std::convert::Into::into(inner);
        if let ::std::option::Option::Some(inner) = inner {
            let inner = {
                let __value = inner;
                ::idlbind::ToJs::to_js(__value)
            };
            ::idlbind::__private::no_throw!(self.__idl_maybe_1(inner), "Target.maybe")
        } else {
            ::idlbind::__private::no_throw!(self.__idl_maybe_0(), "Target.maybe")
        }
    }
    /// ```webidl
    /// Options current();
    /// ```
    #[inline]
    pub fn current(&self) -> Options {
        ::idlbind::__private::returned::<
            Options,
        >(
            ::idlbind::__private::no_throw!(self.__idl_current(), "Target.current"),
            "Target.current",
            "Options",
        )
    }
}
::idlbind::__private::interface_conversions!(Target);
::idlbind::__private::enumeration! {
    #[doc = " ```webidl"] #[doc = " enum Endings { \"transparent\", \"native\" };"] #[doc
    = " ```"] enum Endings = "Endings" { Transparent = "transparent", Native = "native",
    }
}
/// ```webidl
/// dictionary Base
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Base {
    /// `DOMString type = ""`
    pub type_: ::std::string::String,
    /// `boolean flag`
    pub flag: ::std::option::Option<bool>,
}
impl ::std::default::Default for Base {
    fn default() -> Self {
        Self {
            type_: ::std::string::String::from(""),
            flag: ::std::option::Option::None,
        }
    }
}
const _: () = {
    #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
        wasm_bindgen = ::idlbind::__private::wasm_bindgen,
        js_sys = ::idlbind::__private::js_sys,
        inline_js = "export function __idlbind_build_Base(v0,v1){const o={};if(v0!==undefined)o[\"flag\"]=v0;o[\"type\"]=v1;return o;}export function __idlbind_read_Base_0(o){const v=o[\"type\"];return v===undefined?\"\":`${v}`;}export function __idlbind_read_Base_1(o){const v=o[\"flag\"];return v===undefined?undefined:!!v;}",
    )]
    #[allow(clippy::too_many_arguments)]
    extern "C" {
        fn __idlbind_build_Base(
            v0: ::std::option::Option<bool>,
            v1: &str,
        ) -> ::idlbind::JsValue;
        type __Raw;
        fn __idlbind_read_Base_0(object: &__Raw) -> ::std::string::String;
        fn __idlbind_read_Base_1(object: &__Raw) -> ::std::option::Option<bool>;
    }
    impl ::idlbind::ToJs for Base {
        fn to_js(&self) -> ::idlbind::JsValue {
            #[allow(unused_variables)]
            let undefined = ::idlbind::JsValue::UNDEFINED;
            __idlbind_build_Base(self.flag, &self.type_)
        }
    }
    impl ::idlbind::FromJs for Base {
        fn from_js(
            value: ::idlbind::JsValue,
        ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
            let empty;
            let object: &::idlbind::JsValue = if value.is_object() {
                &value
            } else if value.is_null_or_undefined() {
                empty = ::idlbind::JsValue::from(
                    ::idlbind::__private::js_sys::Object::new(),
                );
                &empty
            } else {
                return ::std::result::Result::Err(value);
            };
            #[allow(unused_variables)]
            let raw: &__Raw = ::idlbind::JsCast::unchecked_ref(object);
            ::std::result::Result::Ok(Self {
                type_: __idlbind_read_Base_0(raw),
                flag: match __idlbind_read_Base_1(raw) {
                    ::std::option::Option::Some(member) => {
                        ::std::option::Option::Some(member)
                    }
                    ::std::option::Option::None => ::std::option::Option::None,
                },
            })
        }
    }
};
/// Options for a test.
///
/// ```webidl
/// dictionary Options : Base
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// `DOMString type = ""`
    pub type_: ::std::string::String,
    /// `boolean flag`
    pub flag: ::std::option::Option<bool>,
    /// `required DOMString label`
    pub label: ::std::string::String,
    /// `long count = 3`
    pub count: i32,
    /// `unrestricted double ratio`
    pub ratio: ::std::option::Option<f64>,
    /// `double? limit = null`
    pub limit: ::std::option::Option<f64>,
    /// `Endings endings = "transparent"`
    pub endings: Endings,
    /// `sequence<long> values = []`
    pub values: ::std::vec::Vec<i32>,
    /// `Node? node`
    pub node: ::std::option::Option<::std::option::Option<Node>>,
    /// `Inner inner = {}`
    pub inner: Inner,
}
#[allow(dead_code)]
impl Options {
    /// A `Options` with its required members (`label`); the others take their defaults.
    pub fn new(label: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            type_: ::std::string::String::from(""),
            flag: ::std::option::Option::None,
            label: ::std::convert::Into::into(label),
            count: 3,
            ratio: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            endings: Endings::Transparent,
            values: ::std::vec::Vec::new(),
            node: ::std::option::Option::None,
            inner: ::std::default::Default::default(),
        }
    }
}
impl ::std::convert::From<Options> for Base {
    fn from(value: Options) -> Self {
        Base {
            type_: value.type_,
            flag: value.flag,
        }
    }
}
const _: () = {
    #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
        wasm_bindgen = ::idlbind::__private::wasm_bindgen,
        js_sys = ::idlbind::__private::js_sys,
        inline_js = "export function __idlbind_build_Options(v0,v1,v2,v3,v4,v5,v6,v7,v8,v9){const o={};if(v0!==undefined)o[\"flag\"]=v0;o[\"type\"]=v1;o[\"count\"]=v2;o[\"endings\"]=v3;o[\"inner\"]=v4;o[\"label\"]=v5;o[\"limit\"]=v6;if(v7!==undefined)o[\"node\"]=v7;if(v8!==undefined)o[\"ratio\"]=v8;o[\"values\"]=v9;return o;}export function __idlbind_read_Options_0(o){const v=o[\"type\"];return v===undefined?\"\":`${v}`;}export function __idlbind_read_Options_1(o){const v=o[\"flag\"];return v===undefined?undefined:!!v;}export function __idlbind_read_Options_2(o){const v=o[\"label\"];return v===undefined?undefined:`${v}`;}export function __idlbind_read_Options_3(o){const v=o[\"count\"];return v===undefined?3:+v>>0;}export function __idlbind_read_Options_4(o){const v=o[\"ratio\"];return v===undefined?undefined:+v;}export function __idlbind_read_Options_6(o){const v=o[\"endings\"];if(v===undefined)return -1;switch(v){case \"transparent\":return 0;case \"native\":return 1;}return typeof v===\"string\"?-2:-3;}",
    )]
    #[allow(clippy::too_many_arguments)]
    extern "C" {
        fn __idlbind_build_Options(
            v0: ::std::option::Option<bool>,
            v1: &str,
            v2: i32,
            v3: &::idlbind::JsValue,
            v4: &::idlbind::JsValue,
            v5: &str,
            v6: &::idlbind::JsValue,
            v7: &::idlbind::JsValue,
            v8: ::std::option::Option<f64>,
            v9: &::idlbind::JsValue,
        ) -> ::idlbind::JsValue;
        type __Raw;
        fn __idlbind_read_Options_0(object: &__Raw) -> ::std::string::String;
        fn __idlbind_read_Options_1(object: &__Raw) -> ::std::option::Option<bool>;
        fn __idlbind_read_Options_2(
            object: &__Raw,
        ) -> ::std::option::Option<::std::string::String>;
        fn __idlbind_read_Options_3(object: &__Raw) -> i32;
        fn __idlbind_read_Options_4(object: &__Raw) -> ::std::option::Option<f64>;
        #[wasm_bindgen(method, structural, getter = "limit")]
        fn __get_5(this: &__Raw) -> ::idlbind::JsValue;
        fn __idlbind_read_Options_6(object: &__Raw) -> i32;
        #[wasm_bindgen(method, structural, getter = "values")]
        fn __get_7(this: &__Raw) -> ::idlbind::JsValue;
        #[wasm_bindgen(method, structural, getter = "node")]
        fn __get_8(this: &__Raw) -> ::idlbind::JsValue;
        #[wasm_bindgen(method, structural, getter = "inner")]
        fn __get_9(this: &__Raw) -> ::idlbind::JsValue;
    }
    impl ::idlbind::ToJs for Options {
        fn to_js(&self) -> ::idlbind::JsValue {
            #[allow(unused_variables)]
            let undefined = ::idlbind::JsValue::UNDEFINED;
            __idlbind_build_Options(
                self.flag,
                &self.type_,
                self.count,
                &::idlbind::ToJs::to_js(&self.endings),
                &::idlbind::ToJs::to_js(&self.inner),
                &self.label,
                &::idlbind::ToJs::to_js(&self.limit),
                &match &self.node {
                    ::std::option::Option::Some(value) => ::idlbind::ToJs::to_js(value),
                    ::std::option::Option::None => ::idlbind::JsValue::UNDEFINED,
                },
                self.ratio,
                &::idlbind::ToJs::to_js(&self.values),
            )
        }
    }
    impl ::idlbind::FromJs for Options {
        fn from_js(
            value: ::idlbind::JsValue,
        ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
            let empty;
            let object: &::idlbind::JsValue = if value.is_object() {
                &value
            } else if value.is_null_or_undefined() {
                empty = ::idlbind::JsValue::from(
                    ::idlbind::__private::js_sys::Object::new(),
                );
                &empty
            } else {
                return ::std::result::Result::Err(value);
            };
            #[allow(unused_variables)]
            let raw: &__Raw = ::idlbind::JsCast::unchecked_ref(object);
            ::std::result::Result::Ok(Self {
                type_: __idlbind_read_Options_0(raw),
                flag: match __idlbind_read_Options_1(raw) {
                    ::std::option::Option::Some(member) => {
                        ::std::option::Option::Some(member)
                    }
                    ::std::option::Option::None => ::std::option::Option::None,
                },
                label: match __idlbind_read_Options_2(raw) {
                    ::std::option::Option::Some(member) => member,
                    ::std::option::Option::None => {
                        return ::std::result::Result::Err(
                            ::std::clone::Clone::clone(&value),
                        );
                    }
                },
                count: __idlbind_read_Options_3(raw),
                ratio: match __idlbind_read_Options_4(raw) {
                    ::std::option::Option::Some(member) => {
                        ::std::option::Option::Some(member)
                    }
                    ::std::option::Option::None => ::std::option::Option::None,
                },
                limit: {
                    let member = raw.__get_5();
                    if member.is_undefined() {
                        ::std::option::Option::None
                    } else {
                        <::std::option::Option<
                            f64,
                        > as ::idlbind::FromJs>::from_js(member)
                            .map_err(|_| ::std::clone::Clone::clone(&value))?
                    }
                },
                endings: match ::idlbind::__private::enum_member::<
                    Endings,
                >(__idlbind_read_Options_6(raw), object, "endings") {
                    ::std::result::Result::Ok(::std::option::Option::Some(member)) => {
                        member
                    }
                    ::std::result::Result::Ok(::std::option::Option::None) => {
                        Endings::Transparent
                    }
                    ::std::result::Result::Err(()) => {
                        return ::std::result::Result::Err(
                            ::std::clone::Clone::clone(&value),
                        );
                    }
                },
                values: {
                    let member = raw.__get_7();
                    if member.is_undefined() {
                        ::std::vec::Vec::new()
                    } else {
                        <::std::vec::Vec<i32> as ::idlbind::FromJs>::from_js(member)
                            .map_err(|_| ::std::clone::Clone::clone(&value))?
                    }
                },
                node: {
                    let member = raw.__get_8();
                    if member.is_undefined() {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some(
                            <::std::option::Option<
                                Node,
                            > as ::idlbind::FromJs>::from_js(member)
                                .map_err(|_| ::std::clone::Clone::clone(&value))?,
                        )
                    }
                },
                inner: {
                    let member = raw.__get_9();
                    if member.is_undefined() {
                        ::std::default::Default::default()
                    } else {
                        <Inner as ::idlbind::FromJs>::from_js(member)
                            .map_err(|_| ::std::clone::Clone::clone(&value))?
                    }
                },
            })
        }
    }
};
/// ```webidl
/// dictionary Inner
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Inner {
    /// `long long big`
    pub big: ::std::option::Option<i64>,
    /// `Node owner`
    pub owner: ::std::option::Option<Node>,
    /// `any extra`
    pub extra: ::std::option::Option<::idlbind::JsValue>,
}
impl ::std::default::Default for Inner {
    fn default() -> Self {
        Self {
            big: ::std::option::Option::None,
            owner: ::std::option::Option::None,
            extra: ::std::option::Option::None,
        }
    }
}
const _: () = {
    #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
        wasm_bindgen = ::idlbind::__private::wasm_bindgen,
        js_sys = ::idlbind::__private::js_sys,
        inline_js = "export function __idlbind_build_Inner(v0,v1,v2){const o={};if(v0!==undefined)o[\"big\"]=v0;if(v1!==undefined)o[\"extra\"]=v1;if(v2!==undefined)o[\"owner\"]=v2;return o;}",
    )]
    #[allow(clippy::too_many_arguments)]
    extern "C" {
        fn __idlbind_build_Inner(
            v0: ::std::option::Option<f64>,
            v1: &::idlbind::JsValue,
            v2: &::idlbind::JsValue,
        ) -> ::idlbind::JsValue;
        type __Raw;
        #[wasm_bindgen(method, structural, getter = "big")]
        fn __get_0(this: &__Raw) -> ::idlbind::JsValue;
        #[wasm_bindgen(method, structural, getter = "owner")]
        fn __get_1(this: &__Raw) -> ::idlbind::JsValue;
        #[wasm_bindgen(method, structural, getter = "extra")]
        fn __get_2(this: &__Raw) -> ::idlbind::JsValue;
    }
    impl ::idlbind::ToJs for Inner {
        fn to_js(&self) -> ::idlbind::JsValue {
            #[allow(unused_variables)]
            let undefined = ::idlbind::JsValue::UNDEFINED;
            __idlbind_build_Inner(
                self.big.map(|value| value as f64),
                match &self.extra {
                    ::std::option::Option::Some(value) => {
                        ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(value)
                    }
                    ::std::option::Option::None => &undefined,
                },
                match &self.owner {
                    ::std::option::Option::Some(value) => {
                        ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(value)
                    }
                    ::std::option::Option::None => &undefined,
                },
            )
        }
    }
    impl ::idlbind::FromJs for Inner {
        fn from_js(
            value: ::idlbind::JsValue,
        ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
            let empty;
            let object: &::idlbind::JsValue = if value.is_object() {
                &value
            } else if value.is_null_or_undefined() {
                empty = ::idlbind::JsValue::from(
                    ::idlbind::__private::js_sys::Object::new(),
                );
                &empty
            } else {
                return ::std::result::Result::Err(value);
            };
            #[allow(unused_variables)]
            let raw: &__Raw = ::idlbind::JsCast::unchecked_ref(object);
            ::std::result::Result::Ok(Self {
                big: {
                    let member = raw.__get_0();
                    if member.is_undefined() {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some(
                            <i64 as ::idlbind::FromJs>::from_js(member)
                                .map_err(|_| ::std::clone::Clone::clone(&value))?,
                        )
                    }
                },
                owner: {
                    let member = raw.__get_1();
                    if member.is_undefined() {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some(
                            <Node as ::idlbind::FromJs>::from_js(member)
                                .map_err(|_| ::std::clone::Clone::clone(&value))?,
                        )
                    }
                },
                extra: {
                    let member = raw.__get_2();
                    if member.is_undefined() {
                        ::std::option::Option::None
                    } else {
                        ::std::option::Option::Some(
                            <::idlbind::JsValue as ::idlbind::FromJs>::from_js(member)
                                .map_err(|_| ::std::clone::Clone::clone(&value))?,
                        )
                    }
                },
            })
        }
    }
};
