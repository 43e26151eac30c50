::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[] convert; caught {} unexpected { (method, js_class = "Target", js_name =
    "waitFor") fn __idl_wait_for(this : & Target, __arg0 : ::idlbind::JsValue) -> (); }
    promised {
    "export function __idl_Target__done(o){try{return Promise.resolve(o[\"done\"]())}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Target", js_name = "done") fn __idl_Target__done(this : & Target,) ->
    ::idlbind::__private::js_sys::Promise;
    "export function __idl_Target__text(o){try{return Promise.resolve(o[\"text\"]())}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Target", js_name = "text") fn __idl_Target__text(this : & Target,) ->
    ::idlbind::__private::js_sys::Promise;
    "export function __idl_Target__numbers(o){try{return Promise.resolve(o[\"numbers\"]())}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Target", js_name = "numbers") fn __idl_Target__numbers(this : & Target,)
    -> ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc = " Promise<undefined> done();"] #[doc =
    " ```"] done(& self,) -> ::idlbind::Promise < () > {
    ::idlbind::Promise::from_js_promise(__idl_Target__done(self,)) } fn #[doc =
    " ```webidl"] #[doc = " Promise<DOMString> text();"] #[doc = " ```"] text(& self,) ->
    ::idlbind::Promise < ::std::string::String > {
    ::idlbind::Promise::from_js_promise(__idl_Target__text(self,)) } fn #[doc =
    " ```webidl"] #[doc = " Promise<sequence<long>> numbers();"] #[doc = " ```"]
    numbers(& self,) -> ::idlbind::Promise < ::std::vec::Vec < i32 > > {
    ::idlbind::Promise::from_js_promise(__idl_Target__numbers(self,)) } fn #[doc =
    " ```webidl"] #[doc = " undefined waitFor(Promise<long> value);"] #[doc = " ```"]
    wait_for(& self, value : impl ::std::convert::Into < ::idlbind::Promise < i32 > >) {
    let value = { let __value = value; ::idlbind::ToJs::to_js(& ::std::convert::Into:: <
    ::idlbind::Promise < i32 > > ::into(__value)) }; ::idlbind::__private::no_throw!(self
    .__idl_wait_for(value), "Target.waitFor") }
}
