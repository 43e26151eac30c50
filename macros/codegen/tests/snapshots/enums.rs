#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface Request
    /// ```
    #[wasm_bindgen(
        js_name = "Request",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Request"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Request;
}
#[cfg(debug_assertions)]
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    #[wasm_bindgen(method, js_class = "Request", js_name = "mode", getter, catch)]
    fn __idl_mode(
        this: &Request,
    ) -> ::std::result::Result<
        ::idlbind::__private::wasm_bindgen::JsValue,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(method, js_class = "Request", js_name = "context", getter, catch)]
    fn __idl_context(
        this: &Request,
    ) -> ::std::result::Result<
        ::idlbind::__private::wasm_bindgen::JsValue,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(method, js_class = "Request", js_name = "context", setter, catch)]
    fn __idl_set_context(
        this: &Request,
        __arg0: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, js_class = "Request", js_name = "useMode", catch)]
    fn __idl_use_mode_0(
        this: &Request,
        __arg0: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, js_class = "Request", js_name = "useMode", catch)]
    fn __idl_use_mode_1(
        this: &Request,
        __arg0: ::idlbind::__private::wasm_bindgen::JsValue,
        __arg1: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
}
#[cfg(not(debug_assertions))]
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    #[wasm_bindgen(method, js_class = "Request", js_name = "mode", getter)]
    fn __idl_mode(this: &Request) -> ::idlbind::__private::wasm_bindgen::JsValue;
    #[wasm_bindgen(method, js_class = "Request", js_name = "context", getter)]
    fn __idl_context(this: &Request) -> ::idlbind::__private::wasm_bindgen::JsValue;
    #[wasm_bindgen(method, js_class = "Request", js_name = "context", setter)]
    fn __idl_set_context(
        this: &Request,
        __arg0: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ();
    #[wasm_bindgen(method, js_class = "Request", js_name = "useMode")]
    fn __idl_use_mode_0(
        this: &Request,
        __arg0: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ();
    #[wasm_bindgen(method, js_class = "Request", js_name = "useMode")]
    fn __idl_use_mode_1(
        this: &Request,
        __arg0: ::idlbind::__private::wasm_bindgen::JsValue,
        __arg1: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ();
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Request {
    /// ```webidl
    /// readonly attribute RequestMode mode;
    /// ```
    #[inline]
    pub fn mode(&self) -> RequestMode {
        <RequestMode as ::idlbind::FromJs>::from_js(
                ::idlbind::__private::no_throw!(self.__idl_mode(), "Request.mode"),
            )
            .unwrap_or_else(|value| {
                ::idlbind::__private::returned_mismatch(
                    "Request.mode",
                    "RequestMode",
                    value,
                )
            })
    }
    /// ```webidl
    /// attribute ContextId context;
    /// ```
    #[inline]
    pub fn context(&self) -> ContextId {
        <ContextId as ::idlbind::FromJs>::from_js(
                ::idlbind::__private::no_throw!(self.__idl_context(), "Request.context"),
            )
            .unwrap_or_else(|value| {
                ::idlbind::__private::returned_mismatch(
                    "Request.context",
                    "ContextId",
                    value,
                )
            })
    }
    /// ```webidl
    /// attribute ContextId context;
    /// ```
    #[inline]
    pub fn set_context(&self, value: ContextId) {
        let value = {
            let __member: &'static str = "Request.context";
            let __value = value;
            ::idlbind::ToJs::to_js(&__value)
        };
        ::idlbind::__private::no_throw!(self.__idl_set_context(value), "Request.context")
    }
    /// ```webidl
    /// undefined useMode(RequestMode mode, optional ContextId id);
    /// ```
    #[inline]
    pub fn use_mode(&self, mode: RequestMode) {
        let mode = {
            let __member: &'static str = "Request.useMode";
            let __value = mode;
            ::idlbind::ToJs::to_js(&__value)
        };
        ::idlbind::__private::no_throw!(self.__idl_use_mode_0(mode), "Request.useMode")
    }
    /// [`use_mode`](Self::use_mode) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// undefined useMode(RequestMode mode, optional ContextId id);
    /// ```
    #[inline]
    pub fn use_mode_with(
        &self,
        mode: RequestMode,
        id: impl ::std::convert::Into<::std::option::Option<ContextId>>,
    ) {
        let id = ::std::convert::Into::into(id);
        if let ::std::option::Option::Some(id) = id {
            let mode = {
                let __member: &'static str = "Request.useMode";
                let __value = mode;
                ::idlbind::ToJs::to_js(&__value)
            };
            let id = {
                let __member: &'static str = "Request.useMode";
                let __value = id;
                ::idlbind::ToJs::to_js(&__value)
            };
            ::idlbind::__private::no_throw!(
                self.__idl_use_mode_1(mode, id), "Request.useMode"
            )
        } else {
            let mode = {
                let __member: &'static str = "Request.useMode";
                let __value = mode;
                ::idlbind::ToJs::to_js(&__value)
            };
            ::idlbind::__private::no_throw!(
                self.__idl_use_mode_0(mode), "Request.useMode"
            )
        }
    }
}
impl ::idlbind::ToJs for Request {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for Request {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        ::idlbind::__private::wasm_bindgen::JsCast::dyn_into(value)
    }
}
/// How a request treats cross-origin responses.
///
/// ```webidl
/// enum RequestMode { "navigate", "same-origin", "no-cors", "cors" };
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RequestMode {
    /// `"navigate"`
    Navigate,
    /// `"same-origin"`
    SameOrigin,
    /// `"no-cors"`
    NoCors,
    /// `"cors"`
    Cors,
    /// A value JavaScript returned that this binding does not list (browsers add
    /// values). It can be sent back as it is, but not made from Rust.
    UnknownValue(::idlbind::UnknownEnumValue),
}
#[allow(dead_code)]
impl RequestMode {
    /// Every value the IDL lists, in its order.
    pub const VALUES: &'static [&'static str] = &[
        "navigate",
        "same-origin",
        "no-cors",
        "cors",
    ];
    /// The value as the IDL writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Navigate => "navigate",
            Self::SameOrigin => "same-origin",
            Self::NoCors => "no-cors",
            Self::Cors => "cors",
            Self::UnknownValue(value) => value.as_str(),
        }
    }
}
impl ::std::str::FromStr for RequestMode {
    type Err = ::idlbind::ParseEnumError;
    /// The variant of a value the IDL lists; any other string is an error.
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        match value {
            "navigate" => ::std::result::Result::Ok(Self::Navigate),
            "same-origin" => ::std::result::Result::Ok(Self::SameOrigin),
            "no-cors" => ::std::result::Result::Ok(Self::NoCors),
            "cors" => ::std::result::Result::Ok(Self::Cors),
            _ => {
                ::std::result::Result::Err(
                    ::idlbind::ParseEnumError::new("RequestMode", value),
                )
            }
        }
    }
}
impl ::std::fmt::Display for RequestMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::AsRef<str> for RequestMode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::idlbind::ToJs for RequestMode {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::idlbind::__private::wasm_bindgen::JsValue::from_str(self.as_str())
    }
}
impl ::idlbind::FromJs for RequestMode {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        match value.as_string() {
            ::std::option::Option::Some(text) => {
                ::std::result::Result::Ok(
                    text
                        .parse()
                        .unwrap_or_else(|_| {
                            Self::UnknownValue(
                                ::idlbind::__private::unknown_enum_value(text),
                            )
                        }),
                )
            }
            ::std::option::Option::None => ::std::result::Result::Err(value),
        }
    }
}
/// ```webidl
/// enum ContextId { "2d", "webgl2", "" };
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ContextId {
    /// `"2d"`
    N2d,
    /// `"webgl2"`
    Webgl2,
    /// `""`
    Empty,
    /// A value JavaScript returned that this binding does not list (browsers add
    /// values). It can be sent back as it is, but not made from Rust.
    UnknownValue(::idlbind::UnknownEnumValue),
}
#[allow(dead_code)]
impl ContextId {
    /// Every value the IDL lists, in its order.
    pub const VALUES: &'static [&'static str] = &["2d", "webgl2", ""];
    /// The value as the IDL writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::N2d => "2d",
            Self::Webgl2 => "webgl2",
            Self::Empty => "",
            Self::UnknownValue(value) => value.as_str(),
        }
    }
}
impl ::std::str::FromStr for ContextId {
    type Err = ::idlbind::ParseEnumError;
    /// The variant of a value the IDL lists; any other string is an error.
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        match value {
            "2d" => ::std::result::Result::Ok(Self::N2d),
            "webgl2" => ::std::result::Result::Ok(Self::Webgl2),
            "" => ::std::result::Result::Ok(Self::Empty),
            _ => {
                ::std::result::Result::Err(
                    ::idlbind::ParseEnumError::new("ContextId", value),
                )
            }
        }
    }
}
impl ::std::fmt::Display for ContextId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::AsRef<str> for ContextId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::idlbind::ToJs for ContextId {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::idlbind::__private::wasm_bindgen::JsValue::from_str(self.as_str())
    }
}
impl ::idlbind::FromJs for ContextId {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        match value.as_string() {
            ::std::option::Option::Some(text) => {
                ::std::result::Result::Ok(
                    text
                        .parse()
                        .unwrap_or_else(|_| {
                            Self::UnknownValue(
                                ::idlbind::__private::unknown_enum_value(text),
                            )
                        }),
                )
            }
            ::std::option::Option::None => ::std::result::Result::Err(value),
        }
    }
}
