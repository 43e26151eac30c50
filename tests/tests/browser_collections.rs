//! Iteration and collections on the real DOM in headless Chromium: `NodeList` (a value
//! iterator), `DOMTokenList` (iterator and stringifier), `DOMStringMap` (named getter, setter,
//! deleter), the indexed and named getters of `HTMLFormElement`, the indexed setter of
//! `HTMLSelectElement`, `HighlightRegistry` and `Highlight` (a real `maplike` and `setlike`), and
//! `DOMRect.toJSON()` (`[Default]`).
//!
//! The IDL is copied from the specs (DOM and HTML from `tests/idl/webref/`, the others named
//! where they are copied). Only the members these tests use are kept; other changes are marked
//! where they are made.

use idlbind::{JsCast, JsValue, idl};
use js_sys::Reflect;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

// DOM Standard, from `tests/idl/webref/dom.idl`.
idl! {
    [Exposed=*]
    interface EventTarget {
      constructor();
    };

    [Exposed=Window]
    interface Node : EventTarget {
      readonly attribute DOMString nodeName;
      [SameObject] readonly attribute NodeList childNodes;
      [CEReactions] attribute DOMString? textContent;
      // [Throws] added: both throw a `DOMException` for a wrong tree.
      [CEReactions, Throws] Node appendChild(Node node);
      [CEReactions, Throws] Node removeChild(Node child);
    };

    [Exposed=Window]
    interface NodeList {
      getter Node? item(unsigned long index);
      readonly attribute unsigned long length;
      iterable<Node>;
    };

    interface mixin ParentNode {
      // [Throws] added: a bad selector throws a `SyntaxError`.
      [Throws] Element? querySelector(DOMString selectors);
      [NewObject, Throws] NodeList querySelectorAll(DOMString selectors);
    };

    [Exposed=Window]
    interface Document : Node {
      // omitted: the `options` argument (a union with a dictionary these tests do not use);
      // [Throws] added: an invalid name throws.
      [CEReactions, NewObject, Throws] Element createElement(DOMString localName);
      [NewObject] Text createTextNode(DOMString data);
      [NewObject] Range createRange();
    };
    Document includes ParentNode;

    [Exposed=Window]
    interface Element : Node {
      readonly attribute DOMString tagName;
      [CEReactions] attribute DOMString className;
      [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;
      [CEReactions, Throws] undefined setAttribute(DOMString qualifiedName, DOMString value);
      boolean hasAttribute(DOMString qualifiedName);
    };
    Element includes ParentNode;

    [Exposed=Window]
    interface CharacterData : Node {};

    [Exposed=Window]
    interface Text : CharacterData {
      constructor(optional DOMString data = "");
    };

    [Exposed=Window]
    interface DOMTokenList {
      readonly attribute unsigned long length;
      getter DOMString? item(unsigned long index);
      boolean contains(DOMString token);
      [CEReactions] undefined add(DOMString... tokens);
      [CEReactions] undefined remove(DOMString... tokens);
      [CEReactions] boolean toggle(DOMString token, optional boolean force);
      [CEReactions] boolean replace(DOMString token, DOMString newToken);
      [CEReactions] stringifier attribute DOMString value;
      iterable<DOMString>;
    };

    [Exposed=Window]
    interface AbstractRange {
      readonly attribute Node startContainer;
      readonly attribute unsigned long startOffset;
      readonly attribute Node endContainer;
      readonly attribute unsigned long endOffset;
      readonly attribute boolean collapsed;
    };

    [Exposed=Window]
    interface Range : AbstractRange {
      constructor();

      // [Throws] added: an offset past the node's length throws.
      [Throws] undefined setStart(Node node, unsigned long offset);
      [Throws] undefined setEnd(Node node, unsigned long offset);
      stringifier;
    };
}

// HTML Standard, from `tests/idl/webref/html.idl`.
idl! {
    [Exposed=Window]
    interface HTMLElement : Element {
      [HTMLConstructor] constructor();
    };
    HTMLElement includes HTMLOrSVGOrMathMLElement;

    interface mixin HTMLOrSVGOrMathMLElement {
      [SameObject] readonly attribute DOMStringMap dataset;
    };

    [Exposed=Window,
     LegacyOverrideBuiltIns]
    interface DOMStringMap {
      getter DOMString (DOMString name);
      [CEReactions] setter undefined (DOMString name, DOMString value);
      [CEReactions] deleter undefined (DOMString name);
    };

    [Exposed=Window,
     LegacyOverrideBuiltIns,
     LegacyUnenumerableNamedProperties]
    interface HTMLFormElement : HTMLElement {
      [HTMLConstructor] constructor();

      readonly attribute unsigned long length;
      getter Element (unsigned long index);
      getter (RadioNodeList or Element) (DOMString name);

      undefined submit();
    };

    [Exposed=Window]
    interface RadioNodeList : NodeList {
      attribute DOMString value;
    };

    [Exposed=Window]
    interface HTMLSelectElement : HTMLElement {
      [HTMLConstructor] constructor();

      [CEReactions] attribute unsigned long length;
      getter HTMLOptionElement? item(unsigned long index);
      [CEReactions] setter undefined (unsigned long index, HTMLOptionElement? option);
    };

    [Exposed=Window]
    interface HTMLOptionElement : HTMLElement {
      [HTMLConstructor] constructor();

      [CEReactions] attribute DOMString text;
      readonly attribute long index;
    };

    [Exposed=Window]
    interface HTMLInputElement : HTMLElement {
      [HTMLConstructor] constructor();
    };
}

// Geometry Interfaces Module Level 1 (https://drafts.fxtf.org/geometry-1/), the `DOMRect`
// definitions as @webref/idl's `geometry.idl` has them.
idl! {
    [Exposed=(Window,Worker),
     Serializable]
    interface DOMRectReadOnly {
        constructor(optional unrestricted double x = 0, optional unrestricted double y = 0,
                optional unrestricted double width = 0, optional unrestricted double height = 0);

        [NewObject] static DOMRectReadOnly fromRect(optional DOMRectInit other = {});

        readonly attribute unrestricted double x;
        readonly attribute unrestricted double y;
        readonly attribute unrestricted double width;
        readonly attribute unrestricted double height;
        readonly attribute unrestricted double top;
        readonly attribute unrestricted double right;
        readonly attribute unrestricted double bottom;
        readonly attribute unrestricted double left;

        [Default] object toJSON();
    };

    [Exposed=(Window,Worker),
     Serializable,
     LegacyWindowAlias=SVGRect]
    interface DOMRect : DOMRectReadOnly {
        constructor(optional unrestricted double x = 0, optional unrestricted double y = 0,
                optional unrestricted double width = 0, optional unrestricted double height = 0);

        [NewObject] static DOMRect fromRect(optional DOMRectInit other = {});

        inherit attribute unrestricted double x;
        inherit attribute unrestricted double y;
        inherit attribute unrestricted double width;
        inherit attribute unrestricted double height;
    };

    dictionary DOMRectInit {
        unrestricted double x = 0;
        unrestricted double y = 0;
        unrestricted double width = 0;
        unrestricted double height = 0;
    };
}

// CSS Custom Highlight API Module Level 1 (https://drafts.csswg.org/css-highlight-api-1/), as
// @webref/idl's `css-highlight-api.idl` has it.
idl! {
    enum HighlightType {
      "highlight",
      "spelling-error",
      "grammar-error"
    };

    [Exposed=Window]
    interface Highlight {
      constructor(AbstractRange... initialRanges);
      setlike<AbstractRange>;
      attribute long priority;
      attribute HighlightType type;
    };
    // Changed: `partial namespace CSS` (CSSOM defines the namespace) written as a namespace.
    namespace CSS {
      readonly attribute HighlightRegistry highlights;
    };

    [Exposed=Window]
    interface HighlightRegistry {
      maplike<DOMString, Highlight>;
    };
}

fn document() -> Document {
    let document = Reflect::get(&js_sys::global(), &JsValue::from_str("document")).unwrap();
    document.dyn_into().expect("a Document")
}

fn element<T: JsCast>(tag: &str) -> T {
    let element = document().create_element(tag).unwrap();
    element.dyn_into().expect("the element's interface")
}

fn list_of(items: &[&str]) -> Element {
    let list: Element = element("ul");
    for text in items {
        let item: Element = element("li");
        item.set_text_content(Some(text));
        list.append_child(&item).unwrap();
    }
    list
}

fn texts(nodes: impl IntoIterator<Item = Node>) -> Vec<String> {
    nodes
        .into_iter()
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn node_list_iterates_its_nodes() {
    let list = list_of(&["one", "two", "three"]);
    let children = list.child_nodes();
    assert_eq!(children.length(), 3);
    assert_eq!(texts(children.iter()), ["one", "two", "three"]);
    assert_eq!(texts(&children), ["one", "two", "three"]);
    assert_eq!(children.keys().collect::<Vec<_>>(), [0, 1, 2]);
    let entries: Vec<(u32, String)> = children
        .entries()
        .map(|(index, node)| (index, node.node_name()))
        .collect();
    assert_eq!(
        entries,
        [(0, "LI".into()), (1, "LI".into()), (2, "LI".into())]
    );
    let mut seen = Vec::new();
    children.for_each(|node, index| seen.push(format!("{index}:{}", node.text_content().unwrap())));
    assert_eq!(seen, ["0:one", "1:two", "2:three"]);
    assert_eq!(
        children.item(1).unwrap().text_content().as_deref(),
        Some("two")
    );
    assert_eq!(children.item(3), None);
}

#[wasm_bindgen_test]
fn live_node_list_and_static_query_result() {
    let list = list_of(&["a", "b"]);
    let live = list.child_nodes();
    let selected = list.query_selector_all("li").unwrap();
    let mut iter = live.values();
    assert_eq!(texts(iter.next()), ["a"]);
    // `childNodes` is live: a child appended during the iteration is still to come.
    list.append_child(&document().create_text_node("c"))
        .unwrap();
    assert_eq!(texts(iter), ["b", "c"]);
    // `querySelectorAll` is a snapshot: it keeps its two nodes.
    assert_eq!(texts(&selected), ["a", "b"]);
    let first_item: Node = list.query_selector("li").unwrap().unwrap().into();
    list.remove_child(&first_item).unwrap();
    assert_eq!(texts(&live), ["b", "c"]);
    assert_eq!(texts(&selected), ["a", "b"]);
}

#[wasm_bindgen_test]
fn dom_token_list_iterates_and_displays() {
    let div: Element = element("div");
    div.set_class_name("alpha  beta gamma");
    let classes = div.class_list();
    assert_eq!(
        classes.iter().collect::<Vec<_>>(),
        ["alpha", "beta", "gamma"]
    );
    assert_eq!(classes.to_string(), "alpha  beta gamma");
    assert!(!classes.toggle("beta"));
    assert!(classes.replace("gamma", "delta"));
    assert_eq!(format!("[{classes}]"), "[alpha delta]");
    classes.add(["one", "two"]);
    classes.remove(["alpha"]);
    assert_eq!(classes.to_string(), "delta one two");
    classes.remove(["one", "two"]);
    classes.add(["alpha"]);
    classes.remove(["delta"]);
    classes.add(["delta"]);
    assert_eq!(
        (&classes).into_iter().collect::<Vec<_>>(),
        ["alpha", "delta"]
    );
    let mut seen = Vec::new();
    classes.for_each(|token, index| seen.push((index, token)));
    assert_eq!(seen, [(0, "alpha".to_string()), (1, "delta".to_string())]);
    assert_eq!(
        classes.entries().collect::<Vec<_>>(),
        [(0, "alpha".to_string()), (1, "delta".to_string())]
    );
    assert_eq!(classes.item(1).as_deref(), Some("delta"));
    assert!(classes.contains("alpha"));
}

#[wasm_bindgen_test]
fn range_stringifier_gives_the_selected_text() {
    let text = Text::new_with("hello world").unwrap();
    let range = document().create_range();
    range.set_start(&text, 6).unwrap();
    range.set_end(&text, 11).unwrap();
    assert_eq!(range.to_string(), "world");
}

#[wasm_bindgen_test]
fn dataset_getter_setter_and_deleter() {
    let div: HtmlElement = element("div");
    div.set_attribute("data-user-id", "42").unwrap();
    let dataset = div.dataset();
    assert_eq!(dataset.get_named("userId").as_deref(), Some("42"));
    assert_eq!(dataset.get_named("missing"), None);
    // Own properties only: a name of `Object.prototype` is not in the map.
    assert_eq!(dataset.get_named("toString"), None);

    dataset.set_named("fooBar", "baz");
    assert!(div.has_attribute("data-foo-bar"));
    assert_eq!(dataset.get_named("fooBar").as_deref(), Some("baz"));
    // `toString` can be set as a name: DOMStringMap overrides built-ins.
    dataset.set_named("toString", "a name");
    assert_eq!(dataset.get_named("toString").as_deref(), Some("a name"));

    dataset.delete_named("userId");
    assert!(!div.has_attribute("data-user-id"));
    assert_eq!(dataset.get_named("userId"), None);
}

#[wasm_bindgen_test]
#[should_panic(expected = "JavaScript exception from `DOMStringMap named setter`")]
fn dataset_setter_exception_panics_naming_it() {
    let div: HtmlElement = element("div");
    // A name with "-" followed by a lower-case letter is refused with a `SyntaxError`.
    div.dataset().set_named("a-b", "c");
}

#[wasm_bindgen_test]
fn form_indexed_and_named_getters() {
    let form: HtmlFormElement = element("form");
    for name in ["first", "second", "second"] {
        let input: Element = element("input");
        input.set_attribute("name", name).unwrap();
        form.append_child(&input).unwrap();
    }
    assert_eq!(form.length(), 3);
    assert_eq!(form.get(0).unwrap().tag_name(), "INPUT");
    assert!(form.get(3).is_none());

    match form.get_named("first") {
        Some(RadioNodeListOrElement::Element(input)) => {
            assert_eq!(Some(&input), form.get(0).as_ref())
        }
        other => panic!("expected the first input, got {other:?}"),
    }
    // Two controls of one name are a RadioNodeList.
    match form.get_named("second") {
        Some(RadioNodeListOrElement::RadioNodeList(list)) => assert_eq!(list.length(), 2),
        other => panic!("expected a RadioNodeList, got {other:?}"),
    }
    // `submit` is a method of the prototype, not a control of this form.
    assert!(form.get_named("submit").is_none());
    assert!(form.get_named("third").is_none());
}

#[wasm_bindgen_test]
fn select_indexed_setter_adds_and_removes_options() {
    let select: HtmlSelectElement = element("select");
    for (index, text) in ["red", "green"].into_iter().enumerate() {
        let option: HtmlOptionElement = element("option");
        option.set_text(text);
        // Setting the index just past the end appends.
        select.set(index as u32, Some(&option));
    }
    assert_eq!(select.length(), 2);
    assert_eq!(select.item(1).unwrap().text(), "green");
    let blue: HtmlOptionElement = element("option");
    blue.set_text("blue");
    select.set(0, Some(&blue));
    assert_eq!(select.item(0).unwrap().text(), "blue");
    assert_eq!(blue.index(), 0);
    select.set(0, None);
    assert_eq!(select.length(), 1);
    assert_eq!(select.item(0).unwrap().text(), "green");
}

fn highlights() -> HighlightRegistry {
    css::highlights()
}

fn range_over(text: &Text, start: u32, end: u32) -> Range {
    let range = Range::new().unwrap();
    range.set_start(text, start).unwrap();
    range.set_end(text, end).unwrap();
    range
}

#[wasm_bindgen_test]
fn highlight_is_a_real_setlike() {
    let text = Text::new_with("hello highlighted world").unwrap();
    let hello = range_over(&text, 0, 5);
    let world = range_over(&text, 18, 23);
    let highlight = Highlight::new(std::iter::empty::<&AbstractRange>()).unwrap();
    assert!(highlight.is_empty());
    highlight.add(&hello);
    highlight.add(&world);
    highlight.add(&hello);
    assert_eq!(highlight.len(), 2);
    assert!(highlight.has(&world));
    let texts: Vec<String> = highlight.iter().map(|range| range_text(&range)).collect();
    assert_eq!(texts, ["hello", "world"]);
    let mut count = 0;
    highlight.for_each(|range| {
        assert!(range.end_offset() > range.start_offset());
        count += 1;
    });
    assert_eq!(count, 2);
    assert_eq!((&highlight).into_iter().count(), 2);
    assert!(highlight.entries().all(|(a, b)| a == b));
    assert!(highlight.delete(&hello));
    assert!(!highlight.delete(&hello));
    assert_eq!(highlight.len(), 1);
    highlight.set_priority(3);
    assert_eq!(highlight.priority(), 3);
    highlight.set_type(HighlightType::SpellingError);
    assert_eq!(highlight.type_(), HighlightType::SpellingError);
    highlight.clear();
    assert!(highlight.is_empty());
    // The variadic constructor takes the initial ranges.
    let both = Highlight::new([&hello, &world]).unwrap();
    assert_eq!(both.len(), 2);
}

/// The text an abstract range covers (its start and end are in one `Text` here).
fn range_text(range: &AbstractRange) -> String {
    let text = range.start_container().text_content().unwrap();
    text[range.start_offset() as usize..range.end_offset() as usize].to_owned()
}

#[wasm_bindgen_test]
fn css_highlights_is_a_real_maplike() {
    let registry = highlights();
    registry.clear();
    let text = Text::new_with("abc").unwrap();
    let first = Highlight::new(std::iter::empty::<&AbstractRange>()).unwrap();
    first.add(&range_over(&text, 0, 1));
    let second = Highlight::new(std::iter::empty::<&AbstractRange>()).unwrap();
    registry.set("first", &first);
    registry.set("second", &second);
    assert_eq!(registry.len(), 2);
    assert!(registry.has("first"));
    assert_eq!(registry.get("first"), Some(first.clone()));
    assert_eq!(registry.get("third"), None);
    assert_eq!(registry.keys().collect::<Vec<_>>(), ["first", "second"]);
    assert_eq!(
        registry.values().map(|h| h.len()).collect::<Vec<_>>(),
        [1, 0]
    );
    let entries: Vec<(String, Highlight)> = (&registry).into_iter().collect();
    assert_eq!(
        entries,
        [
            ("first".to_string(), first.clone()),
            ("second".into(), second)
        ]
    );
    let mut names = Vec::new();
    registry.for_each(|_, name| names.push(name));
    assert_eq!(names, ["first", "second"]);
    // The page's own view of the registry changes with it.
    let size = Reflect::get(&registry, &JsValue::from_str("size")).unwrap();
    assert_eq!(size.as_f64(), Some(2.0));
    assert!(registry.delete("second"));
    assert!(!registry.delete("second"));
    assert_eq!(registry.len(), 1);
    registry.clear();
    assert!(registry.is_empty());
}

#[wasm_bindgen_test]
fn dom_rect_to_json_by_default() {
    let rect = DomRect::new_with(1.5, 2.0, 30.0, 40.0).unwrap();
    let json = rect.to_json();
    let read = |key: &str| {
        Reflect::get(&json, &JsValue::from_str(key))
            .unwrap()
            .as_f64()
    };
    assert_eq!(read("x"), Some(1.5));
    assert_eq!(read("width"), Some(30.0));
    assert_eq!(read("right"), Some(31.5));
    assert_eq!(read("bottom"), Some(42.0));
    // A plain object, not the rect: changing the rect leaves it as it was.
    rect.set_width(5.0);
    assert_eq!(read("width"), Some(30.0));
    assert_eq!(rect.right(), 6.5);
    let keys = js_sys::Object::keys(&json);
    assert_eq!(
        keys.iter()
            .map(|k| k.as_string().unwrap())
            .collect::<Vec<_>>(),
        [
            "x", "y", "width", "height", "top", "right", "bottom", "left"
        ]
    );

    let read_only = DomRectReadOnly::from_rect_with(&DomRectInit {
        x: 4.0,
        width: 2.0,
        ..Default::default()
    });
    let json = read_only.to_json();
    assert_eq!(
        Reflect::get(&json, &JsValue::from_str("right"))
            .unwrap()
            .as_f64(),
        Some(6.0)
    );
}
