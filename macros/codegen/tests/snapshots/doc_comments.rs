::idlbind::__private::imports! {
    #[doc = " The `Console` interface."] #[doc = ""] #[doc =
    " Doc comments in the IDL become rustdoc, above the IDL itself."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " interface Console"] #[doc = " ```"] type Console =
    "Console"[] convert; caught {} unexpected { (method, js_class = "Console", js_name =
    "clear") fn __idl_clear(this : & Console,) -> (); (method, js_class = "Console",
    js_name = "count", getter) fn __idl_count(this : & Console,) -> u32; }
}
::idlbind::__private::methods! {
    Console; fn #[doc = " Clears the console."] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " undefined clear();"] #[doc = " ```"] clear(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_clear(), "Console.clear") } fn #[doc =
    " The number of messages."] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " readonly attribute unsigned long count;"] #[doc = " ```"] count(& self,) -> u32 {
    ::idlbind::__private::no_throw!(self.__idl_count(), "Console.count") }
}
