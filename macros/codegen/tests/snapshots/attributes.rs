::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node =
    "Node"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Node", js_name =
    "nodeType", getter)] fn __idl_node_type(this : & Node,) -> u16;
    #[wasm_bindgen(method, js_class = "Node", js_name = "textContent", getter)] fn
    __idl_text_content(this : & Node,) -> ::std::option::Option < ::std::string::String
    >; #[wasm_bindgen(method, js_class = "Node", js_name = "textContent", setter)] fn
    __idl_set_text_content(this : & Node, __arg0 :
    ::idlbind::__private::wasm_bindgen::Nullable < & str >) -> (); #[wasm_bindgen(method,
    js_class = "Node", js_name = "hidden", getter)] fn __idl_hidden(this : & Node,) ->
    bool; #[wasm_bindgen(method, js_class = "Node", js_name = "hidden", setter)] fn
    __idl_set_hidden(this : & Node, __arg0 : bool) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Node {
    /// ```webidl
    /// readonly attribute unsigned short nodeType;
    /// ```
    #[inline]
    pub fn node_type(&self) -> u16 {
        ::idlbind::__private::no_throw!(self.__idl_node_type(), "Node.nodeType")
    }
    /// ```webidl
    /// attribute DOMString? textContent;
    /// ```
    #[inline]
    pub fn text_content(&self) -> ::std::option::Option<::std::string::String> {
        ::idlbind::__private::no_throw!(self.__idl_text_content(), "Node.textContent")
    }
    /// ```webidl
    /// attribute DOMString? textContent;
    /// ```
    #[inline]
    pub fn set_text_content(&self, value: ::std::option::Option<&str>) {
        let value = ::idlbind::__private::wasm_bindgen::Nullable::from(value);
        ::idlbind::__private::no_throw!(
            self.__idl_set_text_content(value), "Node.textContent"
        )
    }
    /// ```webidl
    /// attribute boolean hidden;
    /// ```
    #[inline]
    pub fn hidden(&self) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_hidden(), "Node.hidden")
    }
    /// ```webidl
    /// attribute boolean hidden;
    /// ```
    #[inline]
    pub fn set_hidden(&self, value: bool) {
        ::idlbind::__private::no_throw!(self.__idl_set_hidden(value), "Node.hidden")
    }
}
::idlbind::__private::interface_conversions!(Node);
