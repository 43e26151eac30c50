//! 30 platform definitions through web-sys's features (scripts/compile_cost.sh).

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn title() -> String {
    web_sys::window().unwrap().document().unwrap().title()
}
