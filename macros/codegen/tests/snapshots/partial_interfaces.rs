::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Window"] #[doc = " ```"] type Window =
    "Window"[] convert; caught {} unexpected { (method, js_class = "Window", js_name =
    "name", getter) fn __idl_name(this : & Window,) -> ::std::string::String; (method,
    js_class = "Window", js_name = "closed", getter) fn __idl_closed(this : & Window,) ->
    bool; }
}
::idlbind::__private::methods! {
    Window; fn #[doc = " ```webidl"] #[doc = " readonly attribute DOMString name;"] #[doc
    = " ```"] name(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_name(), "Window.name") } fn #[doc =
    " ```webidl"] #[doc = " readonly attribute boolean closed;"] #[doc = " ```"] closed(&
    self,) -> bool { ::idlbind::__private::no_throw!(self.__idl_closed(),
    "Window.closed") }
}
