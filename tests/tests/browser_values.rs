//! Typed values against real browser APIs in headless Chromium: enums read and set on a real
//! canvas context, a union decoded by the real type of what `getContext` returns, a dictionary
//! read back from the platform, `sequence<unrestricted double>` both ways, and dictionaries
//! whose inheritance crosses blocks (`KeyboardEventInit` flattens `EventInit`, which is defined
//! in an IDL file that the block only refers to).

use idlbind::{JsCast, JsValue, ToJs, idl};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

idl! {
    #![file = "idl/events.webidl"]
}

pub use ui_events::*;

/// UI Events (w3c/uievents): the keyboard event and its dictionary chain. `UIEventInit`
/// inherits from `EventInit`, which this block only refers to.
mod ui_events {
    use super::*;

    idl! {
        #![refer = "idl/events.webidl"]

        [Exposed=Window]
        interface Window {};

        [Exposed=Window]
        interface UIEvent : Event {
          constructor(DOMString type, optional UIEventInit eventInitDict = {});
          readonly attribute Window? view;
          readonly attribute long detail;
        };

        dictionary UIEventInit : EventInit {
          Window? view = null;
          long detail = 0;
        };

        dictionary EventModifierInit : UIEventInit {
          boolean ctrlKey = false;
          boolean shiftKey = false;
          boolean altKey = false;
          boolean metaKey = false;
        };

        [Exposed=Window]
        interface KeyboardEvent : UIEvent {
          constructor(DOMString type, optional KeyboardEventInit eventInitDict = {});
          const unsigned long DOM_KEY_LOCATION_STANDARD = 0x00;
          const unsigned long DOM_KEY_LOCATION_LEFT = 0x01;
          readonly attribute DOMString key;
          readonly attribute DOMString code;
          readonly attribute unsigned long location;
          readonly attribute boolean ctrlKey;
          readonly attribute boolean shiftKey;
          readonly attribute boolean repeat;
          boolean getModifierState(DOMString keyArg);
        };

        dictionary KeyboardEventInit : EventModifierInit {
          DOMString key = "";
          DOMString code = "";
          unsigned long location = 0;
          boolean repeat = false;
          boolean isComposing = false;
        };
    }
}

pub use canvas::*;

/// The canvas part of the HTML Standard (@webref/idl 3.85.0, html.idl), verbatim where it is
/// kept: the context interface keeps only the mixins this test uses.
mod canvas {
    use super::*;

    idl! {
        [Exposed=Window]
        interface HTMLElement {};
        [Exposed=(Window,Worker)]
        interface OffscreenCanvas {};
        [Exposed=Window]
        interface ImageBitmapRenderingContext {};
        [Exposed=(Window,Worker)]
        interface WebGLRenderingContext {};
        [Exposed=(Window,Worker)]
        interface WebGL2RenderingContext {};
        [Exposed=(Window,Worker)]
        interface GPUCanvasContext {};

        typedef (CanvasRenderingContext2D or ImageBitmapRenderingContext or WebGLRenderingContext or WebGL2RenderingContext or GPUCanvasContext) RenderingContext;

        [Exposed=Window]
        interface HTMLCanvasElement : HTMLElement {
          [HTMLConstructor] constructor();

          [CEReactions] attribute unsigned long width;
          [CEReactions] attribute unsigned long height;

          RenderingContext? getContext(DOMString contextId, optional any options = null);

          USVString toDataURL(optional DOMString type = "image/png", optional any quality);
          // omitted: toBlob (not used here)
          OffscreenCanvas transferControlToOffscreen();
        };

        enum PredefinedColorSpace { "srgb", "srgb-linear", "display-p3", "display-p3-linear" };

        enum CanvasColorType { "unorm8", "float16" };

        dictionary CanvasRenderingContext2DSettings {
          boolean alpha = true;
          boolean desynchronized = false;
          PredefinedColorSpace colorSpace = "srgb";
          CanvasColorType colorType = "unorm8";
          boolean willReadFrequently = false;
        };

        [Exposed=Window]
        interface CanvasRenderingContext2D {
          // back-reference to the canvas
          readonly attribute HTMLCanvasElement canvas;
        };
        CanvasRenderingContext2D includes CanvasSettings;
        CanvasRenderingContext2D includes CanvasPathDrawingStyles;

        interface mixin CanvasSettings {
          // settings
          CanvasRenderingContext2DSettings getContextAttributes();
        };

        enum CanvasLineCap { "butt", "round", "square" };
        enum CanvasLineJoin { "round", "bevel", "miter" };

        interface mixin CanvasPathDrawingStyles {
          // line caps/joins
          attribute unrestricted double lineWidth; // (default 1)
          attribute CanvasLineCap lineCap; // (default "butt")
          attribute CanvasLineJoin lineJoin; // (default "miter")
          attribute unrestricted double miterLimit; // (default 10)

          // dashed lines
          undefined setLineDash(sequence<unrestricted double> segments); // default empty
          sequence<unrestricted double> getLineDash();
          attribute unrestricted double lineDashOffset;
        };
    }
}

fn new_canvas() -> HtmlCanvasElement {
    idlbind::__private::js_sys::eval("document.createElement('canvas')")
        .expect("a page can make a canvas")
        .unchecked_into()
}

fn context_2d(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2D {
    match canvas.get_context("2d") {
        Some(RenderingContext::CanvasRenderingContext2D(context)) => context,
        other => panic!("expected a 2D context, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn enum_attribute_is_read_and_set_on_a_real_context() {
    let context = context_2d(&new_canvas());
    assert_eq!(context.line_cap(), CanvasLineCap::Butt);
    assert_eq!(context.line_join(), CanvasLineJoin::Miter);
    context.set_line_cap(CanvasLineCap::Round);
    assert_eq!(context.line_cap(), CanvasLineCap::Round);
    assert_eq!(context.line_cap().as_str(), "round");
    context.set_line_join("bevel".parse().expect("a CanvasLineJoin value"));
    assert_eq!(context.line_join().to_string(), "bevel");
    assert_eq!(context.line_width(), 1.0);
}

#[wasm_bindgen_test]
fn sequence_of_doubles_goes_both_ways() {
    let context = context_2d(&new_canvas());
    assert!(context.get_line_dash().is_empty());
    context.set_line_dash([5.0, 10.0, 2.5, 4.0]);
    assert_eq!(context.get_line_dash(), vec![5.0, 10.0, 2.5, 4.0]);
    // An odd count is repeated by the platform: proof the JS side got a real sequence.
    context.set_line_dash(&[1.0, 2.0, 3.0][..1]);
    assert_eq!(context.get_line_dash(), vec![1.0, 1.0]);
}

#[wasm_bindgen_test]
fn union_result_is_decoded_by_its_real_type() {
    let context = new_canvas().get_context("bitmaprenderer");
    assert!(
        matches!(
            context,
            Some(RenderingContext::ImageBitmapRenderingContext(_))
        ),
        "got {context:?}"
    );
    assert!(new_canvas().get_context("no-such-context").is_none());
    let canvas = new_canvas();
    let context = context_2d(&canvas);
    assert_eq!(context.canvas(), canvas);
}

#[wasm_bindgen_test]
fn dictionary_is_sent_and_read_back_from_the_platform() {
    let context = context_2d(&new_canvas());
    let defaults = context.get_context_attributes();
    assert_eq!(defaults, CanvasRenderingContext2DSettings::default());
    assert!(defaults.alpha);
    assert_eq!(defaults.color_space, PredefinedColorSpace::Srgb);

    let wanted = CanvasRenderingContext2DSettings {
        alpha: false,
        will_read_frequently: true,
        ..Default::default()
    };
    let canvas = new_canvas();
    let context = match canvas.get_context_with("2d", &wanted.to_js()) {
        Some(RenderingContext::CanvasRenderingContext2D(context)) => context,
        other => panic!("expected a 2D context, got {other:?}"),
    };
    let settings = context.get_context_attributes();
    assert!(!settings.alpha);
    assert!(settings.will_read_frequently);
    assert_eq!(settings.color_type, CanvasColorType::Unorm8);
}

#[wasm_bindgen_test]
fn dictionary_inheritance_crosses_blocks() {
    let init = KeyboardEventInit {
        key: "a".into(),
        code: "KeyA".into(),
        ctrl_key: true,
        bubbles: true,
        location: KeyboardEvent::DOM_KEY_LOCATION_LEFT,
        ..Default::default()
    };
    let event = KeyboardEvent::new_with("keydown", &init).expect("a keyboard event");
    assert_eq!(event.key(), "a");
    assert_eq!(event.code(), "KeyA");
    assert!(event.ctrl_key());
    assert!(!event.shift_key());
    assert!(event.get_modifier_state("Control"));
    assert_eq!(event.location(), 1);
    // Members of `EventInit`, defined in the referred file, reached the platform.
    assert!(event.bubbles());
    assert!(!event.cancelable());
    assert_eq!(event.type_(), "keydown");
    assert!(event.view().is_none());

    // `From<Derived> for Ancestor` across blocks.
    let base = EventInit::from(init.clone());
    assert!(base.bubbles);
    let ui = UiEventInit::from(init);
    assert_eq!(ui.detail, 0);
    let event = Event::new_with("plain", &base).expect("an event");
    assert!(event.bubbles());
}

#[wasm_bindgen_test]
fn any_member_of_a_dictionary() {
    let init = CustomEventInit {
        detail: JsValue::from(42),
        cancelable: true,
        ..Default::default()
    };
    let event = CustomEvent::new_with("custom", &init).expect("a custom event");
    assert_eq!(event.detail(), JsValue::from(42));
    assert!(event.cancelable());
    assert!(!event.bubbles());
    assert_eq!(
        CustomEvent::new("plain").expect("an event").detail(),
        JsValue::NULL
    );
}
