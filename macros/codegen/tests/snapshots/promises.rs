::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[] convert; caught { (method, js_class = "Target", js_name = "done") fn
    __idl_done(this : & Target,) -> ::idlbind::JsValue; (method, js_class = "Target",
    js_name = "text") fn __idl_text(this : & Target,) -> ::idlbind::JsValue; (method,
    js_class = "Target", js_name = "numbers") fn __idl_numbers(this : & Target,) ->
    ::idlbind::JsValue; } unexpected { (method, js_class = "Target", js_name = "waitFor")
    fn __idl_wait_for(this : & Target, __arg0 : ::idlbind::JsValue) -> (); }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc = " Promise<undefined> done();"] #[doc =
    " ```"] done(& self,) -> ::idlbind::Promise < () > { match self.__idl_done() {
    ::std::result::Result::Ok(value) => ::idlbind::__private::returned:: <
    ::idlbind::Promise < () > > (value, "Target.done", "Promise<undefined>"),
    ::std::result::Result::Err(error) => {
    ::idlbind::Promise::reject(::idlbind::JsError::from(error)) } } } fn #[doc =
    " ```webidl"] #[doc = " Promise<DOMString> text();"] #[doc = " ```"] text(& self,) ->
    ::idlbind::Promise < ::std::string::String > { match self.__idl_text() {
    ::std::result::Result::Ok(value) => ::idlbind::__private::returned:: <
    ::idlbind::Promise < ::std::string::String > > (value, "Target.text",
    "Promise<DOMString>"), ::std::result::Result::Err(error) => {
    ::idlbind::Promise::reject(::idlbind::JsError::from(error)) } } } fn #[doc =
    " ```webidl"] #[doc = " Promise<sequence<long>> numbers();"] #[doc = " ```"]
    numbers(& self,) -> ::idlbind::Promise < ::std::vec::Vec < i32 > > { match self
    .__idl_numbers() { ::std::result::Result::Ok(value) =>
    ::idlbind::__private::returned:: < ::idlbind::Promise < ::std::vec::Vec < i32 > > >
    (value, "Target.numbers", "Promise<sequence<long>>"),
    ::std::result::Result::Err(error) => {
    ::idlbind::Promise::reject(::idlbind::JsError::from(error)) } } } fn #[doc =
    " ```webidl"] #[doc = " undefined waitFor(Promise<long> value);"] #[doc = " ```"]
    wait_for(& self, value : impl ::std::convert::Into < ::idlbind::Promise < i32 > >) {
    let value = { let __value = value; ::idlbind::ToJs::to_js(& ::std::convert::Into:: <
    ::idlbind::Promise < i32 > > ::into(__value)) }; ::idlbind::__private::no_throw!(self
    .__idl_wait_for(value), "Target.waitFor") }
}
