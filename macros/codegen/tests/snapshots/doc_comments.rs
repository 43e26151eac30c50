::idlbind::__private::imports! {
    #[doc = " The `Console` interface."] #[doc = ""] #[doc =
    " Doc comments in the IDL become rustdoc, above the IDL itself."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " interface Console"] #[doc = " ```"] type Console =
    "Console"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Console",
    js_name = "clear")] fn __idl_clear(this : & Console,) -> (); #[wasm_bindgen(method,
    js_class = "Console", js_name = "count", getter)] fn __idl_count(this : & Console,)
    -> u32; }
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
