//! The size benchmark's app: builds a list of ten items, counts clicks on it with an event
//! listener, dispatches three clicks and writes the count. The same app is written with idlbind,
//! web-sys and hand-written externs (benches/apps/).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type EventTarget;
    #[wasm_bindgen(method, js_name = addEventListener)]
    fn add_event_listener(this: &EventTarget, type_: &str, listener: &js_sys::Function);
    #[wasm_bindgen(method, js_name = removeEventListener)]
    fn remove_event_listener(this: &EventTarget, type_: &str, listener: &js_sys::Function);
    #[wasm_bindgen(method, js_name = dispatchEvent)]
    fn dispatch_event(this: &EventTarget, event: &Event) -> bool;

    type Event;
    #[wasm_bindgen(constructor)]
    fn new(type_: &str) -> Event;

    #[wasm_bindgen(extends = EventTarget)]
    type Node;
    #[wasm_bindgen(method, setter, js_name = textContent)]
    fn set_text_content(this: &Node, value: Option<&str>);
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_child(this: &Node, node: &Node) -> Node;

    #[wasm_bindgen(extends = Node, extends = EventTarget)]
    type Element;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute(this: &Element, name: &str, value: &str);

    #[wasm_bindgen(extends = Node, extends = EventTarget)]
    type Document;
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Document;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &Document, name: &str) -> Element;
    #[wasm_bindgen(method, getter)]
    fn body(this: &Document) -> Option<Element>;
}

#[wasm_bindgen(start)]
pub fn start() {
    let document = DOCUMENT.with(|document| {
        AsRef::<JsValue>::as_ref(document)
            .clone()
            .unchecked_into::<Document>()
    });
    let list = document.create_element("ul");
    for index in 0..10 {
        let item = document.create_element("li");
        item.set_attribute("data-index", &index.to_string());
        item.set_text_content(Some(&format!("item {index}")));
        list.append_child(&item);
    }
    let clicks = Rc::new(Cell::new(0));
    let counted = clicks.clone();
    let listener = Closure::<dyn FnMut(Event)>::new(move |_: Event| counted.set(counted.get() + 1));
    let function: &js_sys::Function = listener.as_ref().unchecked_ref();
    list.add_event_listener("click", function);
    for _ in 0..3 {
        list.dispatch_event(&Event::new("click"));
    }
    list.remove_event_listener("click", function);
    drop(listener);
    list.set_text_content(Some(&format!("{} clicks", clicks.get())));
    document.body().expect("a body").append_child(&list);
}
