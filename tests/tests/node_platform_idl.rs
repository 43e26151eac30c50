//! Forms the web platform's own IDL uses that plain Web IDL parsers and the spec's letter do
//! not cover, bound and run in Node: each IDL fragment below is copied from a spec of
//! @webref/idl (the file is named above it), with only the members a test needs.
//!
//! A small JavaScript class (`Shapes`, defined below with `eval`) stands in for objects Node
//! does not have; everything else is Node's own (`Response`, `ReadableStream`).

use idlbind::{JsValue, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    // fetch.idl: a static and an instance member of one name (`Response.json`).
    [Exposed=(Window,Worker)]
    interface Response {
      [NewObject] static Response json(any data, optional ResponseInit init = {});
      readonly attribute unsigned short status;
      [NewObject] Promise<any> json();
    };

    dictionary ResponseInit {
      unsigned short status = 200;
      ByteString statusText = "";
    };

    // streams.idl: `async_sequence<any>` (weedle2 does not know it).
    [Exposed=*, Transferable]
    interface ReadableStream {
      static ReadableStream from(async_sequence<any> asyncIterable);
      ReadableStreamDefaultReader getReader();
    };

    [Exposed=*]
    interface ReadableStreamDefaultReader {
      Promise<ReadableStreamReadResult> read();
    };

    dictionary ReadableStreamReadResult {
      any value;
      boolean done;
    };

    // webgpu.idl: constants in a namespace (weedle2 does not parse them there).
    typedef [EnforceRange] unsigned long GPUFlagsConstant;
    [Exposed=(Window, Worker), SecureContext]
    namespace GPUBufferUsage {
        const GPUFlagsConstant MAP_READ      = 0x0001;
        const GPUFlagsConstant MAP_WRITE     = 0x0002;
        const GPUFlagsConstant INDIRECT      = 0x0100;
    };

    // Not from a spec: namespace constants with extended attributes of their own (one renames
    // the constant, one changes nothing in Rust).
    [Exposed=*]
    namespace ShapeFlags {
        [RustName=ROUND] const unsigned short CIRCLE = 1;
        /// Four equal sides.
        [SecureContext] const unsigned short SQUARE = 2;
    };

    // webnn.idl, bluetooth.idl, html.idl: extended attributes inside a generic, after
    // `required` and in a union; `[ReflectDefault=1.0]`; css-animations.idl: `CSSOMString`;
    // css-anchor-position.idl: a dashed attribute next to its camel-case twin;
    // service-workers.idl: a dictionary that contains itself; clipboard-apis.idl: `bigint = 0`;
    // push-api.idl: `= null` on an interface type; webrtc.idl: `[Default]` returning a
    // dictionary; cookiestore.idl: a nullable dictionary result; webxr-dom-overlays.idl: a
    // dictionary attribute.
    [Exposed=*]
    interface Shapes {
      constructor();
      Descriptor echo(Descriptor descriptor);
      RouterCondition echoCondition(RouterCondition condition);
      undefined split(([EnforceRange] unsigned long or sequence<[EnforceRange] unsigned long>) splits);
      [ReflectDefault=1.0] attribute double max;
      attribute CSSOMString marginTop;
      attribute CSSOMString margin-top;
      Promise<Descriptor?> find(DOMString name);
      readonly attribute Descriptor? current;
      [Default] Descriptor toJSON();
      readonly attribute DOMString last;
    };

    dictionary Descriptor {
      required sequence<[EnforceRange] unsigned long> shape;
      required [EnforceRange] unsigned short id;
      CSSOMString name = "";
      bigint changeId = 0;
      Shapes owner = null;
    };

    dictionary RouterCondition {
      DOMString urlPattern;
      sequence<RouterCondition> _or;
      RouterCondition not;
    };
}

/// `Shapes` gives back what it is given and remembers it.
const SHAPES_JS: &str = r#"
if (!globalThis.Shapes) {
  globalThis.Shapes = class Shapes {
    constructor() { this.last = ""; this.max = 1; this.marginTop = "0px"; this.current = null; }
    echo(d) { this.last = JSON.stringify(d, (k, v) => typeof v === "bigint" ? `${v}n` : v); return d; }
    echoCondition(c) { this.last = JSON.stringify(c); return c; }
    split(s) { this.last = JSON.stringify(s); }
    find(name) { return Promise.resolve(name === "a" ? { shape: [1], id: 1, name: "a" } : null); }
    toJSON() { return { shape: [2, 3], id: 9 }; }
  };
}
"#;

fn shapes() -> Shapes {
    js_sys::eval(SHAPES_JS).expect("the Shapes class evaluates");
    Shapes::new().expect("Shapes constructs")
}

#[wasm_bindgen_test]
async fn a_static_named_like_an_instance_member_is_static_prefixed() {
    let response = Response::static_json(&JsValue::from(5));
    assert_eq!(response.status(), 200);
    let body = response.json().await.expect("the body is JSON");
    assert_eq!(body.as_f64(), Some(5.0));
}

#[wasm_bindgen_test]
async fn an_async_sequence_takes_an_array() {
    let stream = ReadableStream::from(vec![JsValue::from("a"), JsValue::from(2)]);
    let reader = stream.get_reader();
    let first = reader.read().await.expect("a chunk");
    let value = first.value.expect("a value");
    assert_eq!(value.as_string().as_deref(), Some("a"));
    assert_eq!(first.done, Some(false));
    let second = reader.read().await.expect("a chunk");
    assert_eq!(second.value.and_then(|v| v.as_f64()), Some(2.0));
    let end = reader.read().await.expect("the end");
    assert_eq!(end.done, Some(true));
}

#[wasm_bindgen_test]
fn namespace_constants_are_module_constants() {
    assert_eq!(gpu_buffer_usage::MAP_READ, 1);
    assert_eq!(gpu_buffer_usage::MAP_WRITE, 2);
    assert_eq!(gpu_buffer_usage::INDIRECT, 0x100);
}

#[wasm_bindgen_test]
fn namespace_constants_keep_their_extended_attributes() {
    assert_eq!(shape_flags::ROUND, 1u16);
    assert_eq!(shape_flags::SQUARE, 2u16);
}

#[wasm_bindgen_test]
fn type_attributes_in_generics_after_required_and_in_unions_change_nothing_in_rust() {
    let s = shapes();
    let mut descriptor = Descriptor::new(vec![2u32, 3], 7u16);
    assert_eq!(descriptor.name, "", "a CSSOMString default");
    assert_eq!(
        descriptor.change_id,
        js_sys::BigInt::from(0),
        "a bigint default"
    );
    assert!(
        descriptor.owner.is_none(),
        "`= null` on an interface type is absent"
    );
    descriptor.name = "box".into();
    let back = s.echo(&descriptor);
    assert_eq!(back.shape, vec![2, 3]);
    assert_eq!(back.id, 7);
    assert_eq!(back.name, "box");
    assert_eq!(
        s.last(),
        r#"{"changeId":"0n","id":7,"name":"box","shape":[2,3]}"#
    );
    s.split(vec![1u32, 2]);
    assert_eq!(s.last(), "[1,2]");
    s.split(4u32);
    assert_eq!(s.last(), "4");
    s.set_max(2.5);
    assert_eq!(s.max(), 2.5);
}

#[wasm_bindgen_test]
fn a_dashed_attribute_is_its_camel_case_twin() {
    let s = shapes();
    assert_eq!(s.margin_top(), "0px");
    s.set_margin_top("4px");
    let read = js_sys::Reflect::get(&s, &"marginTop".into()).expect("a property");
    assert_eq!(read.as_string().as_deref(), Some("4px"));
}

#[wasm_bindgen_test]
fn a_dictionary_that_contains_itself_round_trips() {
    let s = shapes();
    let inner = RouterCondition {
        url_pattern: Some("/b".into()),
        ..Default::default()
    };
    let condition = RouterCondition {
        url_pattern: Some("/a".into()),
        or: Some(vec![inner.clone()]),
        not: Some(Box::new(inner)),
    };
    let back = s.echo_condition(&condition);
    assert_eq!(
        s.last(),
        r#"{"not":{"urlPattern":"/b"},"or":[{"urlPattern":"/b"}],"urlPattern":"/a"}"#
    );
    assert_eq!(back, condition);
}

#[wasm_bindgen_test]
async fn nullable_dictionaries_and_dictionary_attributes_are_options() {
    let s = shapes();
    let found = s.find("a").await.expect("resolves");
    assert_eq!(found.map(|d| d.shape), Some(vec![1]));
    assert!(s.find("b").await.expect("resolves").is_none());
    assert!(s.current().is_none());
    let json = s.to_json();
    assert_eq!((json.shape, json.id), (vec![2, 3], 9));
}
