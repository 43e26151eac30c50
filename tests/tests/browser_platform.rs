//! Platform definitions bound by name, with no IDL copied, in headless Chromium: the canvas
//! (a `RenderingContext` union result whose variants are all usable), pixels read back, a
//! dictionary argument, events, and a niche API (URLPattern); and a block binding only the
//! members its `use` list names.

use idlbind::{JsCast, idl};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

idl! {
    #![platform]
    use Window, Document, Element, HTMLCanvasElement, CanvasRenderingContext2D, ImageData,
        MouseEvent, EventTarget, URLPattern, URL;
}

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .dyn_into()
        .expect("a <canvas> element is an HTMLCanvasElement");
    canvas.set_width(width);
    canvas.set_height(height);
    canvas
}

#[wasm_bindgen_test]
fn get_context_returns_the_2d_variant_of_the_rendering_context_union() {
    let canvas = canvas(4, 4);
    let Some(RenderingContext::CanvasRenderingContext2D(context)) = canvas.get_context("2d") else {
        panic!("getContext(\"2d\") is a CanvasRenderingContext2D");
    };
    assert_eq!(context.canvas(), canvas);
    assert!(canvas.get_context("no such context").is_none());
}

#[wasm_bindgen_test]
fn a_filled_rectangle_reads_back_as_its_pixels() {
    let canvas = canvas(4, 2);
    let Some(RenderingContext::CanvasRenderingContext2D(context)) = canvas.get_context("2d") else {
        panic!("a 2d context");
    };
    context.set_fill_style("rgb(255, 0, 0)");
    context.fill_rect(0.0, 0.0, 2.0, 2.0);
    context.set_fill_style("#0000ff");
    context.fill_rect(2.0, 0.0, 2.0, 2.0);
    let image = context.get_image_data(1, 1, 2, 1);
    assert_eq!((image.width(), image.height()), (2, 1));
    let ImageDataArray::Uint8ClampedArray(pixels) = image.data() else {
        panic!("an sRGB 2d context's pixels are a Uint8ClampedArray");
    };
    assert_eq!(pixels.to_vec(), [255, 0, 0, 255, 0, 0, 255, 255]);
}

#[wasm_bindgen_test]
fn a_mouse_event_from_a_dictionary_reaches_a_listener() {
    let target = document().create_element("div");
    let seen = std::rc::Rc::new(std::cell::Cell::new((0, 0)));
    let record = seen.clone();
    let _guard = target.add_event_listener("click", move |event: Event| {
        let event: MouseEvent = event.dyn_into().expect("a click is a MouseEvent");
        record.set((event.client_x(), event.client_y()));
    });
    let init = MouseEventInit {
        client_x: 12,
        client_y: 34,
        ..Default::default()
    };
    let event = MouseEvent::new_with("click", &init).expect("a MouseEvent");
    assert!(target.dispatch_event(&event));
    assert_eq!(seen.get(), (12, 34));
}

#[wasm_bindgen_test]
fn a_niche_api_by_name_url_pattern() {
    let input = |text: &str| Some(UrlPatternInput::from(text));
    let pattern = UrlPattern::new_with(input("https://example.com/books/:id"), None)
        .expect("a valid pattern");
    assert!(pattern.test_with(input("https://example.com/books/123"), None));
    let result = pattern
        .exec_with(input("https://example.com/books/123"), None)
        .expect("the URL matches");
    let groups = result.pathname.expect("a pathname result").groups.unwrap();
    assert_eq!(groups[0].0, "id");
    assert!(!pattern.test_with(input("https://example.com/films/1"), None));
    let error = UrlPattern::new_with(input("("), None).unwrap_err();
    assert_eq!(error.name(), "TypeError");
}

/// The README's first example.
#[wasm_bindgen_test]
fn the_readme_example() -> Result<(), idlbind::JsError> {
    let canvas: HtmlCanvasElement = document().create_element("canvas").dyn_into().unwrap();
    let Some(RenderingContext::CanvasRenderingContext2D(context)) = canvas.get_context("2d") else {
        unreachable!("a 2d context")
    };
    context.set_fill_style("#f80");
    context.fill_rect(0.0, 0.0, 10.0, 10.0);
    let ImageDataArray::Uint8ClampedArray(pixel) = context.get_image_data(5, 5, 1, 1).data() else {
        unreachable!("sRGB pixels")
    };
    assert_eq!(pixel.to_vec(), [255, 136, 0, 255]);

    let url = Url::new_with("../c", "https://example.com/a/b/")?;
    assert_eq!(url.pathname(), "/a/c");
    assert_eq!(Url::new("not a url").unwrap_err().name(), "TypeError");
    Ok(())
}

/// A block that names members: only those are bound (its own types, beside the block above's).
mod listed {
    idlbind::idl! {
        #![platform]
        use Window::document,
            Document::{createElement, body},
            Node::{appendChild, textContent},
            Element::{setAttribute, getAttribute, id},
            URL::{constructor, searchParams},
            URLSearchParams::get;
    }
}

#[wasm_bindgen_test]
fn a_use_list_of_members_binds_those_members() -> Result<(), idlbind::JsError> {
    let document = listed::document();
    let element = document.create_element("p");
    element.set_attribute("data-answer", "42");
    element.set_text_content(Some("listed"));
    element.set_id("member-list");
    // `body` is an `HTMLElement`, declared only: `append_child` is `Node`'s, through `Deref`.
    let body = document.body().expect("the test page has a body");
    body.append_child(&element);
    assert_eq!(element.get_attribute("data-answer").as_deref(), Some("42"));
    assert_eq!(element.id(), "member-list");
    assert!(body.text_content().unwrap_or_default().contains("listed"));
    let url = listed::Url::new("https://example.com/search?q=rust&page=2")?;
    assert_eq!(url.search_params().get("page").as_deref(), Some("2"));
    Ok(())
}
