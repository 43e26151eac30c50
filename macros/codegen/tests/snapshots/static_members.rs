::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface URL"] #[doc = " ```"] #[doc(alias = "URL")]
    type Url = "URL"[]; caught {} unexpected { #[wasm_bindgen(static_method_of = Url,
    js_class = "URL", js_name = "canParse")] fn __idl_can_parse_0(__arg0 : & str) ->
    bool; #[wasm_bindgen(static_method_of = Url, js_class = "URL", js_name = "canParse")]
    fn __idl_can_parse_1(__arg0 : & str, __arg1 : & str) -> bool;
    #[wasm_bindgen(static_method_of = Url, js_class = "URL", js_name = "counter",
    getter)] fn __idl_counter() -> f64; #[wasm_bindgen(static_method_of = Url, js_class =
    "URL", js_name = "counter", setter)] fn __idl_set_counter(__arg0 : f64) -> ();
    #[wasm_bindgen(static_method_of = Url, js_class = "URL", js_name = "version",
    getter)] fn __idl_version() -> ::std::string::String; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Url {
    /// ```webidl
    /// static boolean canParse(USVString url, optional USVString base);
    /// ```
    #[inline]
    pub fn can_parse(url: &str) -> bool {
        ::idlbind::__private::no_throw!(Self::__idl_can_parse_0(url), "URL.canParse")
    }
    /// [`can_parse`](Self::can_parse) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// static boolean canParse(USVString url, optional USVString base);
    /// ```
    #[inline]
    pub fn can_parse_with<'a>(
        url: &str,
        base: impl ::std::convert::Into<::std::option::Option<&'a str>>,
    ) -> bool {
        let base = ::std::convert::Into::into(base);
        if let ::std::option::Option::Some(base) = base {
            ::idlbind::__private::no_throw!(
                Self::__idl_can_parse_1(url, base), "URL.canParse"
            )
        } else {
            ::idlbind::__private::no_throw!(Self::__idl_can_parse_0(url), "URL.canParse")
        }
    }
    /// ```webidl
    /// static attribute long long counter;
    /// ```
    #[inline]
    pub fn counter() -> i64 {
        ::idlbind::__private::no_throw!(Self::__idl_counter(), "URL.counter") as i64
    }
    /// ```webidl
    /// static attribute long long counter;
    /// ```
    #[inline]
    pub fn set_counter(value: i64) {
        let value = value as f64;
        ::idlbind::__private::no_throw!(Self::__idl_set_counter(value), "URL.counter")
    }
    /// ```webidl
    /// static readonly attribute DOMString version;
    /// ```
    #[inline]
    pub fn version() -> ::std::string::String {
        ::idlbind::__private::no_throw!(Self::__idl_version(), "URL.version")
    }
}
::idlbind::__private::interface_conversions!(Url);
