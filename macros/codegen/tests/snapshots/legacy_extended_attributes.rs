#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)] interface HTMLImageElement
    /// ```
    ///
    /// Exposed in: Window.
    #[doc(alias = "HTMLImageElement")]
    #[wasm_bindgen(
        js_name = "HTMLImageElement",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "HTMLImageElement"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type HtmlImageElement;
    #[wasm_bindgen(
        method,
        js_class = "HTMLImageElement",
        js_name = "src",
        getter,
        catch
    )]
    fn __idl_src(
        this: &HtmlImageElement,
    ) -> ::std::result::Result<
        ::std::string::String,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(
        method,
        js_class = "HTMLImageElement",
        js_name = "src",
        setter,
        catch
    )]
    fn __idl_set_src(
        this: &HtmlImageElement,
        value: &str,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
    #[wasm_bindgen(constructor, js_class = "Image", catch)]
    fn __idl_new_image_0() -> ::std::result::Result<
        HtmlImageElement,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(constructor, js_class = "Image", catch)]
    fn __idl_new_image_1(
        width: u32,
    ) -> ::std::result::Result<
        HtmlImageElement,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(constructor, js_class = "Image", catch)]
    fn __idl_new_image_2(
        width: ::std::option::Option<u32>,
        height: u32,
    ) -> ::std::result::Result<
        HtmlImageElement,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl HtmlImageElement {
    /// ```webidl
    /// [CEReactions] attribute USVString src;
    /// ```
    #[inline]
    pub fn src(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw(self.__idl_src(), "HTMLImageElement.src")
    }
    /// ```webidl
    /// [CEReactions] attribute USVString src;
    /// ```
    #[inline]
    pub fn set_src(&self, value: &str) {
        ::idlbind::__private::no_throw(self.__idl_set_src(value), "HTMLImageElement.src")
    }
    /// ```webidl
    /// [LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)]
    /// ```
    #[inline]
    pub fn new_image() -> ::std::result::Result<HtmlImageElement, ::idlbind::JsError> {
        ::idlbind::__private::throws(Self::__idl_new_image_0())
    }
    /// [`new_image`](Self::new_image) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// [LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)]
    /// ```
    #[inline]
    pub fn new_image_with(
        width: impl ::std::convert::Into<::std::option::Option<u32>>,
        height: impl ::std::convert::Into<::std::option::Option<u32>>,
    ) -> ::std::result::Result<HtmlImageElement, ::idlbind::JsError> {
        let width = ::std::convert::Into::into(width);
        let height = ::std::convert::Into::into(height);
        if let ::std::option::Option::Some(height) = height {
            ::idlbind::__private::throws(Self::__idl_new_image_2(width, height))
        } else {
            if let ::std::option::Option::Some(width) = width {
                ::idlbind::__private::throws(Self::__idl_new_image_1(width))
            } else {
                ::idlbind::__private::throws(Self::__idl_new_image_0())
            }
        }
    }
}
impl ::idlbind::ToJs for HtmlImageElement {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for HtmlImageElement {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        ::idlbind::__private::wasm_bindgen::JsCast::dyn_into(value)
    }
}
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [Exposed=(Window,Worker), LegacyWindowAlias=(SVGMatrix, WebKitCSSMatrix)] interface DOMMatrix
    /// ```
    ///
    /// Exposed in: Window, Worker.
    #[doc(alias = "DOMMatrix")]
    #[wasm_bindgen(
        js_name = "DOMMatrix",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "DOMMatrix"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type DomMatrix;
    #[wasm_bindgen(constructor, js_class = "DOMMatrix", catch)]
    fn __idl_new_0() -> ::std::result::Result<
        DomMatrix,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(constructor, js_class = "DOMMatrix", catch)]
    fn __idl_new_1(
        init: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<DomMatrix, ::idlbind::__private::wasm_bindgen::JsValue>;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl DomMatrix {
    /// ```webidl
    /// constructor(optional (DOMString or sequence<unrestricted double>) init);
    /// ```
    #[inline]
    pub fn new() -> ::std::result::Result<DomMatrix, ::idlbind::JsError> {
        ::idlbind::__private::throws(Self::__idl_new_0())
    }
    /// [`new`](Self::new) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// constructor(optional (DOMString or sequence<unrestricted double>) init);
    /// ```
    #[inline]
    pub fn new_with(
        init: impl ::std::convert::Into<
            ::std::option::Option<DomStringOrUnrestrictedDoubleSequence>,
        >,
    ) -> ::std::result::Result<DomMatrix, ::idlbind::JsError> {
        let init = ::std::convert::Into::into(init);
        if let ::std::option::Option::Some(init) = init {
            let init = {
                let __member: &'static str = "DOMMatrix constructor";
                let __value = init;
                ::idlbind::ToJs::to_js(&__value)
            };
            ::idlbind::__private::throws(Self::__idl_new_1(init))
        } else {
            ::idlbind::__private::throws(Self::__idl_new_0())
        }
    }
}
impl ::idlbind::ToJs for DomMatrix {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for DomMatrix {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        ::idlbind::__private::wasm_bindgen::JsCast::dyn_into(value)
    }
}
/// `SVGMatrix`: the legacy name of [`DomMatrix`] that the global object also has (`[LegacyWindowAlias]`).
#[doc(alias = "SVGMatrix")]
pub type SvgMatrix = DomMatrix;
/// `WebKitCSSMatrix`: the legacy name of [`DomMatrix`] that the global object also has (`[LegacyWindowAlias]`).
#[doc(alias = "WebKitCSSMatrix")]
pub type WebKitCssMatrix = DomMatrix;
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [Exposed=Window] interface DOMTokenList
    /// ```
    ///
    /// Exposed in: Window.
    #[doc(alias = "DOMTokenList")]
    #[wasm_bindgen(
        js_name = "DOMTokenList",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "DOMTokenList"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type DomTokenList;
    #[wasm_bindgen(method, js_class = "DOMTokenList", js_name = "value", getter, catch)]
    fn __idl_value(
        this: &DomTokenList,
    ) -> ::std::result::Result<
        ::std::string::String,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(method, js_class = "DOMTokenList", js_name = "value", setter, catch)]
    fn __idl_set_value(
        this: &DomTokenList,
        value: &str,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl DomTokenList {
    /// ```webidl
    /// attribute DOMString value;
    /// ```
    #[inline]
    pub fn value(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw(self.__idl_value(), "DOMTokenList.value")
    }
    /// ```webidl
    /// attribute DOMString value;
    /// ```
    #[inline]
    pub fn set_value(&self, value: &str) {
        ::idlbind::__private::no_throw(self.__idl_set_value(value), "DOMTokenList.value")
    }
}
impl ::idlbind::ToJs for DomTokenList {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for DomTokenList {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        ::idlbind::__private::wasm_bindgen::JsCast::dyn_into(value)
    }
}
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [Exposed=Window] interface Element
    /// ```
    ///
    /// Exposed in: Window.
    #[wasm_bindgen(
        js_name = "Element",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Element"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Element;
    #[wasm_bindgen(method, js_class = "Element", js_name = "classList", getter, catch)]
    fn __idl_class_list(
        this: &Element,
    ) -> ::std::result::Result<
        DomTokenList,
        ::idlbind::__private::wasm_bindgen::JsValue,
    >;
    #[wasm_bindgen(method, js_class = "Element", js_name = "classList", setter, catch)]
    fn __idl_set_class_list(
        this: &Element,
        value: &str,
    ) -> ::std::result::Result<(), ::idlbind::__private::wasm_bindgen::JsValue>;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Element {
    /// ```webidl
    /// [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;
    /// ```
    #[inline]
    pub fn class_list(&self) -> DomTokenList {
        ::idlbind::__private::no_throw(self.__idl_class_list(), "Element.classList")
    }
    /// ```webidl
    /// [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;
    /// ```
    #[inline]
    pub fn set_class_list(&self, value: &str) {
        ::idlbind::__private::no_throw(
            self.__idl_set_class_list(value),
            "Element.classList",
        )
    }
}
impl ::idlbind::ToJs for Element {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for Element {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        ::idlbind::__private::wasm_bindgen::JsCast::dyn_into(value)
    }
}
/// The Web IDL union type:
///
/// ```webidl
/// (DOMString or sequence<unrestricted double>)
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum DomStringOrUnrestrictedDoubleSequence {
    /// `DOMString`
    DomString(::std::string::String),
    /// `sequence<unrestricted double>`
    UnrestrictedDoubleSequence(::std::vec::Vec<f64>),
}
impl ::std::convert::From<::std::string::String>
for DomStringOrUnrestrictedDoubleSequence {
    fn from(value: ::std::string::String) -> Self {
        Self::DomString(value)
    }
}
impl ::std::convert::From<&str> for DomStringOrUnrestrictedDoubleSequence {
    fn from(value: &str) -> Self {
        Self::DomString(::std::string::String::from(value))
    }
}
impl ::std::convert::From<::std::vec::Vec<f64>>
for DomStringOrUnrestrictedDoubleSequence {
    fn from(value: ::std::vec::Vec<f64>) -> Self {
        Self::UnrestrictedDoubleSequence(value)
    }
}
impl ::idlbind::ToJs for DomStringOrUnrestrictedDoubleSequence {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        match self {
            Self::DomString(value) => ::idlbind::ToJs::to_js(value),
            Self::UnrestrictedDoubleSequence(value) => ::idlbind::ToJs::to_js(value),
        }
    }
}
impl ::idlbind::FromJs for DomStringOrUnrestrictedDoubleSequence {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        if ::idlbind::__private::is_iterable_object(&value) {
            return <::std::vec::Vec<f64> as ::idlbind::FromJs>::from_js(value)
                .map(Self::UnrestrictedDoubleSequence);
        }
        if value.is_string() {
            return <::std::string::String as ::idlbind::FromJs>::from_js(value)
                .map(Self::DomString);
        }
        ::std::result::Result::Ok(
            Self::DomString(::idlbind::__private::js_to_string(&value)),
        )
    }
}
