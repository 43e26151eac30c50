::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Document"] #[doc = " ```"] type Document =
    "Document"[] convert; caught {} unexpected { (method, js_class = "Document", js_name
    = "childElementCount", getter) fn __idl_child_element_count(this : & Document,) ->
    u32; (method, js_class = "Document", js_name = "querySelector") fn
    __idl_query_selector(this : & Document, __arg0 : & str) -> ::std::option::Option <
    Element >; }
}
::idlbind::__private::methods! {
    Document; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute unsigned long childElementCount;"] #[doc = " ```"] #[doc = ""]
    #[doc = " From the interface mixin `ParentNode`."] child_element_count(& self,) ->
    u32 { ::idlbind::__private::no_throw!(self.__idl_child_element_count(),
    "Document.childElementCount") } fn #[doc = " ```webidl"] #[doc =
    " Element? querySelector(DOMString selectors);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `ParentNode`."] query_selector(& self, selectors : & str)
    -> ::std::option::Option < Element > { ::idlbind::__private::no_throw!(self
    .__idl_query_selector(selectors), "Document.querySelector") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Element"] #[doc = " ```"] type Element =
    "Element"[] convert; caught {} unexpected { (method, js_class = "Element", js_name =
    "childElementCount", getter) fn __idl_child_element_count(this : & Element,) -> u32;
    (method, js_class = "Element", js_name = "querySelector") fn
    __idl_query_selector(this : & Element, __arg0 : & str) -> ::std::option::Option <
    Element >; }
}
::idlbind::__private::methods! {
    Element; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute unsigned long childElementCount;"] #[doc = " ```"] #[doc = ""]
    #[doc = " From the interface mixin `ParentNode`."] child_element_count(& self,) ->
    u32 { ::idlbind::__private::no_throw!(self.__idl_child_element_count(),
    "Element.childElementCount") } fn #[doc = " ```webidl"] #[doc =
    " Element? querySelector(DOMString selectors);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `ParentNode`."] query_selector(& self, selectors : & str)
    -> ::std::option::Option < Element > { ::idlbind::__private::no_throw!(self
    .__idl_query_selector(selectors), "Element.querySelector") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface mixin ParentNode"] #[doc = " ```"]
    #[doc(hidden)] type __ParentNodeMembers = "ParentNode"[]; caught {} unexpected {
    (method, js_class = "ParentNode", js_name = "childElementCount", getter) fn
    __idl_child_element_count(this : & __ParentNodeMembers,) -> u32; (method, js_class =
    "ParentNode", js_name = "querySelector") fn __idl_query_selector(this : &
    __ParentNodeMembers, __arg0 : & str) -> ::std::option::Option < Element >; }
}
::idlbind::__private::methods! {
    __ParentNodeMembers; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute unsigned long childElementCount;"] #[doc = " ```"] #[doc = ""]
    #[doc = " From the interface mixin `ParentNode`."] child_element_count(& self,) ->
    u32 { ::idlbind::__private::no_throw!(self.__idl_child_element_count(),
    "ParentNode.childElementCount") } fn #[doc = " ```webidl"] #[doc =
    " Element? querySelector(DOMString selectors);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `ParentNode`."] query_selector(& self, selectors : & str)
    -> ::std::option::Option < Element > { ::idlbind::__private::no_throw!(self
    .__idl_query_selector(selectors), "ParentNode.querySelector") }
}
/// ```webidl
/// interface mixin ParentNode
/// ```
pub trait ParentNode: ::std::convert::AsRef<::idlbind::JsValue> {
    /// ```webidl
    /// readonly attribute unsigned long childElementCount;
    /// ```
    ///
    /// From the interface mixin `ParentNode`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn child_element_count(&self) -> u32 {
        let this: &__ParentNodeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.child_element_count()
    }
    /// ```webidl
    /// Element? querySelector(DOMString selectors);
    /// ```
    ///
    /// From the interface mixin `ParentNode`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn query_selector(&self, selectors: &str) -> ::std::option::Option<Element> {
        let this: &__ParentNodeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.query_selector(selectors)
    }
}
impl ParentNode for Document {}
impl ParentNode for Element {}
