//! The same members as `idl_side`, bound by hand with `#[wasm_bindgen] extern`, as a careful
//! user writes them: a dictionary argument is built by one JavaScript function taking every
//! member (one crossing), a dictionary result is an extern type read with one getter per
//! member, a union result is a `JsValue` the caller tests.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    pub type EventTarget;
    #[wasm_bindgen(method, js_name = addEventListener)]
    pub fn add_event_listener(this: &EventTarget, type_: &str, listener: &js_sys::Function);
    #[wasm_bindgen(method, js_name = removeEventListener)]
    pub fn remove_event_listener(this: &EventTarget, type_: &str, listener: &js_sys::Function);

    #[wasm_bindgen(extends = EventTarget)]
    pub type Node;
    #[wasm_bindgen(method, getter, js_name = nodeType)]
    pub fn node_type(this: &Node) -> u16;
    #[wasm_bindgen(method, js_name = hasChildNodes)]
    pub fn has_child_nodes(this: &Node) -> bool;
    #[wasm_bindgen(method, getter, js_name = childNodes)]
    pub fn child_nodes(this: &Node) -> NodeList;

    pub type NodeList;
    #[wasm_bindgen(method, getter)]
    pub fn length(this: &NodeList) -> u32;
    #[wasm_bindgen(method)]
    pub fn item(this: &NodeList, index: u32) -> Option<Node>;

    #[wasm_bindgen(extends = Node, extends = EventTarget)]
    pub type Element;
    #[wasm_bindgen(method, js_name = getAttribute)]
    pub fn get_attribute(this: &Element, name: &str) -> Option<String>;

    pub type MouseEvent;
    #[wasm_bindgen(constructor, catch)]
    pub fn new(type_: &str, init: &JsValue) -> Result<MouseEvent, JsValue>;

    pub type FontFaceSet;
    #[wasm_bindgen(method, getter)]
    pub fn ready(this: &FontFaceSet) -> js_sys::Promise;

    pub type CanvasRenderingContext2D;
    #[wasm_bindgen(method, getter, js_name = fillStyle)]
    pub fn fill_style(this: &CanvasRenderingContext2D) -> JsValue;
    #[wasm_bindgen(method, setter, js_name = fillStyle)]
    pub fn set_fill_style(this: &CanvasRenderingContext2D, value: &str);

    pub type AnimationEffect;
    #[wasm_bindgen(method, js_name = getTiming)]
    pub fn get_timing(this: &AnimationEffect) -> EffectTiming;

    pub type EffectTiming;
    #[wasm_bindgen(method, getter)]
    pub fn delay(this: &EffectTiming) -> f64;
    #[wasm_bindgen(method, getter, js_name = endDelay)]
    pub fn end_delay(this: &EffectTiming) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn fill(this: &EffectTiming) -> String;
    #[wasm_bindgen(method, getter, js_name = iterationStart)]
    pub fn iteration_start(this: &EffectTiming) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn iterations(this: &EffectTiming) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn duration(this: &EffectTiming) -> JsValue;
    #[wasm_bindgen(method, getter)]
    pub fn direction(this: &EffectTiming) -> String;
    #[wasm_bindgen(method, getter)]
    pub fn easing(this: &EffectTiming) -> String;
}

#[wasm_bindgen(
    inline_js = "export function mouse_event_init(bubbles, cancelable, composed, detail, ctrlKey, shiftKey, clientX, clientY) {
  return { bubbles, cancelable, composed, detail, ctrlKey, shiftKey, clientX, clientY };
}"
)]
extern "C" {
    /// A `MouseEventInit` with its eight members, built in one call.
    #[allow(clippy::too_many_arguments)]
    pub fn mouse_event_init(
        bubbles: bool,
        cancelable: bool,
        composed: bool,
        detail: i32,
        ctrl_key: bool,
        shift_key: bool,
        client_x: i32,
        client_y: i32,
    ) -> JsValue;
}
