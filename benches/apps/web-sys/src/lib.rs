//! The size benchmark's app: builds a list of ten items, counts clicks on it with an event
//! listener, dispatches three clicks and writes the count. The same app is written with idlbind,
//! web-sys and hand-written externs (benches/apps/).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    let document = web_sys::window()
        .expect("a window")
        .document()
        .expect("a document");
    let list = document.create_element("ul")?;
    for index in 0..10 {
        let item = document.create_element("li")?;
        item.set_attribute("data-index", &index.to_string())?;
        item.set_text_content(Some(&format!("item {index}")));
        list.append_child(&item)?;
    }
    let clicks = Rc::new(Cell::new(0));
    let counted = clicks.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        counted.set(counted.get() + 1)
    });
    let function: &js_sys::Function = listener.as_ref().unchecked_ref();
    list.add_event_listener_with_callback("click", function)?;
    for _ in 0..3 {
        list.dispatch_event(&web_sys::Event::new("click")?)?;
    }
    list.remove_event_listener_with_callback("click", function)?;
    drop(listener);
    list.set_text_content(Some(&format!("{} clicks", clicks.get())));
    document.body().expect("a body").append_child(&list)?;
    Ok(())
}
