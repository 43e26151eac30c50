::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Element"] #[doc = " ```"] type Element =
    "Element"[] convert; caught {} unexpected { (method, js_class = "Element", js_name =
    "focus") fn __idl_focus(this : & Element,) -> (); (method, js_class = "Element",
    js_name = "getAttribute") fn __idl_get_attribute(this : & Element, __arg0 : & str) ->
    ::std::option::Option < ::std::string::String >; (method, js_class = "Element",
    js_name = "toggleAttribute") fn __idl_toggle_attribute_0(this : & Element, __arg0 : &
    str) -> bool; (method, js_class = "Element", js_name = "toggleAttribute") fn
    __idl_toggle_attribute_1(this : & Element, __arg0 : & str, __arg1 : bool) -> bool;
    (method, js_class = "Element", js_name = "scroll") fn __idl_scroll_0(this : &
    Element,) -> (); (method, js_class = "Element", js_name = "scroll") fn
    __idl_scroll_1(this : & Element, __arg0 : f64) -> (); (method, js_class = "Element",
    js_name = "scroll") fn __idl_scroll_2(this : & Element, __arg0 :
    ::std::option::Option < f64 >, __arg1 : f64) -> (); (method, js_class = "Element",
    js_name = "insertAdjacentText") fn __idl_insert_adjacent_text(this : & Element,
    __arg0 : & str, __arg1 : ::idlbind::__private::wasm_bindgen::Nullable < & str >) ->
    (); (method, js_class = "Element", js_name = "pick") fn __idl_pick_0(this : &
    Element,) -> (); (method, js_class = "Element", js_name = "pick") fn
    __idl_pick_1(this : & Element, __arg0 : & str) -> (); }
}
::idlbind::__private::methods! {
    Element; fn #[doc = " ```webidl"] #[doc = " undefined focus();"] #[doc = " ```"]
    focus(& self,) { ::idlbind::__private::no_throw!(self.__idl_focus(), "Element.focus")
    } fn #[doc = " ```webidl"] #[doc =
    " DOMString? getAttribute(DOMString qualifiedName);"] #[doc = " ```"] get_attribute(&
    self, qualified_name : & str) -> ::std::option::Option < ::std::string::String > {
    ::idlbind::__private::no_throw!(self.__idl_get_attribute(qualified_name),
    "Element.getAttribute") } fn #[doc = " ```webidl"] #[doc =
    " boolean toggleAttribute(DOMString qualifiedName, optional boolean force);"] #[doc =
    " ```"] toggle_attribute(& self, qualified_name : & str) -> bool {
    ::idlbind::__private::no_throw!(self.__idl_toggle_attribute_0(qualified_name),
    "Element.toggleAttribute") } fn [with toggle_attribute] #[doc = " ```webidl"] #[doc =
    " boolean toggleAttribute(DOMString qualifiedName, optional boolean force);"] #[doc =
    " ```"] toggle_attribute_with(& self, qualified_name : & str, force : impl
    ::std::convert::Into < ::std::option::Option < bool >>) -> bool { let force =
    ::std::convert::Into::into(force); if let ::std::option::Option::Some(force) = force
    { ::idlbind::__private::no_throw!(self.__idl_toggle_attribute_1(qualified_name,
    force), "Element.toggleAttribute") } else { ::idlbind::__private::no_throw!(self
    .__idl_toggle_attribute_0(qualified_name), "Element.toggleAttribute") } } fn #[doc =
    " ```webidl"] #[doc =
    " undefined scroll(optional unrestricted double x, optional unrestricted double y);"]
    #[doc = " ```"] scroll(& self,) { ::idlbind::__private::no_throw!(self
    .__idl_scroll_0(), "Element.scroll") } fn [with scroll] #[doc = " ```webidl"] #[doc =
    " undefined scroll(optional unrestricted double x, optional unrestricted double y);"]
    #[doc = " ```"] scroll_with(& self, x : impl ::std::convert::Into <
    ::std::option::Option < f64 >>, y : impl ::std::convert::Into < ::std::option::Option
    < f64 >>) { let x = ::std::convert::Into::into(x); let y =
    ::std::convert::Into::into(y); if let ::std::option::Option::Some(y) = y {
    ::idlbind::__private::no_throw!(self.__idl_scroll_2(x, y), "Element.scroll") } else {
    if let ::std::option::Option::Some(x) = x { ::idlbind::__private::no_throw!(self
    .__idl_scroll_1(x), "Element.scroll") } else { ::idlbind::__private::no_throw!(self
    .__idl_scroll_0(), "Element.scroll") } } } fn #[doc = " ```webidl"] #[doc =
    " undefined insertAdjacentText(DOMString where, DOMString? data);"] #[doc = " ```"]
    insert_adjacent_text(& self, where_ : & str, data : ::std::option::Option < & str >)
    { let data = ::idlbind::__private::wasm_bindgen::Nullable::from(data);
    ::idlbind::__private::no_throw!(self.__idl_insert_adjacent_text(where_, data),
    "Element.insertAdjacentText") } fn #[doc = " ```webidl"] #[doc =
    " undefined pick(optional DOMString? label = null);"] #[doc = " ```"] pick(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_pick_0(), "Element.pick") } fn [with pick]
    #[doc = " ```webidl"] #[doc = " undefined pick(optional DOMString? label = null);"]
    #[doc = " ```"] pick_with['a] (& self, label : impl ::std::convert::Into <
    ::std::option::Option < & 'a str >>) { let label = ::std::convert::Into::into(label);
    if let ::std::option::Option::Some(label) = label {
    ::idlbind::__private::no_throw!(self.__idl_pick_1(label), "Element.pick") } else {
    ::idlbind::__private::no_throw!(self.__idl_pick_0(), "Element.pick") } }
}
