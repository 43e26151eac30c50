::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Request"] #[doc = " ```"] type Request =
    "Request"[] convert; caught {} unexpected { (method, js_class = "Request", js_name =
    "mode", getter) fn __idl_mode(this : & Request,) -> ::idlbind::JsValue; (method,
    js_class = "Request", js_name = "context", getter) fn __idl_context(this : &
    Request,) -> ::idlbind::JsValue; (method, js_class = "Request", js_name = "context",
    setter) fn __idl_set_context(this : & Request, __arg0 : ::idlbind::JsValue) -> ();
    (method, js_class = "Request", js_name = "useMode") fn __idl_use_mode_0(this : &
    Request, __arg0 : ::idlbind::JsValue) -> (); (method, js_class = "Request", js_name =
    "useMode") fn __idl_use_mode_1(this : & Request, __arg0 : ::idlbind::JsValue, __arg1
    : ::idlbind::JsValue) -> (); }
}
::idlbind::__private::methods! {
    Request; fn #[doc = " ```webidl"] #[doc = " readonly attribute RequestMode mode;"]
    #[doc = " ```"] mode(& self,) -> RequestMode { ::idlbind::__private::returned:: <
    RequestMode > (::idlbind::__private::no_throw!(self.__idl_mode(), "Request.mode"),
    "Request.mode", "RequestMode") } fn #[doc = " ```webidl"] #[doc =
    " attribute ContextId context;"] #[doc = " ```"] context(& self,) -> ContextId {
    ::idlbind::__private::returned:: < ContextId > (::idlbind::__private::no_throw!(self
    .__idl_context(), "Request.context"), "Request.context", "ContextId") } fn #[doc =
    " ```webidl"] #[doc = " attribute ContextId context;"] #[doc = " ```"] set_context(&
    self, value : ContextId) { let value = { let __value = value;
    ::idlbind::ToJs::to_js(& __value) }; ::idlbind::__private::no_throw!(self
    .__idl_set_context(value), "Request.context") } fn #[doc = " ```webidl"] #[doc =
    " undefined useMode(RequestMode mode, optional ContextId id);"] #[doc = " ```"]
    use_mode(& self, mode : RequestMode) { let mode = { let __value = mode;
    ::idlbind::ToJs::to_js(& __value) }; ::idlbind::__private::no_throw!(self
    .__idl_use_mode_0(mode), "Request.useMode") } fn [with use_mode] #[doc =
    " ```webidl"] #[doc = " undefined useMode(RequestMode mode, optional ContextId id);"]
    #[doc = " ```"] use_mode_with(& self, mode : RequestMode, id : impl
    ::std::convert::Into < ::std::option::Option < ContextId >>) { let id =
    ::std::convert::Into::into(id); if let ::std::option::Option::Some(id) = id { let
    mode = { let __value = mode; ::idlbind::ToJs::to_js(& __value) }; let id = { let
    __value = id; ::idlbind::ToJs::to_js(& __value) };
    ::idlbind::__private::no_throw!(self.__idl_use_mode_1(mode, id), "Request.useMode") }
    else { let mode = { let __value = mode; ::idlbind::ToJs::to_js(& __value) };
    ::idlbind::__private::no_throw!(self.__idl_use_mode_0(mode), "Request.useMode") } }
}
::idlbind::__private::enumeration! {
    #[doc = " How a request treats cross-origin responses."] #[doc = ""] #[doc =
    " ```webidl"] #[doc =
    " enum RequestMode { \"navigate\", \"same-origin\", \"no-cors\", \"cors\" };"] #[doc
    = " ```"] enum RequestMode = "RequestMode" { Navigate = "navigate", SameOrigin =
    "same-origin", NoCors = "no-cors", Cors = "cors", }
}
::idlbind::__private::enumeration! {
    #[doc = " ```webidl"] #[doc = " enum ContextId { \"2d\", \"webgl2\", \"\" };"] #[doc
    = " ```"] enum ContextId = "ContextId" { N2d = "2d", Webgl2 = "webgl2", Empty = "", }
}
