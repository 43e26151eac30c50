::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node = "Node"[]
    convert; caught { (method, js_class = "Node", js_name = "appendChild") fn
    __idl_append_child(this : & Node, __arg0 : & Node) -> Node; (method, js_class =
    "Node", js_name = "maxLength", getter) fn __idl_max_length(this : & Node,) -> i32;
    (method, js_class = "Node", js_name = "maxLength", setter) fn
    __idl_set_max_length(this : & Node, __arg0 : i32) -> (); } unexpected { (method,
    js_class = "Node", js_name = "removeChild") fn __idl_remove_child(this : & Node,
    __arg0 : & Node) -> Node; }
}
::idlbind::__private::methods! {
    Node; fn #[doc = " ```webidl"] #[doc = " [Throws] Node appendChild(Node node);"]
    #[doc = " ```"] append_child(& self, node : & Node) [throws Node; Errors] {
    ::idlbind::__private::throws(self.__idl_append_child(node)) } fn #[doc =
    " ```webidl"] #[doc = " Node removeChild(Node child);"] #[doc = " ```"]
    remove_child(& self, child : & Node) -> Node { ::idlbind::__private::no_throw!(self
    .__idl_remove_child(child), "Node.removeChild") } fn #[doc = " ```webidl"] #[doc =
    " [Throws] attribute long maxLength;"] #[doc = " ```"] max_length(& self,) [throws
    i32; Errors] { ::idlbind::__private::throws(self.__idl_max_length()) } fn #[doc =
    " ```webidl"] #[doc = " [Throws] attribute long maxLength;"] #[doc = " ```"]
    set_max_length(& self, value : i32) [throws(); Errors] {
    ::idlbind::__private::throws(self.__idl_set_max_length(value)) }
}
