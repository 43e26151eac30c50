::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface URL"] #[doc = " ```"] #[doc(alias = "URL")]
    type Url = "URL"[] convert; caught { (constructor, js_class = "URL") fn
    __idl_new_0(__arg0 : & str) -> Url; (constructor, js_class = "URL") fn
    __idl_new_1(__arg0 : & str, __arg1 : & str) -> Url; }
}
::idlbind::__private::methods! {
    Url; fn #[doc = " ```webidl"] #[doc =
    " constructor(USVString url, optional USVString base);"] #[doc = " ```"] new(url : &
    str) [throws Url] { ::idlbind::__private::throws(Self::__idl_new_0(url)) } fn [with
    new] #[doc = " ```webidl"] #[doc =
    " constructor(USVString url, optional USVString base);"] #[doc = " ```"] new_with['a]
    (url : & str, base : impl ::std::convert::Into < ::std::option::Option < & 'a str >>)
    [throws Url] { let base = ::std::convert::Into::into(base); if let
    ::std::option::Option::Some(base) = base {
    ::idlbind::__private::throws(Self::__idl_new_1(url, base)) } else {
    ::idlbind::__private::throws(Self::__idl_new_0(url)) } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface EventTarget"] #[doc = " ```"] type
    EventTarget = "EventTarget"[] convert; caught { (constructor, js_class =
    "EventTarget") fn __idl_new() -> EventTarget; }
}
::idlbind::__private::methods! {
    EventTarget; fn #[doc = " ```webidl"] #[doc = " constructor();"] #[doc = " ```"]
    new() [throws EventTarget] { ::idlbind::__private::throws(Self::__idl_new()) }
}
