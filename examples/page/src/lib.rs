//! The page protocol of the example apps (all but hello-dom, which has its own page): the
//! shared `examples/page/index.html` loads `pkg/app.js`, awaits its exported `run()`, and sets
//! `document.title` to `done`, or to `failed` if `run()` rejected or panicked.
//! `scripts/example.sh NAME` prints the lines the app logged.
//!
//! This crate is the page's side in Rust: [`log`] writes a line to the page, and
//! [`report_panics`] logs a panic's message before the wasm instance stops.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    /// Defined by `index.html`: appends the line to `<pre id="log">` and the console.
    #[wasm_bindgen(js_namespace = globalThis, js_name = exampleLog)]
    pub fn log(line: &str);
}

/// Logs a panic's message: a panic aborts the wasm instance, after the hook has run.
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| log(&format!("FAILED: {info}"))));
}
