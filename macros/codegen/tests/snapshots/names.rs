::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface XMLHttpRequest"] #[doc = " ```"]
    #[doc(alias = "XMLHttpRequest")] type XmlHttpRequest = "XMLHttpRequest"[] convert;
    caught {} unexpected { (method, js_class = "XMLHttpRequest", js_name =
    "responseType", getter) fn __idl_response_type(this : & XmlHttpRequest,) ->
    ::std::string::String; (method, js_class = "XMLHttpRequest", js_name =
    "responseType", setter) fn __idl_set_response_type(this : & XmlHttpRequest, __arg0 :
    & str) -> (); (method, js_class = "XMLHttpRequest", js_name = "type", getter) fn
    __idl_type(this : & XmlHttpRequest,) -> ::std::string::String; (method, js_class =
    "XMLHttpRequest", js_name = "continue") fn __idl_continue(this : & XmlHttpRequest,)
    -> (); (method, js_class = "XMLHttpRequest", js_name = "send") fn __idl_send_now(this
    : & XmlHttpRequest,) -> (); (method, js_class = "XMLHttpRequest", js_name = "open")
    fn __idl_open(this : & XmlHttpRequest, __arg0 : & str, __arg1 : & str) -> ();
    (method, js_class = "XMLHttpRequest", js_name = "innerHTML", getter) fn
    __idl_inner_html(this : & XmlHttpRequest,) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    XmlHttpRequest; fn #[doc = " ```webidl"] #[doc =
    " attribute DOMString responseType;"] #[doc = " ```"] response_type(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_response_type(),
    "XMLHttpRequest.responseType") } fn #[doc = " ```webidl"] #[doc =
    " attribute DOMString responseType;"] #[doc = " ```"] set_response_type(& self, value
    : & str) { ::idlbind::__private::no_throw!(self.__idl_set_response_type(value),
    "XMLHttpRequest.responseType") } fn #[doc = " ```webidl"] #[doc =
    " readonly attribute DOMString type;"] #[doc = " ```"] type_(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_type(),
    "XMLHttpRequest.type") } fn #[doc = " ```webidl"] #[doc = " undefined _continue();"]
    #[doc = " ```"] continue_(& self,) { ::idlbind::__private::no_throw!(self
    .__idl_continue(), "XMLHttpRequest.continue") } fn #[doc = " ```webidl"] #[doc =
    " [RustName=send_now] undefined send();"] #[doc = " ```"] send_now(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_send_now(), "XMLHttpRequest.send") } fn
    #[doc = " ```webidl"] #[doc =
    " undefined open(DOMString method, [RustName=address] USVString url);"] #[doc =
    " ```"] open(& self, method : & str, address : & str) {
    ::idlbind::__private::no_throw!(self.__idl_open(method, address),
    "XMLHttpRequest.open") } fn #[doc = " ```webidl"] #[doc =
    " readonly attribute DOMString innerHTML;"] #[doc = " ```"] inner_html(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_inner_html(),
    "XMLHttpRequest.innerHTML") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [RustName=Renamed] interface Original"] #[doc =
    " ```"] #[doc(alias = "Original")] type Renamed = "Original"[] convert; caught {}
    unexpected { (method, js_class = "Original", js_name = "self") fn __idl_self(this : &
    Renamed,) -> Renamed; }
}
::idlbind::__private::methods! {
    Renamed; fn #[doc = " ```webidl"] #[doc = " Original self();"] #[doc = " ```"]
    self_(& self,) -> Renamed { ::idlbind::__private::no_throw!(self.__idl_self(),
    "Original.self") }
}
