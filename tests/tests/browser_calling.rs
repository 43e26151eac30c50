//! Calling conventions against the real platform in headless Chromium: the three overloads of
//! `CanvasRenderingContext2D.drawImage` (which cannot fold: distinct names), `fillText` with
//! and without its optional `maxWidth`, the variadic `Element.append` and `before`, the
//! `[Global]` `Window`'s members as free functions (`document()`, `name()`), and the `CSS`
//! namespace as a module.
//!
//! The canvas IDL is the HTML Standard's (`tests/idl/webref/html.idl`, @webref/idl 3.85.0),
//! verbatim except that the context interface includes only the mixins used here and the
//! types the union typedefs mention but these tests do not use are empty interfaces.

use idlbind::{JsValue, idl};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

idl! {
    #![file = "idl/dom.webidl"]
}

pub use html::*;

mod html {
    use super::*;

    idl! {
        #![refer = "idl/dom.webidl"]

        // From html.idl; the members of `Window` used here.
        [Global=Window,
         Exposed=Window,
         LegacyUnenumerableNamedProperties]
        interface Window : EventTarget {
          [LegacyUnforgeable] readonly attribute Document document;
          attribute DOMString name;
        };

        [Exposed=Window]
        interface HTMLElement : Element {};

        [Exposed=Window]
        interface HTMLCanvasElement : HTMLElement {
          [HTMLConstructor] constructor();

          [CEReactions] attribute unsigned long width;
          [CEReactions] attribute unsigned long height;

          // The context types other than 2D are left out: the result is the 2D context.
          CanvasRenderingContext2D? getContext(DOMString contextId, optional any options = null);
        };

        typedef (HTMLImageElement or
                 SVGImageElement) HTMLOrSVGImageElement;

        typedef (HTMLOrSVGImageElement or
                 HTMLVideoElement or
                 HTMLCanvasElement or
                 ImageBitmap or
                 OffscreenCanvas or
                 VideoFrame) CanvasImageSource;

        [Exposed=Window,
         LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)]
        interface HTMLImageElement : HTMLElement {
          [HTMLConstructor] constructor();

          [CEReactions] attribute unsigned long width;
          [CEReactions] attribute unsigned long height;
        };

        // DOM Standard (dom.idl): `Element.classList` is defined in another block (the DOM
        // file's), so this partial interface is an extension trait, `ElementExt`.
        partial interface Element {
          [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;
        };

        [Exposed=Window]
        interface DOMTokenList {
          readonly attribute unsigned long length;
          boolean contains(DOMString token);
          [CEReactions] attribute DOMString value;
        };

        // Geometry Interfaces (geometry.idl), the members used here.
        [Exposed=(Window,Worker),
         Serializable,
         LegacyWindowAlias=(SVGMatrix,WebKitCSSMatrix)]
        interface DOMMatrix {
          constructor(optional (DOMString or sequence<unrestricted double>) init);
          attribute unrestricted double e;
        };
        [Exposed=Window] interface SVGImageElement : Element {};
        [Exposed=Window] interface HTMLVideoElement : HTMLElement {};
        [Exposed=(Window,Worker)] interface ImageBitmap {};
        [Exposed=(Window,Worker)] interface OffscreenCanvas {};
        [Exposed=(Window,DedicatedWorker)] interface VideoFrame {};

        [Exposed=Window]
        interface CanvasRenderingContext2D {
          // back-reference to the canvas
          readonly attribute HTMLCanvasElement canvas;
        };
        CanvasRenderingContext2D includes CanvasRect;
        CanvasRenderingContext2D includes CanvasText;
        CanvasRenderingContext2D includes CanvasDrawImage;
        CanvasRenderingContext2D includes CanvasImageData;
        CanvasRenderingContext2D includes CanvasTextDrawingStyles;

        interface mixin CanvasRect {
          // rects
          undefined clearRect(unrestricted double x, unrestricted double y, unrestricted double w, unrestricted double h);
          undefined fillRect(unrestricted double x, unrestricted double y, unrestricted double w, unrestricted double h);
          undefined strokeRect(unrestricted double x, unrestricted double y, unrestricted double w, unrestricted double h);
        };

        interface mixin CanvasText {
          // text (see also the CanvasPathDrawingStyles and CanvasTextDrawingStyles interfaces)
          undefined fillText(DOMString text, unrestricted double x, unrestricted double y, optional unrestricted double maxWidth);
          undefined strokeText(DOMString text, unrestricted double x, unrestricted double y, optional unrestricted double maxWidth);
        };

        interface mixin CanvasDrawImage {
          // drawing images
          undefined drawImage(CanvasImageSource image, unrestricted double dx, unrestricted double dy);
          undefined drawImage(CanvasImageSource image, unrestricted double dx, unrestricted double dy, unrestricted double dw, unrestricted double dh);
          undefined drawImage(CanvasImageSource image, unrestricted double sx, unrestricted double sy, unrestricted double sw, unrestricted double sh, unrestricted double dx, unrestricted double dy, unrestricted double dw, unrestricted double dh);
        };

        interface mixin CanvasImageData {
          // pixel manipulation (getImageData only)
          ImageData getImageData([EnforceRange] long sx, [EnforceRange] long sy, [EnforceRange] long sw, [EnforceRange] long sh, optional ImageDataSettings settings = {});
        };

        interface mixin CanvasTextDrawingStyles {
          // text
          attribute DOMString font; // (default 10px sans-serif)
        };

        enum PredefinedColorSpace { "srgb", "srgb-linear", "display-p3", "display-p3-linear" };

        typedef (Uint8ClampedArray or Float16Array) ImageDataArray;

        enum ImageDataPixelFormat { "rgba-unorm8", "rgba-float16" };

        dictionary ImageDataSettings {
          PredefinedColorSpace colorSpace;
          ImageDataPixelFormat pixelFormat = "rgba-unorm8";
        };

        [Exposed=(Window,Worker),
         Serializable]
        interface ImageData {
          readonly attribute unsigned long width;
          readonly attribute unsigned long height;
          readonly attribute ImageDataArray data;
          readonly attribute ImageDataPixelFormat pixelFormat;
          readonly attribute PredefinedColorSpace colorSpace;
        };

        // CSS Object Model (cssom.idl), `CSSOMString` written as the `DOMString` it is here.
        [Exposed=Window]
        namespace CSS {
          DOMString escape(DOMString ident);
        };
    }
}

fn canvas(width: u32, height: u32) -> (HtmlCanvasElement, CanvasRenderingContext2D) {
    let canvas =
        HtmlCanvasElement::from(JsValue::from(document().create_element("canvas").unwrap()));
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas.get_context("2d").expect("a 2D context");
    (canvas, context)
}

/// The alpha of the pixel at (x, y).
fn alpha(context: &CanvasRenderingContext2D, x: i32, y: i32) -> u8 {
    match context.get_image_data(x, y, 1, 1).data() {
        ImageDataArray::Uint8ClampedArray(data) => data.to_vec()[3],
        other => panic!("an 8-bit canvas gives 8-bit data, not {other:?}"),
    }
}

/// How many pixels of the rectangle are painted.
fn painted(context: &CanvasRenderingContext2D, width: i32, height: i32) -> usize {
    match context.get_image_data(0, 0, width, height).data() {
        ImageDataArray::Uint8ClampedArray(data) => {
            data.to_vec().chunks(4).filter(|pixel| pixel[3] > 0).count()
        }
        other => panic!("an 8-bit canvas gives 8-bit data, not {other:?}"),
    }
}

#[wasm_bindgen_test]
fn draw_image_overloads_have_names_of_their_own() {
    let (source, source_context) = canvas(2, 2);
    source_context.fill_rect(0.0, 0.0, 2.0, 2.0);
    let (_, context) = canvas(40, 40);

    context.draw_image(&source, 0.0, 0.0);
    assert_eq!(alpha(&context, 1, 1), 255);
    assert_eq!(alpha(&context, 2, 2), 0);

    // Scaled to 4 × 4 at (10, 10).
    context.draw_image_with_dw_dh(&source, 10.0, 10.0, 4.0, 4.0);
    assert_eq!(alpha(&context, 13, 13), 255);
    assert_eq!(alpha(&context, 14, 14), 0);

    // One source pixel, scaled to 3 × 3 at (20, 20).
    context.draw_image_with_sx_sy_sw_sh_dw_dh(&source, 0.0, 0.0, 1.0, 1.0, 20.0, 20.0, 3.0, 3.0);
    assert_eq!(alpha(&context, 22, 22), 255);
    assert_eq!(alpha(&context, 23, 23), 0);
    assert_eq!(painted(&context, 40, 40), 4 + 16 + 9);
}

#[wasm_bindgen_test]
fn fill_text_with_and_without_max_width() {
    let (_, wide) = canvas(200, 40);
    wide.set_font("30px sans-serif");
    wide.fill_text("Wide text", 0.0, 30.0);
    let (_, narrow) = canvas(200, 40);
    narrow.set_font("30px sans-serif");
    narrow.fill_text_with("Wide text", 0.0, 30.0, 20.0);
    let (full, squeezed) = (painted(&wide, 200, 40), painted(&narrow, 200, 40));
    assert!(squeezed > 0, "the text is drawn");
    assert!(
        squeezed * 2 < full,
        "maxWidth squeezes the text: {squeezed} painted pixels against {full}"
    );
    // Past 20 pixels, nothing of the squeezed text.
    let mut beyond = 0;
    for x in 21..60 {
        for y in 0..40 {
            beyond += usize::from(alpha(&narrow, x, y) > 0);
        }
    }
    assert_eq!(beyond, 0);
}

#[wasm_bindgen_test]
fn variadic_append_and_before_take_nodes_and_strings() {
    let div = document().create_element("div").unwrap();
    let span = document().create_element("span").unwrap();
    span.set_text_content(Some("b"));
    div.append([
        NodeOrDomString::from("a"),
        NodeOrDomString::from(&*span),
        NodeOrDomString::from("c"),
    ]);
    assert_eq!(div.text_content().as_deref(), Some("abc"));
    assert_eq!(div.child_element_count(), 1);
    span.before(["<", ">"]);
    assert_eq!(div.text_content().as_deref(), Some("a<>bc"));
    div.append(Vec::<NodeOrDomString>::new());
    assert_eq!(div.text_content().as_deref(), Some("a<>bc"));
    div.replace_children(["only"]);
    assert_eq!(div.text_content().as_deref(), Some("only"));
}

#[wasm_bindgen_test]
fn global_members_are_free_functions() {
    let element = document().create_element("p").unwrap();
    assert_eq!(element.tag_name(), "P");
    set_name("idlbind-window");
    assert_eq!(name(), "idlbind-window");
    let window: Window = idlbind::global().expect("the page's global is a Window");
    assert_eq!(window.name(), "idlbind-window");
    set_name("");
}

#[wasm_bindgen_test]
fn legacy_factory_function_put_forwards_and_window_alias() {
    let image = HtmlImageElement::new_image_with(10, 20).unwrap();
    assert_eq!((image.width(), image.height()), (10, 20));
    assert_eq!(HtmlImageElement::new_image().unwrap().width(), 0);

    let div = document().create_element("div").unwrap();
    div.set_class_list("a b");
    assert_eq!(div.class_name(), "a b");
    assert_eq!(div.class_list().length(), 2);
    assert!(div.class_list().contains("b"));

    let matrix: WebKitCssMatrix = DomMatrix::new_with(DomStringOrUnrestrictedDoubleSequence::from(
        "translate(5px, 0)",
    ))
    .unwrap();
    assert_eq!(matrix.e(), 5.0);
    let js_class = js_sys::eval("new WebKitCSSMatrix().constructor === DOMMatrix").unwrap();
    assert_eq!(js_class.as_bool(), Some(true));
}

#[wasm_bindgen_test]
fn namespace_is_a_module() {
    assert_eq!(css::escape("a b"), "a\\ b");
    assert_eq!(css::escape("1x"), "\\31 x");
}
