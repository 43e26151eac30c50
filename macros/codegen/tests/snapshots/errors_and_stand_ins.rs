::core::compile_error! {
    "expected an attribute name, found `;`"
}
::core::compile_error! {
    "`ok` is declared twice in `Good` (first at line 4); only operations may share a name (overloads)"
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Good"] #[doc = " ```"] type Good =
    "Good"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Good", js_name =
    "ok", getter)] fn __idl_ok(this : & Good,) -> i32; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Good {
    /// ```webidl
    /// readonly attribute long ok;
    /// ```
    #[inline]
    pub fn ok(&self) -> i32 {
        ::idlbind::__private::no_throw!(self.__idl_ok(), "Good.ok")
    }
}
::idlbind::__private::interface_conversions!(Good);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface AlsoGood"] #[doc = " ```"] type AlsoGood =
    "AlsoGood"[]; caught {}
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl AlsoGood {}
::idlbind::__private::interface_conversions!(AlsoGood);
///Stand-in for an IDL definition that has errors (see the errors above).
pub type Broken = ::idlbind::JsValue;
