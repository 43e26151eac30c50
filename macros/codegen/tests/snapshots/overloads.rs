::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface CanvasDrawImage"] #[doc = " ```"] type
    CanvasDrawImage = "CanvasDrawImage"[] convert; caught {} unexpected { (method,
    js_class = "CanvasDrawImage", js_name = "drawImage") fn __idl_draw_image(this : &
    CanvasDrawImage, __arg0 : ::idlbind::JsValue, __arg1 : f64, __arg2 : f64) -> ();
    (method, js_class = "CanvasDrawImage", js_name = "drawImage") fn
    __idl_draw_image_with_dw_dh(this : & CanvasDrawImage, __arg0 : ::idlbind::JsValue,
    __arg1 : f64, __arg2 : f64, __arg3 : f64, __arg4 : f64) -> (); (method, js_class =
    "CanvasDrawImage", js_name = "drawImage") fn
    __idl_draw_image_with_sx_sy_sw_sh_dw_dh(this : & CanvasDrawImage, __arg0 :
    ::idlbind::JsValue, __arg1 : f64, __arg2 : f64, __arg3 : f64, __arg4 : f64, __arg5 :
    f64, __arg6 : f64, __arg7 : f64, __arg8 : f64) -> (); }
}
::idlbind::__private::methods! {
    CanvasDrawImage; fn #[doc = " ```webidl"] #[doc =
    " undefined drawImage(CanvasImageSource image, unrestricted double dx, unrestricted double dy);"]
    #[doc = " ```"] draw_image(& self, image : impl ::idlbind::UnionArgument <
    CanvasImageSource >, dx : f64, dy : f64) { let image = { let __value = image;
    ::idlbind::ToJs::to_js(& ::idlbind::UnionArgument:: < CanvasImageSource >
    ::into_union(__value)) }; ::idlbind::__private::no_throw!(self
    .__idl_draw_image(image, dx, dy), "CanvasDrawImage.drawImage") } fn #[doc =
    " ```webidl"] #[doc =
    " undefined drawImage(CanvasImageSource image, unrestricted double dx, unrestricted double dy, unrestricted double dw, unrestricted double dh);"]
    #[doc = " ```"] draw_image_with_dw_dh(& self, image : impl ::idlbind::UnionArgument <
    CanvasImageSource >, dx : f64, dy : f64, dw : f64, dh : f64) { let image = { let
    __value = image; ::idlbind::ToJs::to_js(& ::idlbind::UnionArgument:: <
    CanvasImageSource > ::into_union(__value)) }; ::idlbind::__private::no_throw!(self
    .__idl_draw_image_with_dw_dh(image, dx, dy, dw, dh), "CanvasDrawImage.drawImage") }
    fn #[doc = " ```webidl"] #[doc =
    " undefined drawImage(CanvasImageSource image, unrestricted double sx, unrestricted double sy, unrestricted double sw, unrestricted double sh, unrestricted double dx, unrestricted double dy, unrestricted double dw, unrestricted double dh);"]
    #[doc = " ```"] draw_image_with_sx_sy_sw_sh_dw_dh(& self, image : impl
    ::idlbind::UnionArgument < CanvasImageSource >, sx : f64, sy : f64, sw : f64, sh :
    f64, dx : f64, dy : f64, dw : f64, dh : f64) { let image = { let __value = image;
    ::idlbind::ToJs::to_js(& ::idlbind::UnionArgument:: < CanvasImageSource >
    ::into_union(__value)) }; ::idlbind::__private::no_throw!(self
    .__idl_draw_image_with_sx_sy_sw_sh_dw_dh(image, sx, sy, sw, sh, dx, dy, dw, dh),
    "CanvasDrawImage.drawImage") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface XMLHttpRequest"] #[doc = " ```"]
    #[doc(alias = "XMLHttpRequest")] type XmlHttpRequest = "XMLHttpRequest"[] convert;
    caught { (constructor, js_class = "XMLHttpRequest") fn __idl_new() -> XmlHttpRequest;
    } unexpected { (method, js_class = "XMLHttpRequest", js_name = "open") fn
    __idl_open_0(this : & XmlHttpRequest, __arg0 : & str, __arg1 : & str) -> (); (method,
    js_class = "XMLHttpRequest", js_name = "open") fn __idl_open_1(this : &
    XmlHttpRequest, __arg0 : & str, __arg1 : & str, __arg2 : bool) -> (); (method,
    js_class = "XMLHttpRequest", js_name = "open") fn __idl_open_2(this : &
    XmlHttpRequest, __arg0 : & str, __arg1 : & str, __arg2 : ::std::option::Option < bool
    >, __arg3 : & str) -> (); (method, js_class = "XMLHttpRequest", js_name = "open") fn
    __idl_open_3(this : & XmlHttpRequest, __arg0 : & str, __arg1 : & str, __arg2 :
    ::std::option::Option < bool >, __arg3 : ::std::option::Option < & str >, __arg4 : &
    str) -> (); }
}
::idlbind::__private::methods! {
    XmlHttpRequest; fn #[doc = " ```webidl"] #[doc = " constructor();"] #[doc = " ```"]
    new() [throws XmlHttpRequest] { ::idlbind::__private::throws(Self::__idl_new()) } fn
    #[doc = " ```webidl"] #[doc = " undefined open(ByteString method, USVString url);"]
    #[doc =
    " undefined open(ByteString method, USVString url, boolean async, optional USVString? username = null, optional USVString? password = null);"]
    #[doc = " ```"] open(& self, method : & str, url : & str) { let method =
    ::idlbind::__private::byte_string(method, "XMLHttpRequest.open");
    ::idlbind::__private::no_throw!(self.__idl_open_0(method, url),
    "XMLHttpRequest.open") } fn [with open] #[doc = " ```webidl"] #[doc =
    " undefined open(ByteString method, USVString url);"] #[doc =
    " undefined open(ByteString method, USVString url, boolean async, optional USVString? username = null, optional USVString? password = null);"]
    #[doc = " ```"] open_with['a] (& self, method : & str, url : & str, async_ : impl
    ::std::convert::Into < ::std::option::Option < bool >>, username : impl
    ::std::convert::Into < ::std::option::Option < & 'a str >>, password : impl
    ::std::convert::Into < ::std::option::Option < & 'a str >>) { let async_ =
    ::std::convert::Into::into(async_); let username =
    ::std::convert::Into::into(username); let password =
    ::std::convert::Into::into(password); if let ::std::option::Option::Some(password) =
    password { let method = ::idlbind::__private::byte_string(method,
    "XMLHttpRequest.open"); ::idlbind::__private::no_throw!(self.__idl_open_3(method,
    url, async_, username, password), "XMLHttpRequest.open") } else { if let
    ::std::option::Option::Some(username) = username { let method =
    ::idlbind::__private::byte_string(method, "XMLHttpRequest.open");
    ::idlbind::__private::no_throw!(self.__idl_open_2(method, url, async_, username),
    "XMLHttpRequest.open") } else { if let ::std::option::Option::Some(async_) = async_ {
    let method = ::idlbind::__private::byte_string(method, "XMLHttpRequest.open");
    ::idlbind::__private::no_throw!(self.__idl_open_1(method, url, async_),
    "XMLHttpRequest.open") } else { let method =
    ::idlbind::__private::byte_string(method, "XMLHttpRequest.open");
    ::idlbind::__private::no_throw!(self.__idl_open_0(method, url),
    "XMLHttpRequest.open") } } } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface ParentNode"] #[doc = " ```"] type
    ParentNode = "ParentNode"[] convert; caught {} unexpected { (method, js_class =
    "ParentNode", js_name = "replace") fn __idl_replace(this : & ParentNode, __arg0 :
    ::idlbind::JsValue) -> (); (method, js_class = "ParentNode", js_name = "replace") fn
    __idl_replace__str(this : & ParentNode, __arg0 : & str) -> (); (method, js_class =
    "ParentNode", js_name = "append", variadic) fn __idl_append(this : & ParentNode,
    __arg0 : ::std::vec::Vec < ::idlbind::JsValue >) -> (); (method, js_class =
    "ParentNode", js_name = "log", variadic) fn __idl_log(this : & ParentNode, __arg0 : &
    str, __arg1 : ::std::vec::Vec < ::idlbind::JsValue >) -> (); (method, js_class =
    "ParentNode", js_name = "fill") fn __idl_fill_path(this : & ParentNode, __arg0 : &
    Path2D) -> (); (method, js_class = "ParentNode", js_name = "fill") fn __idl_fill(this
    : & ParentNode,) -> (); }
}
::idlbind::__private::methods! {
    ParentNode; fn #[doc = " ```webidl"] #[doc = " undefined replace(Node node);"] #[doc
    = " undefined replace(DOMString text);"] #[doc = " ```"] replace(& self, node : impl
    ::idlbind::UnionArgument < NodeOrDomString >) { if let
    ::std::option::Option::Some(node) = ::idlbind::UnionArgument:: < NodeOrDomString >
    ::__as_str(& node) { ::idlbind::__private::no_throw!(self.__idl_replace__str(node),
    "ParentNode.replace") } else { let node = { let __value = node;
    ::idlbind::ToJs::to_js(& ::idlbind::UnionArgument:: < NodeOrDomString >
    ::into_union(__value)) }; ::idlbind::__private::no_throw!(self.__idl_replace(node),
    "ParentNode.replace") } } fn #[doc = " ```webidl"] #[doc =
    " undefined append((Node or DOMString)... nodes);"] #[doc = " ```"] append(& self,
    nodes : impl ::std::iter::IntoIterator < Item = impl ::std::convert::Into <
    NodeOrDomString > >) { let nodes = { let __value = nodes;
    ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
    (::std::iter::IntoIterator::into_iter(__value).map(| __value |
    ::idlbind::ToJs::to_js(& ::std::convert::Into:: < NodeOrDomString >
    ::into(__value))),) }; ::idlbind::__private::no_throw!(self.__idl_append(nodes),
    "ParentNode.append") } fn #[doc = " ```webidl"] #[doc =
    " undefined log(DOMString label, any... data);"] #[doc = " ```"] log(& self, label :
    & str, data : impl ::std::iter::IntoIterator < Item = impl ::std::borrow::Borrow <
    ::idlbind::JsValue > >) { let data = { let __value = data;
    ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
    (::std::iter::IntoIterator::into_iter(__value)
    .map(::idlbind::__private::borrowed_to_js:: < ::idlbind::JsValue, _ >),) };
    ::idlbind::__private::no_throw!(self.__idl_log(label, data), "ParentNode.log") } fn
    #[doc = " ```webidl"] #[doc = " [RustName=fill_path] undefined fill(Path2D path);"]
    #[doc = " ```"] fill_path(& self, path : & Path2D) {
    ::idlbind::__private::no_throw!(self.__idl_fill_path(path), "ParentNode.fill") } fn
    #[doc = " ```webidl"] #[doc = " undefined fill();"] #[doc = " ```"] fill(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_fill(), "ParentNode.fill") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Path2D"] #[doc = " ```"] type Path2D =
    "Path2D"[] convert; caught { (constructor, js_class = "Path2D") fn __idl_new_0() ->
    Path2D; (constructor, js_class = "Path2D") fn __idl_new_1(__arg0 : & str) -> Path2D;
    }
}
::idlbind::__private::methods! {
    Path2D; fn #[doc = " ```webidl"] #[doc = " constructor();"] #[doc =
    " constructor(DOMString d);"] #[doc = " ```"] new() [throws Path2D] {
    ::idlbind::__private::throws(Self::__idl_new_0()) } fn [with new] #[doc =
    " ```webidl"] #[doc = " constructor();"] #[doc = " constructor(DOMString d);"] #[doc
    = " ```"] new_with['a] (d : impl ::std::convert::Into < ::std::option::Option < & 'a
    str >>) [throws Path2D] { let d = ::std::convert::Into::into(d); if let
    ::std::option::Option::Some(d) = d {
    ::idlbind::__private::throws(Self::__idl_new_1(d)) } else {
    ::idlbind::__private::throws(Self::__idl_new_0()) } }
}
::idlbind::__private::union! {
    #[doc = " ```webidl"] #[doc =
    " typedef (HTMLImageElement or HTMLCanvasElement) CanvasImageSource;"] #[doc =
    " ```"] enum CanvasImageSource[PartialEq,] { #[doc = " `HTMLImageElement`"]
    HtmlImageElement(HtmlImageElement) : interface, #[doc = " `HTMLCanvasElement`"]
    HtmlCanvasElement(HtmlCanvasElement) : interface, } unscoped; from_js { interface
    HtmlImageElement(HtmlImageElement); interface HtmlCanvasElement(HtmlCanvasElement); }
    else error
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (Node or DOMString)"] #[doc = " ```"] enum NodeOrDomString[PartialEq,] { #[doc =
    " `Node`"] Node(Node) : interface, #[doc = " `DOMString`"]
    DomString(::std::string::String) : string, } unscoped; from_js { string
    DomString(::std::string::String); interface Node(Node); } else string DomString
}
