::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[]; caught { #[wasm_bindgen(method, js_class = "Target", js_name = "done")]
    fn __idl_done(this : & Target,) -> ::idlbind::JsValue; #[wasm_bindgen(method,
    js_class = "Target", js_name = "text")] fn __idl_text(this : & Target,) ->
    ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Target", js_name = "numbers")]
    fn __idl_numbers(this : & Target,) -> ::idlbind::JsValue; } unexpected {
    #[wasm_bindgen(method, js_class = "Target", js_name = "waitFor")] fn
    __idl_wait_for(this : & Target, __arg0 : ::idlbind::JsValue) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Target {
    /// ```webidl
    /// Promise<undefined> done();
    /// ```
    #[inline]
    pub fn done(&self) -> ::idlbind::Promise<()> {
        match self.__idl_done() {
            ::std::result::Result::Ok(value) => {
                ::idlbind::__private::returned::<
                    ::idlbind::Promise<()>,
                >(value, "Target.done", "Promise<undefined>")
            }
            ::std::result::Result::Err(error) => {
                ::idlbind::Promise::reject(::idlbind::JsError::from(error))
            }
        }
    }
    /// ```webidl
    /// Promise<DOMString> text();
    /// ```
    #[inline]
    pub fn text(&self) -> ::idlbind::Promise<::std::string::String> {
        match self.__idl_text() {
            ::std::result::Result::Ok(value) => {
                ::idlbind::__private::returned::<
                    ::idlbind::Promise<::std::string::String>,
                >(value, "Target.text", "Promise<DOMString>")
            }
            ::std::result::Result::Err(error) => {
                ::idlbind::Promise::reject(::idlbind::JsError::from(error))
            }
        }
    }
    /// ```webidl
    /// Promise<sequence<long>> numbers();
    /// ```
    #[inline]
    pub fn numbers(&self) -> ::idlbind::Promise<::std::vec::Vec<i32>> {
        match self.__idl_numbers() {
            ::std::result::Result::Ok(value) => {
                ::idlbind::__private::returned::<
                    ::idlbind::Promise<::std::vec::Vec<i32>>,
                >(value, "Target.numbers", "Promise<sequence<long>>")
            }
            ::std::result::Result::Err(error) => {
                ::idlbind::Promise::reject(::idlbind::JsError::from(error))
            }
        }
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
