#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface Node : EventTarget
    /// ```
    #[wasm_bindgen(
        js_name = "Node",
        extends = EventTarget,
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Node"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Node;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Node {}
impl ::idlbind::ToJs for Node {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for Node {
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
    /// interface Element : Node
    /// ```
    #[wasm_bindgen(
        js_name = "Element",
        extends = Node,
        extends = EventTarget,
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Element"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Element;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Element {}
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
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// interface HTMLElement : Element
    /// ```
    #[doc(alias = "HTMLElement")]
    #[wasm_bindgen(
        js_name = "HTMLElement",
        extends = Element,
        extends = Node,
        extends = EventTarget,
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "HTMLElement"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type HtmlElement;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl HtmlElement {}
impl ::idlbind::ToJs for HtmlElement {
    fn to_js(&self) -> ::idlbind::__private::wasm_bindgen::JsValue {
        ::std::clone::Clone::clone(
            ::std::convert::AsRef::<
                ::idlbind::__private::wasm_bindgen::JsValue,
            >::as_ref(self),
        )
    }
}
impl ::idlbind::FromJs for HtmlElement {
    fn from_js(
        value: ::idlbind::__private::wasm_bindgen::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::__private::wasm_bindgen::JsValue> {
        ::idlbind::__private::wasm_bindgen::JsCast::dyn_into(value)
    }
}
