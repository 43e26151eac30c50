//! `#![platform]` blocks through the whole pipeline: what is bound for a named definition and
//! for a mentioned one, how inline IDL resolves against the platform, and the errors of a
//! `use` list. (The bindings running in Node and Chromium: `tests/tests/*platform*.rs`.)

use std::path::Path;
use std::str::FromStr;

use proc_macro2::TokenStream;

fn expand(block: &str) -> String {
    let input = TokenStream::from_str(block).expect("the block lexes");
    idlbind_codegen::expand_in(input, Path::new(".")).to_string()
}

/// The messages of the block's `compile_error!`s.
fn errors(code: &str) -> Vec<&str> {
    code.match_indices("compile_error !")
        .map(|(at, _)| {
            let message = &code[at..];
            let start = message.find('"').map_or(0, |i| i + 1);
            let end = message[start..]
                .find("\" }")
                .map_or(message.len(), |i| start + i);
            &message[start..end]
        })
        .collect()
}

fn assert_no_errors(code: &str) {
    assert_eq!(errors(code), Vec::<&str>::new());
}

/// Whether the code makes the Rust type of an interface (declared or bound).
fn has_type(code: &str, rust: &str, idl: &str) -> bool {
    code.contains(&format!("type {rust} = \"{idl}\""))
}

/// The `full` and `declared` lists of the `#![bound(..)]` that the macro `web_platform!`
/// (written by `#![export(web_platform)]`) hands its blocks.
fn exported_lists(code: &str) -> (&str, &str) {
    let body = &code[code.find("macro_rules ! web_platform").expect("the macro")..];
    let full = &body[body.find("full :").unwrap()..body.find("; declared").unwrap()];
    let declared = &body[body.find("declared :").unwrap()..body.find("; other").unwrap()];
    (full, declared)
}

/// Whether the code makes a method or function of this name.
fn has_function(code: &str, rust: &str) -> bool {
    code.contains(&format!("] {rust} (")) || code.contains(&format!("fn {rust} ("))
}

#[test]
fn a_named_interface_is_bound_with_the_members_of_every_spec() {
    let code = expand("#![platform] use Document;");
    assert_no_errors(&code);
    assert!(has_type(&code, "Document", "Document"));
    // dom.idl, html.idl's partial, and the ParentNode mixin.
    assert!(has_function(&code, "create_element"));
    assert!(has_function(&code, "get_elements_by_name"));
    assert!(has_function(&code, "query_selector"));
    // A mixin's trait is for generic code: made when the mixin is named.
    assert!(!code.contains("trait ParentNode"));
}

#[test]
fn a_named_mixin_is_the_trait_of_the_bound_includers() {
    let code = expand("#![platform] use Document, Element, ParentNode;");
    assert_no_errors(&code);
    assert!(code.contains("trait ParentNode"));
    // Implemented by the two named includers, not by `DocumentFragment` (declared or not).
    assert!(code.contains("ParentNode for Document"));
    assert!(code.contains("ParentNode for Element"));
    assert!(!code.contains("ParentNode for DocumentFragment"));
}

#[test]
fn a_named_interface_brings_its_ancestors_members() {
    let code = expand("#![platform] use HTMLCanvasElement;");
    assert_no_errors(&code);
    // `Node.appendChild`, `Element.setAttribute`, `HTMLElement.click`, `EventTarget.addEventListener`.
    for name in [
        "append_child",
        "set_attribute",
        "click",
        "add_event_listener",
    ] {
        assert!(has_function(&code, name), "{name}");
    }
}

#[test]
fn a_mentioned_interface_is_its_type_and_its_ancestors_without_members() {
    let code = expand("#![platform] use Document;");
    for (rust, idl) in [
        ("Node", "Node"),
        ("EventTarget", "EventTarget"),
        ("Element", "Element"),
        ("HtmlCollection", "HTMLCollection"),
    ] {
        assert!(has_type(&code, rust, idl), "{idl} is declared");
    }
    // `HTMLCollection.namedItem` and `Element.getAttribute` are not bound: `Document` is named.
    assert!(!has_function(&code, "named_item"));
    assert!(!has_function(&code, "get_attribute"));
    assert!(code.contains("name `HTMLCollection` in the block's `use` list"));
    // Nothing unrelated: no WebGL.
    assert!(!has_type(
        &code,
        "WebGl2RenderingContext",
        "WebGL2RenderingContext"
    ));
}

#[test]
fn mentioned_dictionaries_enums_and_unions_are_bound_in_full() {
    let code = expand("#![platform] use Element;");
    assert_no_errors(&code);
    // `scrollIntoView(optional (boolean or ScrollIntoViewOptions) arg = {})`, from CSSOM View.
    assert!(code.contains("struct ScrollIntoViewOptions"));
    // Its parent dictionary, and the enums of both.
    assert!(code.contains("struct ScrollOptions"));
    assert!(code.contains("enum ScrollBehavior"));
    assert!(code.contains("enum ScrollLogicalPosition"));
}

#[test]
fn only_named_globals_make_free_functions() {
    let code = expand("#![platform] use Document;");
    assert!(!has_function(&code, "document"), "Window is not named");
    let code = expand("#![platform] use Window;");
    assert_no_errors(&code);
    assert!(code.contains("fn document ()"));
    // A worklet's members are never free functions of a main-thread block.
    assert!(!has_function(&code, "register_processor"));
}

#[test]
fn a_spec_file_binds_alone_against_the_platform() {
    let code = expand("#![platform] #![file = \"webaudio.idl\"]");
    assert_no_errors(&code);
    assert!(has_type(&code, "AudioContext", "AudioContext"));
    // `AudioWorkletGlobalScope` is bound, but its members are not free functions: on the main
    // thread they would read `sampleRate` and `currentFrame` off `Window`.
    assert!(has_type(
        &code,
        "AudioWorkletGlobalScope",
        "AudioWorkletGlobalScope"
    ));
    assert!(!code.contains("fn sample_rate ()"));
    assert!(!code.contains("fn current_frame ()"));
}

#[test]
fn inline_idl_resolves_against_the_platform() {
    let code = expand(
        "#![platform]
        [Exposed=Window] interface Gadget : EventTarget {
          readonly attribute DOMHighResTimeStamp started;
          undefined sendTo(Element target, optional AddEventListenerOptions options = {});
        };
        Gadget includes GenericTransformStream;
        partial interface Navigator { readonly attribute Gadget gadget; };",
    );
    assert_no_errors(&code);
    assert!(has_type(&code, "Gadget", "Gadget"));
    assert!(has_type(&code, "EventTarget", "EventTarget"));
    assert!(has_type(&code, "Element", "Element"));
    assert!(code.contains("struct AddEventListenerOptions"));
    // The mixin's members are the includer's: `readable` and `writable`.
    assert!(has_function(&code, "readable"));
    // `Navigator` is not named: the partial is an extension trait of its declared type.
    assert!(has_type(&code, "Navigator", "Navigator"));
    assert!(code.contains("trait NavigatorExt"));
}

#[test]
fn a_partial_of_a_named_interface_joins_it() {
    let code = expand(
        "#![platform] use Navigator;
        partial interface Navigator { readonly attribute long answer; };",
    );
    assert_no_errors(&code);
    assert!(has_function(&code, "answer"));
    assert!(has_function(&code, "user_agent"));
    assert!(!code.contains("trait NavigatorExt"));
}

#[test]
fn a_member_written_again_in_a_partial_replaces_the_platforms() {
    let code = expand(
        "#![platform] use Document;
        partial interface Document {
          [Throws] Element? querySelector(DOMString selectors);
        };",
    );
    assert_no_errors(&code);
    // `methods!` writes `[throws T]` for a member returning `Result<T, JsError>`.
    let at = code
        .find("] query_selector (")
        .expect("querySelector is bound");
    let signature = &code[at..at + 200];
    assert!(signature.contains("[throws"), "{signature}");
}

#[test]
fn the_blocks_own_definition_replaces_the_platforms() {
    let code = expand(
        "#![platform]
        [Exposed=*] interface URL { constructor(USVString url); readonly attribute USVString href; };",
    );
    assert_no_errors(&code);
    assert!(has_function(&code, "href"));
    assert!(
        !has_function(&code, "can_parse"),
        "the platform's URL is not merged in"
    );
}

#[test]
fn a_member_list_binds_those_members_alone() {
    let code = expand(
        "#![platform] use Document::{title, querySelector}, Node::append_child, URL::{new, href};",
    );
    assert_no_errors(&code);
    // The members named, by their IDL or their Rust name; an attribute with its setter.
    for name in [
        "title",
        "set_title",
        "query_selector",
        "append_child",
        "new",
        "href",
    ] {
        assert!(has_function(&code, name), "{name}");
    }
    // Nothing else of them, and their ancestors only as types (`Element` is mentioned by
    // `querySelector`'s result).
    for name in [
        "create_element",
        "body",
        "remove_child",
        "set_attribute",
        "search_params",
    ] {
        assert!(!has_function(&code, name), "{name}");
    }
    assert!(has_type(&code, "EventTarget", "EventTarget"));
    assert!(!has_function(&code, "add_event_listener"));
    // What only the members left out mention is not bound: `createElement`'s options.
    assert!(!code.contains("ElementCreationOptions"));
    // The rustdoc says how to bind the rest.
    assert!(code.contains("name `Document` alone to bind them all"));
}

#[test]
fn a_member_list_keeps_what_has_no_name_and_yields_to_the_whole() {
    // `iterable<Node>` has no name of its own: `NodeList` stays iterable.
    let code = expand("#![platform] use NodeList::length;");
    assert_no_errors(&code);
    assert!(has_function(&code, "length"));
    assert!(has_function(&code, "iter"));
    assert!(!has_function(&code, "item"));
    // Named whole too, the list does not restrict it.
    let code = expand("#![platform] use NodeList::length, NodeList;");
    assert_no_errors(&code);
    assert!(has_function(&code, "item"));
    assert!(!code.contains("alone to bind them all"));
}

#[test]
fn a_member_list_of_a_namespace_binds_those_functions() {
    let code = expand("#![platform] use console::{log, error};");
    assert_no_errors(&code);
    assert!(has_function(&code, "log") && has_function(&code, "error"));
    assert!(!has_function(&code, "warn") && !has_function(&code, "table"));
}

#[test]
fn an_unknown_member_is_an_error_with_the_closest_member() {
    let code = expand("#![platform] use Document::{titel, body}, MouseEventInit::{clientX};");
    let errors = errors(&code);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(
        errors[0],
        "`Document` has no member `titel`: did you mean `title`?"
    );
    assert!(errors[1].starts_with("`MouseEventInit` is a dictionary: only the members of"));
}

#[test]
fn an_unknown_name_is_an_error_with_the_closest_platform_name() {
    let code = expand("#![platform] use HtmlCanvasElement, Documnt;");
    let errors = errors(&code);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("`HtmlCanvasElement` is not a definition"));
    assert!(errors[0].contains("did you mean `HTMLCanvasElement`?"));
    assert!(errors[1].contains("did you mean `Document`?"));
}

#[test]
fn a_misspelt_type_in_inline_idl_is_an_error_with_the_closest_name() {
    let code = expand(
        "#![platform]
        [Exposed=Window] interface Gadget { readonly attribute Documnt owner; };
        dictionary GadgetInit { sequence<MyRustType> parts; };",
    );
    let errors = errors(&code);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("`Documnt` is not defined in this block nor in the web platform's IDL: did you mean `Document`?"));
}

#[test]
fn a_typedef_is_bound_where_it_is_used() {
    let code = expand("#![platform] use DOMHighResTimeStamp;");
    let errors = errors(&code);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("`DOMHighResTimeStamp` is a typedef of `double`"));
}

#[test]
fn use_needs_platform() {
    let code = expand("use Document; [Exposed=Window] interface A {};");
    assert!(errors(&code)[0].contains("write `#![platform]` first"));
}

#[test]
fn a_union_result_has_every_variant_usable() {
    let code = expand("#![platform] use HTMLCanvasElement;");
    assert_no_errors(&code);
    // `getContext` returns `RenderingContext?`: each of its five interfaces gets a type.
    assert!(code.contains("enum RenderingContext"));
    for (rust, idl) in [
        ("CanvasRenderingContext2D", "CanvasRenderingContext2D"),
        ("ImageBitmapRenderingContext", "ImageBitmapRenderingContext"),
        ("WebGlRenderingContext", "WebGLRenderingContext"),
        ("WebGl2RenderingContext", "WebGL2RenderingContext"),
        ("GpuCanvasContext", "GPUCanvasContext"),
    ] {
        assert!(has_type(&code, rust, idl), "{idl} is declared");
    }
}

#[test]
fn a_block_in_an_exported_macro_uses_the_other_blocks_types() {
    let code = expand(
        "#![bound(web; full: Element Node EventTarget; declared: HTMLCollection; other: ScrollBehavior)]
        #![platform]
        use HTMLElement, HTMLCollection;",
    );
    assert_no_errors(&code);
    // Its own: `HTMLElement`.
    assert!(has_type(&code, "HtmlElement", "HTMLElement"));
    // The other block's, imported, not made again.
    assert!(code.contains("use web :: { Element , EventTarget , HtmlCollection , Node"));
    assert!(!has_type(&code, "Element", "Element"));
    assert!(!has_type(&code, "HtmlCollection", "HTMLCollection"));
    // `HTMLCollection` was a type only there: its members are an extension trait here.
    assert!(code.contains("trait HtmlCollectionExt"));
    assert!(has_function(&code, "named_item"));
}

#[test]
fn an_exporting_block_writes_the_macro_with_what_it_bound() {
    let code = expand("#![platform] #![export(web_platform)] use Element;");
    assert_no_errors(&code);
    let at = code.find("macro_rules ! web_platform").expect("the macro");
    assert!(code[at..].contains("# ! [bound ($ crate ; full :"));
    let (full, declared) = exported_lists(&code);
    assert!(
        full.contains(" Element ") && full.contains(" Node "),
        "{full}"
    );
    assert!(declared.contains(" HTMLCollection "), "{declared}");
}

#[test]
fn an_interface_bound_with_some_members_is_declared_to_other_blocks() {
    // Another crate's block naming `Element` binds the other members as an extension trait.
    let code = expand("#![platform] #![export(web_platform)] use Element::id;");
    assert_no_errors(&code);
    let (full, declared) = exported_lists(&code);
    assert!(!full.contains(" Element "), "{full}");
    assert!(declared.contains(" Element "), "{declared}");
}

#[test]
fn use_everything_binds_the_whole_platform() {
    let code = expand("#![platform] use *;");
    assert_no_errors(&code);
    for name in [
        "get_context",
        "buffer_data",
        "register_processor",
        "create_element",
    ] {
        assert!(has_function(&code, name), "{name}");
    }
    // Every global's members, in a module of its own.
    assert!(code.contains("mod dedicated_worker_global_scope"));
}

/// How long one expansion takes, and how much it writes (`--ignored`; the block in
/// `IDLBIND_BLOCK`, the output written to `IDLBIND_OUT` if set).
#[test]
#[ignore]
fn timing() {
    let block = std::env::var("IDLBIND_BLOCK").unwrap_or("#![platform] use Document;".into());
    let start = std::time::Instant::now();
    let code = expand(&block);
    eprintln!(
        "{:?}, {} bytes, {} errors",
        start.elapsed(),
        code.len(),
        errors(&code).len()
    );
    if let Ok(out) = std::env::var("IDLBIND_OUT") {
        std::fs::write(out, &code).expect("the output is writable");
    }
}
