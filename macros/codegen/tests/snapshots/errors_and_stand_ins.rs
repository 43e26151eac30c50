::core::compile_error! {
    "expected an attribute name, found `;`"
}
::core::compile_error! {
    "`ok` is declared twice in `Good` (first at line 4); only operations may share a name (overloads)"
}
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface Good
    /// ```
    #[wasm_bindgen(
        js_name = "Good",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Good"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Good;
}
::idlbind::__private::unexpected_imports! {
    #[wasm_bindgen(method, js_class = "Good", js_name = "ok", getter)] fn __idl_ok(this :
    & Good,) -> i32;
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
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface AlsoGood
    /// ```
    #[wasm_bindgen(
        js_name = "AlsoGood",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "AlsoGood"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type AlsoGood;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl AlsoGood {}
::idlbind::__private::interface_conversions!(AlsoGood);
///Stand-in for an IDL definition that has errors (see the errors above).
pub type Broken = ::idlbind::JsValue;
