//! `URL`, `URLSearchParams` and `TextEncoder` in Node, bound from their IDL (WHATWG URL and
//! Encoding standards; members this version cannot bind yet are left out, and `[Throws]`
//! marks the members the specs say may throw).

use idlbind::{JsErrorKind, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    [Exposed=(Window,Worker), LegacyWindowAlias=webkitURL]
    interface URL {
      [Throws] constructor(USVString url, optional USVString base);

      static URL? parse(USVString url, optional USVString base);
      static boolean canParse(USVString url, optional USVString base);

      stringifier attribute USVString href;
      readonly attribute USVString origin;
               attribute USVString protocol;
               attribute USVString username;
               attribute USVString password;
               attribute USVString host;
               attribute USVString hostname;
               attribute USVString port;
               attribute USVString pathname;
               attribute USVString search;
      [SameObject] readonly attribute URLSearchParams searchParams;
               attribute USVString hash;

      USVString toJSON();
    };

    [Exposed=(Window,Worker)]
    interface URLSearchParams {
      readonly attribute unsigned long size;

      undefined append(USVString name, USVString value);
      undefined delete(USVString name, optional USVString value);
      USVString? get(USVString name);
      boolean has(USVString name, optional USVString value);
      undefined set(USVString name, USVString value);
      undefined sort();
    };

    [Exposed=(Window,Worker)]
    interface TextEncoder {
      constructor();
      readonly attribute DOMString encoding;
    };
}

#[wasm_bindgen_test]
fn constructs_and_reads_attributes() {
    let url = Url::new("https://user:pw@example.com:8080/a/b?x=1#frag").unwrap();
    assert_eq!(url.protocol(), "https:");
    assert_eq!(url.username(), "user");
    assert_eq!(url.password(), "pw");
    assert_eq!(url.host(), "example.com:8080");
    assert_eq!(url.hostname(), "example.com");
    assert_eq!(url.port(), "8080");
    assert_eq!(url.pathname(), "/a/b");
    assert_eq!(url.search(), "?x=1");
    assert_eq!(url.hash(), "#frag");
    assert_eq!(url.origin(), "https://example.com:8080");
    assert_eq!(url.to_json(), url.href());
}

#[wasm_bindgen_test]
fn optional_argument_is_sent_only_when_given() {
    let url = Url::new_with("../c?q", "https://example.com/a/b/").unwrap();
    assert_eq!(url.href(), "https://example.com/a/c?q");
    let url = Url::new_with("https://example.org/", None).unwrap();
    assert_eq!(url.href(), "https://example.org/");
}

#[wasm_bindgen_test]
fn setters_change_the_object() {
    let url = Url::new("https://example.com/").unwrap();
    url.set_pathname("/x y");
    url.set_hash("top");
    url.set_port("81");
    assert_eq!(url.href(), "https://example.com:81/x%20y#top");
    // `stringifier attribute href`: `Display` is the href.
    assert_eq!(url.to_string(), "https://example.com:81/x%20y#top");
    assert_eq!(format!("<{url}>"), "<https://example.com:81/x%20y#top>");
}

#[wasm_bindgen_test]
fn constructor_throws_type_error() {
    let error = Url::new("not a url").unwrap_err();
    assert_eq!(*error.kind(), JsErrorKind::TypeError);
    assert_eq!(error.name(), "TypeError");
    assert!(
        error.message().contains("Invalid URL"),
        "{}",
        error.message()
    );
}

#[wasm_bindgen_test]
fn static_operations() {
    assert!(Url::can_parse("https://example.com/"));
    assert!(!Url::can_parse("nope"));
    assert!(Url::can_parse_with("/path", "https://example.com/"));
    assert!(Url::parse("nope").is_none());
    let parsed = Url::parse_with("b", "https://example.com/a/").expect("parses");
    assert_eq!(parsed.pathname(), "/a/b");
}

#[wasm_bindgen_test]
fn interface_typed_attribute_and_nullable_return() {
    let url = Url::new("https://example.com/?a=1&b=2&a=3").unwrap();
    let params = url.search_params();
    assert_eq!(params.size(), 3);
    assert_eq!(params.get("a").as_deref(), Some("1"));
    assert_eq!(params.get("missing"), None);
    assert!(params.has("b"));
    assert!(params.has_with("a", "3"));
    assert!(!params.has_with("a", "2"));
    params.append("c", "x y");
    params.delete_with("a", "1");
    params.set("b", "β");
    params.sort();
    // The URL sees the same object ([SameObject]).
    assert_eq!(url.search(), "?a=3&b=%CE%B2&c=x+y");
}

#[wasm_bindgen_test]
fn text_encoder() {
    let encoder = TextEncoder::new().unwrap();
    assert_eq!(encoder.encoding(), "utf-8");
}
