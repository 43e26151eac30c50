//! The slice of the DOM this example uses.
//!
//! Hand-written `wasm-bindgen` imports for now, so the build-and-run pipeline
//! can be proven end to end. This whole module is meant to be replaced by an
//! `idlbind::idl! { ... }` block declaring Node, Element and Document: the rest
//! of the crate only uses the names and methods below.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `interface Node : EventTarget`
    #[derive(Clone, Debug)]
    pub type Node;

    /// `attribute DOMString? textContent`
    #[wasm_bindgen(method, getter, js_name = textContent)]
    pub fn text_content(this: &Node) -> Option<String>;

    #[wasm_bindgen(method, setter, js_name = textContent)]
    pub fn set_text_content(this: &Node, value: Option<&str>);

    /// `Node appendChild(Node node)`
    #[wasm_bindgen(method, catch, js_name = appendChild)]
    pub fn append_child(this: &Node, node: &Node) -> Result<Node, JsValue>;

    /// `[SameObject] readonly attribute NodeList childNodes`
    #[wasm_bindgen(method, getter, js_name = childNodes)]
    pub fn child_nodes(this: &Node) -> NodeList;

    /// `interface NodeList`
    #[derive(Clone, Debug)]
    pub type NodeList;

    /// `readonly attribute unsigned long length`
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &NodeList) -> u32;

    /// `interface Element : Node`
    #[wasm_bindgen(extends = Node)]
    #[derive(Clone, Debug)]
    pub type Element;

    /// `readonly attribute DOMString tagName`
    #[wasm_bindgen(method, getter, js_name = tagName)]
    pub fn tag_name(this: &Element) -> String;

    /// `undefined setAttribute(DOMString qualifiedName, DOMString value)`
    #[wasm_bindgen(method, catch, js_name = setAttribute)]
    pub fn set_attribute(this: &Element, name: &str, value: &str) -> Result<(), JsValue>;

    /// `DOMString? getAttribute(DOMString qualifiedName)`
    #[wasm_bindgen(method, js_name = getAttribute)]
    pub fn get_attribute(this: &Element, name: &str) -> Option<String>;

    /// `interface Document : Node`
    #[wasm_bindgen(extends = Node)]
    #[derive(Clone, Debug)]
    pub type Document;

    /// `Element createElement(DOMString localName)`
    #[wasm_bindgen(method, catch, js_name = createElement)]
    pub fn create_element(this: &Document, local_name: &str) -> Result<Element, JsValue>;

    /// `Element? getElementById(DOMString elementId)`
    #[wasm_bindgen(method, js_name = getElementById)]
    pub fn get_element_by_id(this: &Document, element_id: &str) -> Option<Element>;

    /// `attribute DOMString title`
    #[wasm_bindgen(method, setter)]
    pub fn set_title(this: &Document, value: &str);

    /// The global `document`.
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Document;
}

/// The page's `document`.
pub fn document() -> Document {
    DOCUMENT.with(Document::clone)
}
