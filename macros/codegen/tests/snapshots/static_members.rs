::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface URL"] #[doc = " ```"] #[doc(alias = "URL")]
    type Url = "URL"[] convert; caught {} unexpected { (static_method_of = Url, js_class
    = "URL", js_name = "canParse") fn __idl_can_parse_0(__arg0 : & str) -> bool;
    (static_method_of = Url, js_class = "URL", js_name = "canParse") fn
    __idl_can_parse_1(__arg0 : & str, __arg1 : & str) -> bool; (static_method_of = Url,
    js_class = "URL", js_name = "counter", getter) fn __idl_counter() -> f64;
    (static_method_of = Url, js_class = "URL", js_name = "counter", setter) fn
    __idl_set_counter(__arg0 : f64) -> (); (static_method_of = Url, js_class = "URL",
    js_name = "version", getter) fn __idl_version() -> ::std::string::String; }
}
::idlbind::__private::methods! {
    Url; fn #[doc = " ```webidl"] #[doc =
    " static boolean canParse(USVString url, optional USVString base);"] #[doc = " ```"]
    can_parse(url : & str) -> bool {
    ::idlbind::__private::no_throw!(Self::__idl_can_parse_0(url), "URL.canParse") } fn
    [with can_parse] #[doc = " ```webidl"] #[doc =
    " static boolean canParse(USVString url, optional USVString base);"] #[doc = " ```"]
    can_parse_with['a] (url : & str, base : impl ::std::convert::Into <
    ::std::option::Option < & 'a str >>) -> bool { let base =
    ::std::convert::Into::into(base); if let ::std::option::Option::Some(base) = base {
    ::idlbind::__private::no_throw!(Self::__idl_can_parse_1(url, base), "URL.canParse") }
    else { ::idlbind::__private::no_throw!(Self::__idl_can_parse_0(url), "URL.canParse")
    } } fn #[doc = " ```webidl"] #[doc = " static attribute long long counter;"] #[doc =
    " ```"] counter() -> i64 { ::idlbind::__private::no_throw!(Self::__idl_counter(),
    "URL.counter") as i64 } fn #[doc = " ```webidl"] #[doc =
    " static attribute long long counter;"] #[doc = " ```"] set_counter(value : i64) {
    let value = value as f64;
    ::idlbind::__private::no_throw!(Self::__idl_set_counter(value), "URL.counter") } fn
    #[doc = " ```webidl"] #[doc = " static readonly attribute DOMString version;"] #[doc
    = " ```"] version() -> ::std::string::String {
    ::idlbind::__private::no_throw!(Self::__idl_version(), "URL.version") }
}
