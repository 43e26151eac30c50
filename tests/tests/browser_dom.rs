//! The DOM in headless Chromium: `Document`, `Node`, `Element`, `Text` bound from an IDL file
//! (`idl/dom.webidl`), and `HTMLElement` and friends bound inline in a second block that refers
//! to the DOM file for their ancestors.

use idlbind::{DomExceptionName, JsCast, JsErrorKind, JsValue, idl};
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

        /// Any HTML element.
        [Exposed=Window]
        interface HTMLElement : Element {
          [HTMLConstructor] constructor();
          [CEReactions] attribute DOMString title;
          [CEReactions] attribute DOMString lang;
          [CEReactions] attribute boolean hidden;
          [CEReactions] attribute [LegacyNullToEmptyString] DOMString innerText;
        };

        [Exposed=Window]
        interface HTMLInputElement : HTMLElement {
          [CEReactions] attribute DOMString type;
          [CEReactions] attribute [LegacyNullToEmptyString] DOMString value;
          attribute boolean checked;
          [CEReactions, Throws] attribute long maxLength;
          attribute unrestricted double valueAsNumber;
          [Throws] undefined stepUp(optional long n = 1);
        };

        [Exposed=Window]
        interface HTMLMeterElement : HTMLElement {
          [CEReactions] attribute double value;
          [CEReactions] attribute double max;
        };

        [Exposed=Window]
        interface HTMLDivElement : HTMLElement {
          [CEReactions] attribute DOMString align;
        };
    }
}

fn document() -> Document {
    let window = idlbind::__private::js_sys::global();
    let document =
        idlbind::__private::js_sys::Reflect::get(&window, &JsValue::from_str("document"))
            .expect("a window has a document");
    document
        .dyn_into::<Document>()
        .expect("checked downcast to Document")
}

fn element(tag: &str) -> Element {
    document().create_element(tag).expect("valid tag name")
}

#[wasm_bindgen_test]
fn creates_elements_and_walks_the_tree() {
    let doc = document();
    let list = element("ul");
    for text in ["one", "two", "three"] {
        let item = element("li");
        item.set_text_content(Some(text));
        list.append_child(&item).unwrap();
    }
    assert_eq!(list.child_element_count(), 3);
    let first = list.first_child().expect("has children");
    assert_eq!(first.node_type(), Node::ELEMENT_NODE);
    assert_eq!(first.node_name(), "LI");
    assert_eq!(first.text_content().as_deref(), Some("one"));
    let second = first.next_sibling().expect("a second item");
    assert_eq!(second.text_content().as_deref(), Some("two"));
    assert_eq!(second.previous_sibling().as_ref(), Some(&first));
    assert_eq!(
        list.last_element_child().unwrap().text_content().as_deref(),
        Some("three")
    );
    assert_eq!(first.parent_node().as_ref(), Some(list.as_ref()));

    let root = doc.document_element().expect("an <html> element");
    assert_eq!(root.tag_name(), "HTML");
    assert!(!list.is_connected());
    root.append_child(&list).unwrap();
    assert!(list.is_connected());
    assert!(root.contains(Some(&first)));
    let found = doc
        .query_selector("ul > li:nth-child(2)")
        .unwrap()
        .expect("matches");
    assert_eq!(found.text_content().as_deref(), Some("two"));
    list.remove();
    assert!(!list.is_connected());
}

#[wasm_bindgen_test]
fn reads_and_sets_attributes() {
    let div = element("div");
    assert_eq!(div.get_attribute("data-x"), None);
    div.set_attribute("data-x", "42").unwrap();
    assert_eq!(div.get_attribute("data-x").as_deref(), Some("42"));
    assert!(div.has_attribute("data-x"));
    div.set_id("main");
    div.set_class_name("a b");
    assert_eq!(div.id(), "main");
    assert!(div.matches("div#main.a.b").unwrap());
    assert!(div.toggle_attribute("hidden").unwrap());
    assert!(!div.toggle_attribute_with("hidden", false).unwrap());
    assert!(div.toggle_attribute_with("hidden", Some(true)).unwrap());
    div.remove_attribute("data-x");
    assert!(!div.has_attribute("data-x"));
    assert_eq!(
        div.namespace_uri().as_deref(),
        Some("http://www.w3.org/1999/xhtml")
    );
    assert_eq!(div.prefix(), None);
}

#[wasm_bindgen_test]
fn downcasts_are_checked_and_upcasts_are_free() {
    let input: HtmlInputElement = element("input")
        .dyn_into()
        .expect("an <input> is an HTMLInputElement");
    input.set_type("number");
    input.set_value("41");
    input.step_up().unwrap();
    assert_eq!(input.value(), "42");
    assert_eq!(input.value_as_number(), 42.0);
    input.step_up_with(8).unwrap();
    assert_eq!(input.value(), "50");

    // Inherited members through Deref, and the whole chain through AsRef / From.
    input.set_title("a field");
    assert_eq!(input.title(), "a field");
    assert_eq!(input.tag_name(), "INPUT");
    let as_node: &Node = input.as_ref();
    assert_eq!(as_node.node_type(), Node::ELEMENT_NODE);
    let as_target: &EventTarget = input.as_ref();
    let back: HtmlInputElement = as_target.clone().dyn_into().expect("still an input");
    assert_eq!(back, input);

    // A wrong downcast is an Err holding the original value, not a crash.
    let div = element("div");
    let not_input = div.clone().dyn_into::<HtmlInputElement>().unwrap_err();
    assert_eq!(not_input, div);
    assert!(div.dyn_ref::<HtmlDivElement>().is_some());
    assert!(div.dyn_ref::<HtmlElement>().is_some());
    assert!(div.dyn_ref::<Text>().is_none());
}

#[wasm_bindgen_test]
fn throws_members_return_dom_exceptions() {
    let parent = element("div");
    let child = element("span");
    parent.append_child(&child).unwrap();
    let error = child.append_child(&parent).unwrap_err();
    assert_eq!(
        error.dom_exception_name(),
        Some(&DomExceptionName::HierarchyRequestError)
    );
    assert!(error.is_dom_exception(DomExceptionName::HierarchyRequestError));

    let error = document().create_element("1bad").unwrap_err();
    assert_eq!(
        *error.kind(),
        JsErrorKind::DomException(DomExceptionName::InvalidCharacterError)
    );

    let error = document().query_selector("::::").unwrap_err();
    assert_eq!(error.name(), "SyntaxError");

    let input: HtmlInputElement = element("input").dyn_into().unwrap();
    let error = input.set_max_length(-1).unwrap_err();
    assert_eq!(
        error.dom_exception_name(),
        Some(&DomExceptionName::IndexSizeError)
    );
    assert_eq!(DomException::INDEX_SIZE_ERR, 1);

    let text = Text::new_with("abc").unwrap();
    let error = text.split_text(10).unwrap_err();
    assert_eq!(
        error.dom_exception_name(),
        Some(&DomExceptionName::IndexSizeError)
    );
}

#[wasm_bindgen_test]
fn constructors_and_character_data() {
    let text = Text::new_with("hello").unwrap();
    assert_eq!(text.data(), "hello");
    assert_eq!(text.length(), 5);
    text.append_data(" world");
    let tail = text.split_text(5).unwrap();
    assert_eq!(text.data(), "hello");
    assert_eq!(tail.data(), " world");
    assert_eq!(text.substring_data(1, 3).unwrap(), "ell");
    assert_eq!(Text::new().unwrap().data(), "");

    let exception = DomException::new_with("nope", "NotFoundError").unwrap();
    assert_eq!(exception.name(), "NotFoundError");
    assert_eq!(exception.message(), "nope");
    assert_eq!(exception.code(), DomException::NOT_FOUND_ERR);

    let fresh = Document::new().unwrap();
    assert_eq!(fresh.node_type(), Node::DOCUMENT_NODE);
    assert!(fresh.document_element().is_none());
    let comment = fresh.create_comment("c");
    assert_eq!(comment.node_type(), Node::COMMENT_NODE);
    assert_eq!(comment.owner_document().as_ref(), Some(&fresh));
}

#[wasm_bindgen_test]
fn mixin_members_and_nullable_arguments() {
    let doc = document();
    let holder = element("section");
    holder.set_id("holder-for-mixin-test");
    doc.document_element()
        .unwrap()
        .append_child(&holder)
        .unwrap();
    let found = doc
        .get_element_by_id("holder-for-mixin-test")
        .expect("found by id");
    assert_eq!(found, holder);
    assert!(doc.get_element_by_id("no-such-id").is_none());

    let a = element("b");
    let b = element("i");
    holder.append_child(&b).unwrap();
    holder.insert_before(&a, Some(&b)).unwrap();
    assert_eq!(holder.first_element_child().unwrap().tag_name(), "B");
    let c = element("u");
    holder.insert_before(&c, None).unwrap();
    assert_eq!(holder.last_element_child().unwrap().tag_name(), "U");
    holder.remove();
}

#[wasm_bindgen_test]
fn restricted_double_accepts_finite_values() {
    let meter: HtmlMeterElement = element("meter").dyn_into().unwrap();
    meter.set_max(10.0);
    meter.set_value(2.5);
    assert_eq!(meter.value(), 2.5);
}

#[wasm_bindgen_test]
#[should_panic(expected = "HTMLMeterElement.value")]
fn restricted_double_rejects_nan_naming_the_member() {
    let meter: HtmlMeterElement = element("meter").dyn_into().unwrap();
    meter.set_value(f64::NAN);
}

// Debug builds only: in release builds the exception propagates as itself
// (`node_exceptions.rs`).
#[cfg(debug_assertions)]
#[wasm_bindgen_test]
#[should_panic(expected = "`Node.appendChild`")]
fn exception_from_a_member_without_throws_panics_naming_it() {
    // The same IDL member without [Throws]: the exception becomes a panic naming it.
    mod unmarked {
        idlbind::idl! {
            [RustName=UnmarkedNode]
            interface Node {
              Node appendChild(Node node);
            };
        }
    }
    let parent = element("div");
    let child = element("span");
    parent.append_child(&child).unwrap();
    let unmarked: &unmarked::UnmarkedNode = child.unchecked_ref();
    unmarked.append_child(parent.unchecked_ref());
}
