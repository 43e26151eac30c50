//! canvas: draws on a `<canvas>` through the platform's 2D context, bound by name with no IDL
//! copied, and reads the pixels back.

use idlbind::{JsCast, JsError, idl};
use idlbind_example_page::{log, report_panics};
use wasm_bindgen::prelude::wasm_bindgen;

idl! {
    #![platform]
    use Window, Document, Element, HTMLCanvasElement, CanvasRenderingContext2D, ImageData,
        TextMetrics;
}

/// The RGBA bytes of one pixel.
fn pixel(context: &CanvasRenderingContext2D, x: i32, y: i32) -> Vec<u8> {
    match context.get_image_data(x, y, 1, 1).data() {
        ImageDataArray::Uint8ClampedArray(bytes) => bytes.to_vec(),
        other => panic!("an sRGB canvas has 8-bit pixels, not {other:?}"),
    }
}

#[wasm_bindgen]
pub fn run() -> Result<(), JsError> {
    report_panics();
    let doc = document();
    let canvas: HtmlCanvasElement = doc
        .create_element("canvas")
        .dyn_into()
        .expect("a <canvas> is an HTMLCanvasElement");
    canvas.set_width(64);
    canvas.set_height(32);
    doc.get_element_by_id("app")
        .expect("the page has #app")
        .append_child(&canvas);
    let Some(RenderingContext::CanvasRenderingContext2D(context)) = canvas.get_context("2d") else {
        panic!("getContext(\"2d\") gives a CanvasRenderingContext2D");
    };
    log(&format!(
        "a {}x{} canvas with its 2d context",
        canvas.width(),
        canvas.height()
    ));

    context.set_fill_style("white");
    context.fill_rect(0.0, 0.0, 64.0, 32.0);
    context.set_fill_style("rgb(255, 0, 0)");
    context.fill_rect(0.0, 0.0, 32.0, 32.0);
    context.set_fill_style("#0000ff");
    context.begin_path();
    context.arc(48.0, 16.0, 10.0, 0.0, std::f64::consts::TAU);
    context.fill();
    log("drew a red square, a blue disc and a white background");

    let (square, disc, corner) = (
        pixel(&context, 16, 16),
        pixel(&context, 48, 16),
        pixel(&context, 63, 0),
    );
    assert_eq!(square, [255, 0, 0, 255]);
    assert_eq!(disc, [0, 0, 255, 255]);
    assert_eq!(corner, [255, 255, 255, 255]);
    log(&format!(
        "read back: square {square:?}, disc {disc:?}, corner {corner:?}"
    ));

    context.set_font("16px sans-serif");
    let width = context.measure_text("idlbind").width();
    assert!(width > 20.0, "the text has a width: {width}");
    let url = canvas.to_data_url();
    assert!(url.starts_with("data:image/png;base64,"));
    log(&format!(
        "\"idlbind\" measures {width:.0} px; toDataURL() gives {} bytes of PNG data URL",
        url.len()
    ));
    Ok(())
}
