::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Global=Window, Exposed=Window] interface Window"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: Window."] type Window = "Window"[]
    convert; caught {} unexpected { (method, js_class = "Window", js_name = "name",
    getter) fn __idl_name(this : & Window,) -> ::std::string::String; (method, js_class =
    "Window", js_name = "name", setter) fn __idl_set_name(this : & Window, __arg0 : &
    str) -> (); (method, js_class = "Window", js_name = "alert") fn __idl_alert_0(this :
    & Window,) -> (); (method, js_class = "Window", js_name = "alert") fn
    __idl_alert_1(this : & Window, __arg0 : & str) -> (); (method, js_class = "Window",
    js_name = "origin", getter) fn __idl_origin(this : & Window,) ->
    ::std::string::String; (method, js_class = "Window", js_name = "btoa") fn
    __idl_btoa(this : & Window, __arg0 : & str) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    Window; fn #[doc = " ```webidl"] #[doc = " attribute DOMString name;"] #[doc =
    " ```"] name(& self,) -> ::std::string::String { ::idlbind::__private::no_throw!(self
    .__idl_name(), "Window.name") } fn #[doc = " ```webidl"] #[doc =
    " attribute DOMString name;"] #[doc = " ```"] set_name(& self, value : & str) {
    ::idlbind::__private::no_throw!(self.__idl_set_name(value), "Window.name") } fn #[doc
    = " ```webidl"] #[doc = " undefined alert(optional DOMString message);"] #[doc =
    " ```"] alert(& self,) { ::idlbind::__private::no_throw!(self.__idl_alert_0(),
    "Window.alert") } fn [with alert] #[doc = " ```webidl"] #[doc =
    " undefined alert(optional DOMString message);"] #[doc = " ```"] alert_with['a] (&
    self, message : impl ::std::convert::Into < ::std::option::Option < & 'a str >>) {
    let message = ::std::convert::Into::into(message); if let
    ::std::option::Option::Some(message) = message { ::idlbind::__private::no_throw!(self
    .__idl_alert_1(message), "Window.alert") } else {
    ::idlbind::__private::no_throw!(self.__idl_alert_0(), "Window.alert") } } fn #[doc =
    " ```webidl"] #[doc = " readonly attribute USVString origin;"] #[doc = " ```"] #[doc
    = ""] #[doc = " From the interface mixin `WindowOrWorkerGlobalScope`."] origin(&
    self,) -> ::std::string::String { ::idlbind::__private::no_throw!(self
    .__idl_origin(), "Window.origin") } fn #[doc = " ```webidl"] #[doc =
    " DOMString btoa(DOMString data);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] btoa(& self, data : & str)
    -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_btoa(data),
    "Window.btoa") }
}
/// ```webidl
/// [Exposed=Window] namespace CSS
/// ```
///
/// Exposed in: Window.
#[allow(non_snake_case)]
pub mod css {
    #[allow(unused_imports)]
    use super::*;
    ::idlbind::__private::imports! {
        #[doc = " ```webidl"] #[doc = " [Exposed=Window] namespace CSS"] #[doc = " ```"]
        #[doc = ""] #[doc = " Exposed in: Window."] #[doc(hidden)] type Namespace =
        "CSS"[]; caught {} unexpected { (static_method_of = Namespace, js_class = "CSS",
        js_name = "escape") fn __idl_escape(__arg0 : & str) -> ::std::string::String;
        (static_method_of = Namespace, js_class = "CSS", js_name = "highlights", getter)
        fn __idl_highlights() -> HighlightRegistry; }
    }
    ::idlbind::__private::methods! {
        Namespace; fn #[doc = " ```webidl"] #[doc =
        " DOMString escape(DOMString ident);"] #[doc = " ```"] escape(ident : & str) ->
        ::std::string::String {
        ::idlbind::__private::no_throw!(Self::__idl_escape(ident), "CSS.escape") } fn
        #[doc = " ```webidl"] #[doc =
        " readonly attribute HighlightRegistry highlights;"] #[doc = " ```"] highlights()
        -> HighlightRegistry { ::idlbind::__private::no_throw!(Self::__idl_highlights(),
        "CSS.highlights") }
    }
    /// ```webidl
    /// DOMString escape(DOMString ident);
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn escape(ident: &str) -> ::std::string::String {
        Namespace::escape(ident)
    }
    /// ```webidl
    /// readonly attribute HighlightRegistry highlights;
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn highlights() -> HighlightRegistry {
        Namespace::highlights()
    }
}
/// ```webidl
/// [Exposed=X] namespace console
/// ```
///
/// Exposed in: *.
#[allow(non_snake_case)]
pub mod console {
    #[allow(unused_imports)]
    use super::*;
    ::idlbind::__private::imports! {
        #[doc = " ```webidl"] #[doc = " [Exposed=X] namespace console"] #[doc = " ```"]
        #[doc = ""] #[doc = " Exposed in: *."] #[doc(hidden)] type Namespace =
        "console"[]; caught {} unexpected { (static_method_of = Namespace, js_class =
        "console", js_name = "log", variadic) fn __idl_log(__arg0 : ::std::vec::Vec <
        ::idlbind::JsValue >) -> (); }
    }
    ::idlbind::__private::methods! {
        Namespace; fn #[doc = " ```webidl"] #[doc = " undefined log(any... data);"] #[doc
        = " ```"] log(data : impl ::std::iter::IntoIterator < Item = impl
        ::std::borrow::Borrow < ::idlbind::JsValue > >) { let data = { let __value =
        data; ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
        (::std::iter::IntoIterator::into_iter(__value)
        .map(::idlbind::__private::borrowed_to_js:: < ::idlbind::JsValue, _ >),) };
        ::idlbind::__private::no_throw!(Self::__idl_log(data), "console.log") }
    }
    /// ```webidl
    /// undefined log(any... data);
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn log(
        data: impl ::std::iter::IntoIterator<
            Item = impl ::std::borrow::Borrow<::idlbind::JsValue>,
        >,
    ) {
        Namespace::log(data)
    }
}
/// ```webidl
/// attribute DOMString name;
/// ```
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn name() -> ::std::string::String {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.name()
}
/// ```webidl
/// attribute DOMString name;
/// ```
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn set_name(value: &str) {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.set_name(value)
}
/// ```webidl
/// undefined alert(optional DOMString message);
/// ```
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn alert() {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.alert()
}
/// [`alert`](Self::alert) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
///
/// ```webidl
/// undefined alert(optional DOMString message);
/// ```
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn alert_with<'a>(
    message: impl ::std::convert::Into<::std::option::Option<&'a str>>,
) {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.alert_with(message)
}
/// ```webidl
/// readonly attribute USVString origin;
/// ```
///
/// From the interface mixin `WindowOrWorkerGlobalScope`.
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn origin() -> ::std::string::String {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.origin()
}
/// ```webidl
/// DOMString btoa(DOMString data);
/// ```
///
/// From the interface mixin `WindowOrWorkerGlobalScope`.
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn btoa(data: &str) -> ::std::string::String {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.btoa(data)
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface mixin WindowOrWorkerGlobalScope"] #[doc =
    " ```"] #[doc(hidden)] type __WindowOrWorkerGlobalScopeMembers =
    "WindowOrWorkerGlobalScope"[]; caught {} unexpected { (method, js_class =
    "WindowOrWorkerGlobalScope", js_name = "origin", getter) fn __idl_origin(this : &
    __WindowOrWorkerGlobalScopeMembers,) -> ::std::string::String; (method, js_class =
    "WindowOrWorkerGlobalScope", js_name = "btoa") fn __idl_btoa(this : &
    __WindowOrWorkerGlobalScopeMembers, __arg0 : & str) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    __WindowOrWorkerGlobalScopeMembers; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute USVString origin;"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] origin(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_origin(),
    "WindowOrWorkerGlobalScope.origin") } fn #[doc = " ```webidl"] #[doc =
    " DOMString btoa(DOMString data);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] btoa(& self, data : & str)
    -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_btoa(data),
    "WindowOrWorkerGlobalScope.btoa") }
}
/// ```webidl
/// interface mixin WindowOrWorkerGlobalScope
/// ```
pub trait WindowOrWorkerGlobalScope: ::std::convert::AsRef<::idlbind::JsValue> {
    /// ```webidl
    /// readonly attribute USVString origin;
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn origin(&self) -> ::std::string::String {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.origin()
    }
    /// ```webidl
    /// DOMString btoa(DOMString data);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn btoa(&self, data: &str) -> ::std::string::String {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.btoa(data)
    }
}
impl WindowOrWorkerGlobalScope for Window {}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " partial interface URL"] #[doc = " ```"]
    #[doc(hidden)] type __UrlExtMembers = "URL"[]; caught {} unexpected {
    (static_method_of = __UrlExtMembers, js_class = "URL", js_name = "canParse") fn
    __idl_can_parse_0(__arg0 : & str) -> bool; (static_method_of = __UrlExtMembers,
    js_class = "URL", js_name = "canParse") fn __idl_can_parse_1(__arg0 : & str, __arg1 :
    & str) -> bool; (method, js_class = "URL", js_name = "protocol", getter) fn
    __idl_protocol(this : & __UrlExtMembers,) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    __UrlExtMembers; fn #[doc = " ```webidl"] #[doc =
    " static boolean canParse(USVString url, optional USVString base);"] #[doc = " ```"]
    can_parse(url : & str) -> bool {
    ::idlbind::__private::no_throw!(Self::__idl_can_parse_0(url), "URL.canParse") } fn
    [with can_parse] #[doc = " ```webidl"] #[doc =
    " static boolean canParse(USVString url, optional USVString base);"] #[doc = " ```"]
    can_parse_with['a] (url : & str, base : impl ::std::convert::Into <
    ::std::option::Option < & 'a str >>) -> bool { let base =
    ::std::convert::Into::into(base); if let ::std::option::Option::Some(base) = base {
    ::idlbind::__private::no_throw!(Self::__idl_can_parse_1(url, base), "URL.canParse") }
    else { ::idlbind::__private::no_throw!(Self::__idl_can_parse_0(url), "URL.canParse")
    } } fn #[doc = " ```webidl"] #[doc = " readonly attribute USVString protocol;"] #[doc
    = " ```"] protocol(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_protocol(), "URL.protocol") }
}
/// ```webidl
/// partial interface URL
/// ```
pub trait UrlExt: ::std::convert::AsRef<::idlbind::JsValue> {
    /// ```webidl
    /// static boolean canParse(USVString url, optional USVString base);
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn can_parse(url: &str) -> bool {
        __UrlExtMembers::can_parse(url)
    }
    /// [`can_parse`](Self::can_parse) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// static boolean canParse(USVString url, optional USVString base);
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn can_parse_with<'a>(
        url: &str,
        base: impl ::std::convert::Into<::std::option::Option<&'a str>>,
    ) -> bool {
        __UrlExtMembers::can_parse_with(url, base)
    }
    /// ```webidl
    /// readonly attribute USVString protocol;
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn protocol(&self) -> ::std::string::String {
        let this: &__UrlExtMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.protocol()
    }
}
impl UrlExt for Url {}
