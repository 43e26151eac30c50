::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface XMLHttpRequest"] #[doc = " ```"]
    #[doc(alias = "XMLHttpRequest")] type XmlHttpRequest = "XMLHttpRequest"[]; caught {}
    unexpected { #[wasm_bindgen(method, js_class = "XMLHttpRequest", js_name =
    "responseType", getter)] fn __idl_response_type(this : & XmlHttpRequest,) ->
    ::std::string::String; #[wasm_bindgen(method, js_class = "XMLHttpRequest", js_name =
    "responseType", setter)] fn __idl_set_response_type(this : & XmlHttpRequest, __arg0 :
    & str) -> (); #[wasm_bindgen(method, js_class = "XMLHttpRequest", js_name = "type",
    getter)] fn __idl_type(this : & XmlHttpRequest,) -> ::std::string::String;
    #[wasm_bindgen(method, js_class = "XMLHttpRequest", js_name = "continue")] fn
    __idl_continue(this : & XmlHttpRequest,) -> (); #[wasm_bindgen(method, js_class =
    "XMLHttpRequest", js_name = "send")] fn __idl_send_now(this : & XmlHttpRequest,) ->
    (); #[wasm_bindgen(method, js_class = "XMLHttpRequest", js_name = "open")] fn
    __idl_open(this : & XmlHttpRequest, __arg0 : & str, __arg1 : & str) -> ();
    #[wasm_bindgen(method, js_class = "XMLHttpRequest", js_name = "innerHTML", getter)]
    fn __idl_inner_html(this : & XmlHttpRequest,) -> ::std::string::String; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl XmlHttpRequest {
    /// ```webidl
    /// attribute DOMString responseType;
    /// ```
    #[inline]
    pub fn response_type(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw!(
            self.__idl_response_type(), "XMLHttpRequest.responseType"
        )
    }
    /// ```webidl
    /// attribute DOMString responseType;
    /// ```
    #[inline]
    pub fn set_response_type(&self, value: &str) {
        ::idlbind::__private::no_throw!(
            self.__idl_set_response_type(value), "XMLHttpRequest.responseType"
        )
    }
    /// ```webidl
    /// readonly attribute DOMString type;
    /// ```
    #[inline]
    pub fn type_(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw!(self.__idl_type(), "XMLHttpRequest.type")
    }
    /// ```webidl
    /// undefined _continue();
    /// ```
    #[inline]
    pub fn continue_(&self) {
        ::idlbind::__private::no_throw!(self.__idl_continue(), "XMLHttpRequest.continue")
    }
    /// ```webidl
    /// [RustName=send_now] undefined send();
    /// ```
    #[inline]
    pub fn send_now(&self) {
        ::idlbind::__private::no_throw!(self.__idl_send_now(), "XMLHttpRequest.send")
    }
    /// ```webidl
    /// undefined open(DOMString method, [RustName=address] USVString url);
    /// ```
    #[inline]
    pub fn open(&self, method: &str, address: &str) {
        ::idlbind::__private::no_throw!(
            self.__idl_open(method, address), "XMLHttpRequest.open"
        )
    }
    /// ```webidl
    /// readonly attribute DOMString innerHTML;
    /// ```
    #[inline]
    pub fn inner_html(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw!(
            self.__idl_inner_html(), "XMLHttpRequest.innerHTML"
        )
    }
}
::idlbind::__private::interface_conversions!(XmlHttpRequest);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [RustName=Renamed] interface Original"] #[doc =
    " ```"] #[doc(alias = "Original")] type Renamed = "Original"[]; caught {} unexpected
    { #[wasm_bindgen(method, js_class = "Original", js_name = "self")] fn __idl_self(this
    : & Renamed,) -> Renamed; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Renamed {
    /// ```webidl
    /// Original self();
    /// ```
    #[inline]
    pub fn self_(&self) -> Renamed {
        ::idlbind::__private::no_throw!(self.__idl_self(), "Original.self")
    }
}
::idlbind::__private::interface_conversions!(Renamed);
