::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [NoInterfaceObject] interface Legacy"] #[doc =
    " ```"] type Legacy = "Legacy"[is_type_of = | value : & ::idlbind::JsValue | value
    .is_object(),]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Legacy",
    js_name = "reset")] fn __idl_reset(this : & Legacy,) -> (); #[wasm_bindgen(method,
    js_class = "Legacy", js_name = "write")] fn __idl_write(this : & Legacy, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Legacy", js_name =
    "text", getter)] fn __idl_text(this : & Legacy,) -> ::std::string::String;
    #[wasm_bindgen(method, js_class = "Legacy", js_name = "text", setter)] fn
    __idl_set_text(this : & Legacy, __arg0 : & str) -> (); #[wasm_bindgen(method,
    js_class = "Legacy", js_name = "id", getter)] fn __idl_id(this : & Legacy,) -> i32;
    #[wasm_bindgen(method, js_class = "Legacy", js_name = "values")] fn __idl_values(this
    : & Legacy,) -> ::idlbind::JsValue; } promised { #[js =
    "export function __idl_Legacy__ready(o){try{return Promise.resolve(o[\"ready\"]())}catch(e){return Promise.reject(e)}}"]
    #[wasm_bindgen(method, js_class = "Legacy", js_name = "ready")] fn
    __idl_Legacy__ready(this : & Legacy,) -> ::idlbind::__private::js_sys::Promise; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Legacy {
    /// ```webidl
    /// void reset();
    /// ```
    #[inline]
    pub fn reset(&self) {
        ::idlbind::__private::no_throw!(self.__idl_reset(), "Legacy.reset")
    }
    /// ```webidl
    /// Promise<void> ready();
    /// ```
    #[inline]
    pub fn ready(&self) -> ::idlbind::Promise<()> {
        ::idlbind::Promise::from_js_promise(__idl_Legacy__ready(self))
    }
    /// ```webidl
    /// undefined write([AllowShared] BufferSource data);
    /// ```
    #[inline]
    pub fn write(&self, data: impl ::idlbind::BufferSource) {
        let __kept_data = data;
        let data = {
            let __value = &__kept_data;
            ::idlbind::BufferSource::buffer_view(&__value)
        };
        ::idlbind::__private::no_throw!(self.__idl_write(data), "Legacy.write")
    }
    /// ```webidl
    /// attribute [TreatNullAs=EmptyString] DOMString text;
    /// ```
    #[inline]
    pub fn text(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw!(self.__idl_text(), "Legacy.text")
    }
    /// ```webidl
    /// attribute [TreatNullAs=EmptyString] DOMString text;
    /// ```
    #[inline]
    pub fn set_text(&self, value: &str) {
        ::idlbind::__private::no_throw!(self.__idl_set_text(value), "Legacy.text")
    }
    /// ```webidl
    /// [Unforgeable] readonly attribute long id;
    /// ```
    #[inline]
    pub fn id(&self) -> i32 {
        ::idlbind::__private::no_throw!(self.__idl_id(), "Legacy.id")
    }
    /// The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`.
    ///
    /// ```webidl
    /// async iterable<DOMString>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::AsyncIter<::std::string::String> {
        ::idlbind::__private::returned::<
            ::idlbind::AsyncIter<::std::string::String>,
        >(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Legacy.values"),
            "Legacy.values",
            "async iterator of DOMString",
        )
    }
}
::idlbind::__private::interface_conversions!(Legacy);
