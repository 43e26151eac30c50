::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface URL"] #[doc = " ```"] #[doc(alias = "URL")]
    type Url = "URL"[]; caught { #[wasm_bindgen(constructor, js_class = "URL")] fn
    __idl_new_0(__arg0 : & str) -> Url; #[wasm_bindgen(constructor, js_class = "URL")] fn
    __idl_new_1(__arg0 : & str, __arg1 : & str) -> Url; }
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
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface EventTarget"] #[doc = " ```"] type
    EventTarget = "EventTarget"[]; caught { #[wasm_bindgen(constructor, js_class =
    "EventTarget")] fn __idl_new() -> EventTarget; }
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
