#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface URL
    /// ```
    #[doc(alias = "URL")]
    #[wasm_bindgen(
        js_name = "URL",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "URL"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Url;
    #[wasm_bindgen(constructor, js_class = "URL", catch)]
    fn __idl_new_0(__arg0: &str) -> ::std::result::Result<Url, ::idlbind::JsValue>;
    #[wasm_bindgen(constructor, js_class = "URL", catch)]
    fn __idl_new_1(
        __arg0: &str,
        __arg1: &str,
    ) -> ::std::result::Result<Url, ::idlbind::JsValue>;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Url {
    /// ```webidl
    /// constructor(USVString url, optional USVString base);
    /// ```
    #[inline]
    pub fn new(url: &str) -> ::std::result::Result<Url, ::idlbind::JsError> {
        ::idlbind::__private::throws(Self::__idl_new_0(url))
    }
    /// [`new`](Self::new) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// constructor(USVString url, optional USVString base);
    /// ```
    #[inline]
    pub fn new_with<'a>(
        url: &str,
        base: impl ::std::convert::Into<::std::option::Option<&'a str>>,
    ) -> ::std::result::Result<Url, ::idlbind::JsError> {
        let base = ::std::convert::Into::into(base);
        if let ::std::option::Option::Some(base) = base {
            ::idlbind::__private::throws(Self::__idl_new_1(url, base))
        } else {
            ::idlbind::__private::throws(Self::__idl_new_0(url))
        }
    }
}
::idlbind::__private::interface_conversions!(Url);
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface EventTarget
    /// ```
    #[wasm_bindgen(
        js_name = "EventTarget",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "EventTarget"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type EventTarget;
    #[wasm_bindgen(constructor, js_class = "EventTarget", catch)]
    fn __idl_new() -> ::std::result::Result<EventTarget, ::idlbind::JsValue>;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl EventTarget {
    /// ```webidl
    /// constructor();
    /// ```
    #[inline]
    pub fn new() -> ::std::result::Result<EventTarget, ::idlbind::JsError> {
        ::idlbind::__private::throws(Self::__idl_new())
    }
}
::idlbind::__private::interface_conversions!(EventTarget);
