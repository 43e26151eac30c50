::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Target",
    js_name = "waitFor")] fn __idl_wait_for(this : & Target, __arg0 : ::idlbind::JsValue)
    -> (); } promised { #[js =
    "export function __idl_Target__done(o){try{return Promise.resolve(o[\"done\"]())}catch(e){return Promise.reject(e)}}"]
    #[wasm_bindgen(method, js_class = "Target", js_name = "done")] fn
    __idl_Target__done(this : & Target,) -> ::idlbind::__private::js_sys::Promise; #[js =
    "export function __idl_Target__text(o){try{return Promise.resolve(o[\"text\"]())}catch(e){return Promise.reject(e)}}"]
    #[wasm_bindgen(method, js_class = "Target", js_name = "text")] fn
    __idl_Target__text(this : & Target,) -> ::idlbind::__private::js_sys::Promise; #[js =
    "export function __idl_Target__numbers(o){try{return Promise.resolve(o[\"numbers\"]())}catch(e){return Promise.reject(e)}}"]
    #[wasm_bindgen(method, js_class = "Target", js_name = "numbers")] fn
    __idl_Target__numbers(this : & Target,) -> ::idlbind::__private::js_sys::Promise; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Target {
    /// ```webidl
    /// Promise<undefined> done();
    /// ```
    #[inline]
    pub fn done(&self) -> ::idlbind::Promise<()> {
        ::idlbind::Promise::from_js_promise(__idl_Target__done(self))
    }
    /// ```webidl
    /// Promise<DOMString> text();
    /// ```
    #[inline]
    pub fn text(&self) -> ::idlbind::Promise<::std::string::String> {
        ::idlbind::Promise::from_js_promise(__idl_Target__text(self))
    }
    /// ```webidl
    /// Promise<sequence<long>> numbers();
    /// ```
    #[inline]
    pub fn numbers(&self) -> ::idlbind::Promise<::std::vec::Vec<i32>> {
        ::idlbind::Promise::from_js_promise(__idl_Target__numbers(self))
    }
    /// ```webidl
    /// undefined waitFor(Promise<long> value);
    /// ```
    #[inline]
    pub fn wait_for(&self, value: impl ::std::convert::Into<::idlbind::Promise<i32>>) {
        let value = {
            let __value = value;
            ::idlbind::ToJs::to_js(
                &::std::convert::Into::<::idlbind::Promise<i32>>::into(__value),
            )
        };
        ::idlbind::__private::no_throw!(self.__idl_wait_for(value), "Target.waitFor")
    }
}
::idlbind::__private::interface_conversions!(Target);
