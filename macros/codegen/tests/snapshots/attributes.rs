::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node = "Node"[]
    convert; caught {} unexpected { (method, js_class = "Node", js_name = "nodeType",
    getter) fn __idl_node_type(this : & Node,) -> u16; (method, js_class = "Node",
    js_name = "textContent", getter) fn __idl_text_content(this : & Node,) ->
    ::std::option::Option < ::std::string::String >; (method, js_class = "Node", js_name
    = "textContent", setter) fn __idl_set_text_content(this : & Node, __arg0 :
    ::idlbind::__private::wasm_bindgen::Nullable < & str >) -> (); (method, js_class =
    "Node", js_name = "hidden", getter) fn __idl_hidden(this : & Node,) -> bool; (method,
    js_class = "Node", js_name = "hidden", setter) fn __idl_set_hidden(this : & Node,
    __arg0 : bool) -> (); }
}
::idlbind::__private::methods! {
    Node; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute unsigned short nodeType;"] #[doc = " ```"] node_type(& self,) ->
    u16 { ::idlbind::__private::no_throw!(self.__idl_node_type(), "Node.nodeType") } fn
    #[doc = " ```webidl"] #[doc = " attribute DOMString? textContent;"] #[doc = " ```"]
    text_content(& self,) -> ::std::option::Option < ::std::string::String > {
    ::idlbind::__private::no_throw!(self.__idl_text_content(), "Node.textContent") } fn
    #[doc = " ```webidl"] #[doc = " attribute DOMString? textContent;"] #[doc = " ```"]
    set_text_content(& self, value : ::std::option::Option < & str >) { let value =
    ::idlbind::__private::wasm_bindgen::Nullable::from(value);
    ::idlbind::__private::no_throw!(self.__idl_set_text_content(value),
    "Node.textContent") } fn #[doc = " ```webidl"] #[doc = " attribute boolean hidden;"]
    #[doc = " ```"] hidden(& self,) -> bool { ::idlbind::__private::no_throw!(self
    .__idl_hidden(), "Node.hidden") } fn #[doc = " ```webidl"] #[doc =
    " attribute boolean hidden;"] #[doc = " ```"] set_hidden(& self, value : bool) {
    ::idlbind::__private::no_throw!(self.__idl_set_hidden(value), "Node.hidden") }
}
