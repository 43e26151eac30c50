//! hello-dom: builds a few DOM nodes from Rust through typed bindings.
//!
//! `scripts/example.sh` builds this crate to wasm, serves it with
//! `index.html`, loads it in headless Chromium and prints the `<pre id="log">`
//! lines. The page protocol: every step logs one line through [`log`]; at the
//! end `document.title` becomes `done`, or `failed` if a step panicked or
//! returned an error.

mod dom;

use dom::{Element, Node, document};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = log)]
    fn console_log(line: &str);
}

/// Title values that `scripts/example.sh` waits for.
const TITLE_DONE: &str = "done";
const TITLE_FAILED: &str = "failed";

/// Appends `line` to `<pre id="log">` and echoes it to the console.
pub fn log(line: &str) {
    console_log(line);
    if let Some(pre) = document().get_element_by_id("log") {
        let text = pre.text_content().unwrap_or_default();
        pre.set_text_content(Some(&format!("{text}{line}\n")));
    }
}

/// Entry point, run by the generated JS glue's `init()`.
#[wasm_bindgen(start)]
pub fn main() {
    // A panic aborts the wasm instance right after the hook, so the hook is
    // the last chance to tell the page (and the script watching it) why.
    std::panic::set_hook(Box::new(|info| {
        log(&format!("FAILED: {info}"));
        document().set_title(TITLE_FAILED);
    }));

    match run() {
        Ok(()) => {
            log("all steps passed");
            document().set_title(TITLE_DONE);
        }
        Err(err) => {
            log(&format!("FAILED: {err:?}"));
            document().set_title(TITLE_FAILED);
        }
    }
}

/// The steps, in order. Each one logs what it did; a wrong result panics.
fn run() -> Result<(), JsValue> {
    let doc = document();
    let app = doc
        .get_element_by_id("app")
        .ok_or_else(|| JsValue::from_str("index.html has no #app element"))?;

    // Step 1: build a list.
    let list = doc.create_element("ul")?;
    for i in 1..=3 {
        let item = doc.create_element("li")?;
        item.set_text_content(Some(&format!("item {i}")));
        list.append_child(&item)?;
    }
    app.append_child(&list)?;
    let children = list.child_nodes().length();
    assert_eq!(children, 3, "child count of the new <ul>");
    log(&format!(
        "created <{}> with {children} <li> children",
        list.tag_name().to_lowercase()
    ));

    // Step 2: attributes round-trip, and a missing one reads as None.
    list.set_attribute("data-greeting", "hello")?;
    let greeting = list.get_attribute("data-greeting");
    assert_eq!(greeting.as_deref(), Some("hello"));
    let missing = list.get_attribute("data-missing");
    assert_eq!(missing, None);
    log(&format!(
        "set data-greeting, read back {greeting:?}; data-missing reads {missing:?}"
    ));

    // Step 3: textContent concatenates the descendants' text.
    let text = list.text_content();
    assert_eq!(text.as_deref(), Some("item 1item 2item 3"));
    log(&format!("<ul>.textContent = {text:?}"));

    // Step 4: an Element is usable wherever a Node is expected.
    let heading = element_with_text("h2", "hello from Rust")?;
    let node: &Node = &heading;
    app.append_child(node)?;
    let app_children = app.child_nodes().length();
    assert_eq!(app_children, 2, "child count of #app");
    log(&format!(
        "appended <{}> to #app, which now has {app_children} children",
        heading.tag_name().to_lowercase()
    ));
    Ok(())
}

fn element_with_text(tag: &str, text: &str) -> Result<Element, JsValue> {
    let el = document().create_element(tag)?;
    el.set_text_content(Some(text));
    Ok(el)
}
