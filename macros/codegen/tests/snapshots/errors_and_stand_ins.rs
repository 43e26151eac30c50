::core::compile_error! {
    "expected an attribute name, found `;`"
}
::core::compile_error! {
    "`ok` is declared twice in `Good` (first at line 4); only operations may share a name (overloads)"
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Good"] #[doc = " ```"] type Good = "Good"[]
    convert; caught {} unexpected { (method, js_class = "Good", js_name = "ok", getter)
    fn __idl_ok(this : & Good,) -> i32; }
}
::idlbind::__private::methods! {
    Good; fn #[doc = " ```webidl"] #[doc = " readonly attribute long ok;"] #[doc =
    " ```"] ok(& self,) -> i32 { ::idlbind::__private::no_throw!(self.__idl_ok(),
    "Good.ok") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface AlsoGood"] #[doc = " ```"] type AlsoGood =
    "AlsoGood"[] convert; caught {}
}
::idlbind::__private::methods! {
    AlsoGood;
}
///Stand-in for an IDL definition that has errors (see the errors above).
pub type Broken = ::idlbind::JsValue;
