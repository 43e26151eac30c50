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
::idlbind::__private::interface_conversions!(Node);
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
::idlbind::__private::interface_conversions!(Element);
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
::idlbind::__private::interface_conversions!(HtmlElement);
