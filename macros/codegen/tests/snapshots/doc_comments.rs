#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// The `Console` interface.
    ///
    /// Doc comments in the IDL become rustdoc, above the IDL itself.
    ///
    /// ```webidl
    /// interface Console
    /// ```
    #[wasm_bindgen(
        js_name = "Console",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Console"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Console;
}
::idlbind::__private::unexpected_imports! {
    #[wasm_bindgen(method, js_class = "Console", js_name = "clear")] fn __idl_clear(this
    : & Console,) -> (); #[wasm_bindgen(method, js_class = "Console", js_name = "count",
    getter)] fn __idl_count(this : & Console,) -> u32;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Console {
    /// Clears the console.
    ///
    /// ```webidl
    /// undefined clear();
    /// ```
    #[inline]
    pub fn clear(&self) {
        ::idlbind::__private::no_throw!(self.__idl_clear(), "Console.clear")
    }
    /// The number of messages.
    ///
    /// ```webidl
    /// readonly attribute unsigned long count;
    /// ```
    #[inline]
    pub fn count(&self) -> u32 {
        ::idlbind::__private::no_throw!(self.__idl_count(), "Console.count")
    }
}
::idlbind::__private::interface_conversions!(Console);
