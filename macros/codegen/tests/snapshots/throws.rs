::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node =
    "Node"[]; caught { #[wasm_bindgen(method, js_class = "Node", js_name =
    "appendChild")] fn __idl_append_child(this : & Node, __arg0 : & Node) -> Node;
    #[wasm_bindgen(method, js_class = "Node", js_name = "maxLength", getter)] fn
    __idl_max_length(this : & Node,) -> i32; #[wasm_bindgen(method, js_class = "Node",
    js_name = "maxLength", setter)] fn __idl_set_max_length(this : & Node, __arg0 : i32)
    -> (); } unexpected { #[wasm_bindgen(method, js_class = "Node", js_name =
    "removeChild")] fn __idl_remove_child(this : & Node, __arg0 : & Node) -> Node; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Node {
    /// ```webidl
    /// [Throws] Node appendChild(Node node);
    /// ```
    ///
    /// # Errors
    ///
    /// Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).
    #[inline]
    pub fn append_child(
        &self,
        node: &Node,
    ) -> ::std::result::Result<Node, ::idlbind::JsError> {
        ::idlbind::__private::throws(self.__idl_append_child(node))
    }
    /// ```webidl
    /// Node removeChild(Node child);
    /// ```
    #[inline]
    pub fn remove_child(&self, child: &Node) -> Node {
        ::idlbind::__private::no_throw!(
            self.__idl_remove_child(child), "Node.removeChild"
        )
    }
    /// ```webidl
    /// [Throws] attribute long maxLength;
    /// ```
    ///
    /// # Errors
    ///
    /// Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).
    #[inline]
    pub fn max_length(&self) -> ::std::result::Result<i32, ::idlbind::JsError> {
        ::idlbind::__private::throws(self.__idl_max_length())
    }
    /// ```webidl
    /// [Throws] attribute long maxLength;
    /// ```
    ///
    /// # Errors
    ///
    /// Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).
    #[inline]
    pub fn set_max_length(
        &self,
        value: i32,
    ) -> ::std::result::Result<(), ::idlbind::JsError> {
        ::idlbind::__private::throws(self.__idl_set_max_length(value))
    }
}
::idlbind::__private::interface_conversions!(Node);
