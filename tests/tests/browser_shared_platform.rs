//! Two crates, one Rust type per JavaScript class: `idlbind-test-shared-platform` binds
//! `Window`, `Document`, `Node`, `Element`, `HTMLElement` and `EventTarget` and exports
//! `shared_platform!`; the block below, written in it, binds `HTMLCanvasElement` and the 2D
//! context, and uses that crate's types instead of making its own: for the ancestors, and for
//! `HTMLCanvasElement` itself, which that crate declared (its `Document` mentions it), so its
//! members arrive here as the extension trait `HtmlCanvasElementExt`.

use idlbind::JsCast;
use idlbind_test_shared_platform as web;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

// A `#![platform]` block: the macro says so itself.
web::shared_platform! {
    use HTMLCanvasElement, CanvasRenderingContext2D;
}

#[wasm_bindgen_test]
fn the_ancestors_are_the_other_crates_types() {
    let canvas: HtmlCanvasElement = web::document()
        .create_element("canvas")
        .dyn_into()
        .expect("a <canvas> is an HTMLCanvasElement");
    // `Element` here is the other crate's own type: its function takes this crate's canvas.
    assert_eq!(web::tag_of(&canvas), "CANVAS");
    let element: &web::Element = canvas.as_ref();
    let same: &Element = element;
    assert_eq!(same.tag_name(), "CANVAS");
    // Methods of the other crate's types, on this crate's canvas, through `Deref`.
    canvas.set_attribute("data-from", "second crate");
    assert_eq!(
        canvas.get_attribute("data-from").as_deref(),
        Some("second crate")
    );
    // This crate's own members.
    canvas.set_width(3);
    assert_eq!(canvas.width(), 3);
    let Some(RenderingContext::CanvasRenderingContext2D(context)) = canvas.get_context("2d") else {
        panic!("a 2d context");
    };
    assert_eq!(context.canvas(), canvas);
}
