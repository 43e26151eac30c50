::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [NoInterfaceObject] interface Legacy"] #[doc =
    " ```"] type Legacy = "Legacy"[is_type_of = | value : & ::idlbind::JsValue | value
    .is_object(),] convert; caught {} unexpected { (method, js_class = "Legacy", js_name
    = "reset") fn __idl_reset(this : & Legacy,) -> (); (method, js_class = "Legacy",
    js_name = "write") fn __idl_write(this : & Legacy, __arg0 : ::idlbind::JsValue) ->
    (); (method, js_class = "Legacy", js_name = "text", getter) fn __idl_text(this : &
    Legacy,) -> ::std::string::String; (method, js_class = "Legacy", js_name = "text",
    setter) fn __idl_set_text(this : & Legacy, __arg0 : & str) -> (); (method, js_class =
    "Legacy", js_name = "id", getter) fn __idl_id(this : & Legacy,) -> i32; (method,
    js_class = "Legacy", js_name = "values") fn __idl_values(this : & Legacy,) ->
    ::idlbind::JsValue; } promised {
    "export function __idl_Legacy__ready(o){try{return Promise.resolve(o[\"ready\"]())}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Legacy", js_name = "ready") fn __idl_Legacy__ready(this : & Legacy,) ->
    ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    Legacy; fn #[doc = " ```webidl"] #[doc = " void reset();"] #[doc = " ```"] reset(&
    self,) { ::idlbind::__private::no_throw!(self.__idl_reset(), "Legacy.reset") } fn
    #[doc = " ```webidl"] #[doc = " Promise<void> ready();"] #[doc = " ```"] ready(&
    self,) -> ::idlbind::Promise < () > {
    ::idlbind::Promise::from_js_promise(__idl_Legacy__ready(self,)) } fn #[doc =
    " ```webidl"] #[doc = " undefined write([AllowShared] BufferSource data);"] #[doc =
    " ```"] write(& self, data : impl ::idlbind::BufferSource) { let __kept_data = data;
    let data = { let __value = & __kept_data; ::idlbind::BufferSource::buffer_view(&
    __value) }; ::idlbind::__private::no_throw!(self.__idl_write(data), "Legacy.write") }
    fn #[doc = " ```webidl"] #[doc =
    " attribute [TreatNullAs=EmptyString] DOMString text;"] #[doc = " ```"] text(& self,)
    -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_text(),
    "Legacy.text") } fn #[doc = " ```webidl"] #[doc =
    " attribute [TreatNullAs=EmptyString] DOMString text;"] #[doc = " ```"] set_text(&
    self, value : & str) { ::idlbind::__private::no_throw!(self.__idl_set_text(value),
    "Legacy.text") } fn #[doc = " ```webidl"] #[doc =
    " [Unforgeable] readonly attribute long id;"] #[doc = " ```"] id(& self,) -> i32 {
    ::idlbind::__private::no_throw!(self.__idl_id(), "Legacy.id") } fn #[doc =
    " The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " async iterable<DOMString>;"] #[doc =
    " ```"] values(& self,) -> ::idlbind::AsyncIter < ::std::string::String > {
    ::idlbind::__private::returned:: < ::idlbind::AsyncIter < ::std::string::String > >
    (::idlbind::__private::no_throw!(self.__idl_values(), "Legacy.values"),
    "Legacy.values", "async iterator of DOMString") }
}
