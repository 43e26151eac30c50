#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// A node of the document tree.
    ///
    /// ```webidl
    /// [Exposed=Window] interface Node
    /// ```
    ///
    /// Exposed in: Window.
    #[wasm_bindgen(
        js_name = "Node",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Node"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Node;
    #[wasm_bindgen(method, js_class = "Node", js_name = "nodeType", getter, catch)]
    fn __idl_node_type(
        this: &Node,
    ) -> ::std::result::Result<u16, ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, js_class = "Node", js_name = "textContent", getter, catch)]
    fn __idl_text_content(
        this: &Node,
    ) -> ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(method, js_class = "Node", js_name = "textContent", setter, catch)]
    fn __idl_set_text_content(
        this: &Node,
        value: ::std::option::Option<&str>,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, js_class = "Node", js_name = "appendChild", catch)]
    fn __idl_append_child(
        this: &Node,
        node: &Node,
    ) -> ::std::result::Result<Node, ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, js_class = "Node", js_name = "cloneNode", catch)]
    fn __idl_clone_node_0(
        this: &Node,
    ) -> ::std::result::Result<Node, ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, js_class = "Node", js_name = "cloneNode", catch)]
    fn __idl_clone_node_1(
        this: &Node,
        deep: bool,
    ) -> ::std::result::Result<Node, ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(
        static_method_of = Node,
        js_class = "Node",
        js_name = "counter",
        getter,
        catch
    )]
    fn __idl_counter() -> ::std::result::Result<
        f64,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(
        static_method_of = Node,
        js_class = "Node",
        js_name = "counter",
        setter,
        catch
    )]
    fn __idl_set_counter(
        value: f64,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
}
#[allow(dead_code)]
impl Node {
    /// ```webidl
    /// const unsigned short ELEMENT_NODE = 1;
    /// ```
    pub const ELEMENT_NODE: u16 = 1;
    /// The kind of node.
    ///
    /// ```webidl
    /// readonly attribute unsigned short nodeType;
    /// ```
    #[inline]
    pub fn node_type(&self) -> u16 {
        ::idlbind::__private::no_throw(self.__idl_node_type(), "Node.nodeType")
    }
    /// ```webidl
    /// attribute DOMString? textContent;
    /// ```
    #[inline]
    pub fn text_content(&self) -> ::std::option::Option<::std::string::String> {
        ::idlbind::__private::no_throw(self.__idl_text_content(), "Node.textContent")
    }
    /// ```webidl
    /// attribute DOMString? textContent;
    /// ```
    #[inline]
    pub fn set_text_content(&self, value: ::std::option::Option<&str>) {
        ::idlbind::__private::no_throw(
            self.__idl_set_text_content(value),
            "Node.textContent",
        )
    }
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
    /// Node cloneNode(optional boolean deep = false);
    /// ```
    #[inline]
    pub fn clone_node(&self) -> Node {
        ::idlbind::__private::no_throw(self.__idl_clone_node_0(), "Node.cloneNode")
    }
    /// [`clone_node`](Self::clone_node) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// Node cloneNode(optional boolean deep = false);
    /// ```
    #[inline]
    pub fn clone_node_with(
        &self,
        deep: impl ::std::convert::Into<::std::option::Option<bool>>,
    ) -> Node {
        let deep = ::std::convert::Into::into(deep);
        if let ::std::option::Option::Some(deep) = deep {
            ::idlbind::__private::no_throw(
                self.__idl_clone_node_1(deep),
                "Node.cloneNode",
            )
        } else {
            ::idlbind::__private::no_throw(self.__idl_clone_node_0(), "Node.cloneNode")
        }
    }
    /// ```webidl
    /// static attribute long long counter;
    /// ```
    #[inline]
    pub fn counter() -> i64 {
        ::idlbind::__private::no_throw(Self::__idl_counter(), "Node.counter") as i64
    }
    /// ```webidl
    /// static attribute long long counter;
    /// ```
    #[inline]
    pub fn set_counter(value: i64) {
        ::idlbind::__private::no_throw(
            Self::__idl_set_counter(value as f64),
            "Node.counter",
        )
    }
}
