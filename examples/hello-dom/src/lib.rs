//! hello-dom: builds a few DOM nodes from Rust through bindings that `idl!` generates from
//! the web platform's own IDL, named with no IDL copied.
//!
//! `scripts/example.sh` builds this crate to wasm, serves it with `index.html`, loads it in
//! headless Chromium and prints the `<pre id="log">` lines. The page protocol: every step logs
//! one line through [`log`]; at the end `document.title` becomes `done`, or `failed` if a step
//! panicked or returned an error.
//!
//! `document()` is a free function: `Window` is named, and the members of the `[Global]`
//! `Window` interface are bound to `globalThis`.

use idlbind::{DomExceptionName, JsCast, JsError, idl};
use wasm_bindgen::prelude::wasm_bindgen;

idl! {
    #![platform]
    use Window, Document, Node, Element, HTMLInputElement, URL, WebSocket;
}

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
    // A panic aborts the wasm instance right after the hook, so the hook is the last chance
    // to tell the page (and the script watching it) why.
    std::panic::set_hook(Box::new(|info| {
        log(&format!("FAILED: {info}"));
        document().set_title(TITLE_FAILED);
    }));

    match run() {
        Ok(()) => {
            log("all steps passed");
            document().set_title(TITLE_DONE);
        }
        Err(error) => {
            log(&format!("FAILED: {error}"));
            document().set_title(TITLE_FAILED);
        }
    }
}

/// The steps, in order. Each one logs what it did; a wrong result panics.
fn run() -> Result<(), JsError> {
    let doc = document();
    let app = doc
        .get_element_by_id("app")
        .expect("index.html has an #app element");

    // Step 1: build a list.
    let list = doc.create_element("ul");
    for i in 1..=3 {
        let item = doc.create_element("li");
        item.set_text_content(Some(&format!("item {i}")));
        list.append_child(&item);
    }
    app.append_child(&list);
    let children = list.child_element_count();
    assert_eq!(children, 3, "child count of the new <ul>");
    log(&format!(
        "created <{}> with {children} <li> children",
        list.tag_name().to_lowercase()
    ));

    // Step 2: walk the tree.
    let mut texts = Vec::new();
    let mut node = list.first_child();
    while let Some(current) = node {
        assert_eq!(current.node_type(), Node::ELEMENT_NODE);
        texts.push(current.text_content().unwrap_or_default());
        node = current.next_sibling();
    }
    assert_eq!(texts, ["item 1", "item 2", "item 3"]);
    log(&format!("walked the children: {texts:?}"));

    // Step 3: attributes round-trip, and a missing one reads as None.
    list.set_attribute("data-greeting", "hello");
    let greeting = list.get_attribute("data-greeting");
    assert_eq!(greeting.as_deref(), Some("hello"));
    let missing = list.get_attribute("data-missing");
    assert_eq!(missing, None);
    log(&format!(
        "set data-greeting, read back {greeting:?}; data-missing reads {missing:?}"
    ));

    // Step 4: a checked downcast, then a method of the subclass.
    let input: HtmlInputElement = doc
        .create_element("input")
        .dyn_into()
        .expect("an <input> element is an HTMLInputElement");
    input.set_type("number");
    input.set_value("41");
    input.step_up();
    assert_eq!(input.value(), "42");
    let not_input = doc
        .create_element("div")
        .dyn_into::<HtmlInputElement>()
        .is_err();
    assert!(not_input);
    log(&format!(
        "downcast <input> to HTMLInputElement, stepUp() made its value {}; a <div> refused the downcast",
        input.value()
    ));

    // Step 5: errors of constructors (which always return `Result`), matched by kind.
    let error = Url::new("not a url").unwrap_err();
    assert_eq!(error.name(), "TypeError");
    let error = WebSocket::new("ftp://example.com/").unwrap_err();
    assert!(error.is_dom_exception(DomExceptionName::SyntaxError));
    log(&format!(
        "new URL(\"not a url\") threw a TypeError, new WebSocket(\"ftp://example.com/\") threw {error}"
    ));

    let found = doc
        .query_selector("#app ul > li:last-child")
        .expect("the last item");
    log(&format!(
        "querySelector found {:?}",
        found.text_content().unwrap_or_default()
    ));
    Ok(())
}
