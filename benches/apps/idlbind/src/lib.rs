//! The size benchmark's app: builds a list of ten items, counts clicks on it with an event
//! listener, dispatches three clicks and writes the count. The same app is written with idlbind,
//! web-sys and hand-written externs (benches/apps/).

use std::cell::Cell;
use std::rc::Rc;

use idlbind::idl;
use wasm_bindgen::prelude::wasm_bindgen;

idl! {
    [Exposed=*]
    interface Event {
      constructor(DOMString type, optional EventInit eventInitDict = {});
    };

    dictionary EventInit {
      boolean bubbles = false;
      boolean cancelable = false;
      boolean composed = false;
    };

    [Exposed=*]
    interface EventTarget {
      undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});
      undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});
      boolean dispatchEvent(Event event);
    };

    callback interface EventListener {
      undefined handleEvent(Event event);
    };

    dictionary EventListenerOptions {
      boolean capture = false;
    };

    dictionary AddEventListenerOptions : EventListenerOptions {
      boolean passive;
      boolean once = false;
      AbortSignal signal;
    };

    [Exposed=*]
    interface AbortSignal : EventTarget {};

    [Exposed=Window]
    interface Node : EventTarget {
      [CEReactions] attribute DOMString? textContent;
      [CEReactions, Throws] Node appendChild(Node node);
    };

    [Exposed=Window]
    interface Document : Node {
      [CEReactions, NewObject, Throws] Element createElement(DOMString localName);
      attribute HTMLElement? body;
    };

    [Exposed=Window]
    interface Element : Node {
      [CEReactions, Throws] undefined setAttribute(DOMString qualifiedName, DOMString value);
    };

    [Exposed=Window]
    interface HTMLElement : Element {};

    [Global=Window, Exposed=Window, LegacyUnenumerableNamedProperties]
    interface Window : EventTarget {
      [LegacyUnforgeable] readonly attribute Document document;
    };
}

#[wasm_bindgen(start)]
pub fn start() -> Result<(), idlbind::JsError> {
    let document = document();
    let list = document.create_element("ul")?;
    for index in 0..10 {
        let item = document.create_element("li")?;
        item.set_attribute("data-index", &index.to_string())?;
        item.set_text_content(Some(&format!("item {index}")));
        list.append_child(&item)?;
    }
    let clicks = Rc::new(Cell::new(0));
    let counted = clicks.clone();
    let guard = list.add_event_listener("click", move |_: Event| counted.set(counted.get() + 1));
    for _ in 0..3 {
        list.dispatch_event(&Event::new("click")?);
    }
    drop(guard);
    list.set_text_content(Some(&format!("{} clicks", clicks.get())));
    document.body().expect("a body").append_child(&list)?;
    Ok(())
}
