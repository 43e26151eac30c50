//! Real Web APIs in Node, bound from their real IDL: the Encoding, File API, Fetch and Web
//! Cryptography definitions are copied verbatim from `tests/idl/webref/*.idl` (`@webref/idl`
//! 3.85.0, see `tests/idl/webref/SOURCES.md`), and the tests assert on what Node really does.
//!
//! Changes to the copied text, each marked where it is made:
//! - a member idlbind cannot bind yet is dropped and replaced by an `// omitted: ...` comment;
//! - `[Throws]` (idlbind's own extended attribute) is added to members whose exceptions are
//!   tested as `Err`;
//! - `[RustName=from_json]` on the static `Response.json`, whose Rust name would clash with the
//!   `json()` method `Response` gets from the `Body` mixin;
//! - types the definitions mention but these tests do not use are declared as empty
//!   interfaces;
//! - definitions from other specs that webref 3.85.0 does not put in these files
//!   (`ReferrerPolicy`, `KeyUsage`, `KeyFormat`) are copied from their specs, with the source
//!   named next to them;
//!
//! `globalThis.crypto` is reached through the free function `crypto()` that the `[Global]`
//! `Window` interface's mixin gives (an interface-typed result is not checked with
//! `instanceof`, which matters here: Node 20's `crypto` is not `instanceof Crypto`).

use idlbind::{DomExceptionName, JsCast, JsErrorKind, JsValue, ToJs, idl};
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen_test::wasm_bindgen_test;

// Encoding Standard, from `tests/idl/webref/encoding.idl`.
idl! {
    interface mixin TextDecoderCommon {
      readonly attribute DOMString encoding;
      readonly attribute boolean fatal;
      readonly attribute boolean ignoreBOM;
    };

    dictionary TextDecoderOptions {
      boolean fatal = false;
      boolean ignoreBOM = false;
    };

    dictionary TextDecodeOptions {
      boolean stream = false;
    };

    [Exposed=*]
    interface TextDecoder {
      constructor(optional DOMString label = "utf-8", optional TextDecoderOptions options = {});

      // [Throws] added: a fatal decoder throws a TypeError on invalid input.
      [Throws] USVString decode(optional AllowSharedBufferSource input, optional TextDecodeOptions options = {});
    };
    TextDecoder includes TextDecoderCommon;

    interface mixin TextEncoderCommon {
      readonly attribute DOMString encoding;
    };

    dictionary TextEncoderEncodeIntoResult {
      unsigned long long read;
      unsigned long long written;
    };

    [Exposed=*]
    interface TextEncoder {
      constructor();

      [NewObject] Uint8Array encode(optional USVString input = "");
      TextEncoderEncodeIntoResult encodeInto(USVString source, [AllowShared] Uint8Array destination);
    };
    TextEncoder includes TextEncoderCommon;
}

// File API, from `tests/idl/webref/FileAPI.idl`.
idl! {
    [Exposed=(Window,Worker), Serializable]
    interface Blob {
      constructor(optional sequence<BlobPart> blobParts,
                  optional BlobPropertyBag options = {});

      readonly attribute unsigned long long size;
      readonly attribute DOMString type;

      // slice Blob into byte-ranged chunks
      Blob slice(optional [Clamp] long long start,
                optional [Clamp] long long end,
                optional DOMString contentType);

      // read from the Blob.
      [NewObject] ReadableStream stream();
      [NewObject] Promise<USVString> text();
      [NewObject] Promise<ArrayBuffer> arrayBuffer();
      [NewObject] ReadableStream textStream();
      [NewObject] Promise<Uint8Array> bytes();
    };

    enum EndingType { "transparent", "native" };

    dictionary BlobPropertyBag {
      DOMString type = "";
      EndingType endings = "transparent";
    };

    typedef (BufferSource or Blob or USVString) BlobPart;

    [Exposed=(Window,Worker), Serializable]
    interface File : Blob {
      constructor(sequence<BlobPart> fileBits,
                  USVString fileName,
                  optional FilePropertyBag options = {});
      readonly attribute DOMString name;
      readonly attribute long long lastModified;
    };

    dictionary FilePropertyBag : BlobPropertyBag {
      long long lastModified;
    };

    // Streams Standard; mentioned, not tested here.
    [Exposed=*] interface ReadableStream {};
}

// Fetch Standard, from `tests/idl/webref/fetch.idl`. `Blob` and `ReadableStream` are the Rust
// types the File API block above defines.
idl! {
    typedef (sequence<sequence<ByteString>> or record<ByteString, ByteString>) HeadersInit;

    [Exposed=(Window,Worker)]
    interface Headers {
      constructor(optional HeadersInit init);

      // [Throws] added: an invalid header name or value throws a TypeError.
      [Throws] undefined append(ByteString name, ByteString value);
      undefined delete(ByteString name);
      ByteString? get(ByteString name);
      sequence<ByteString> getSetCookie();
      boolean has(ByteString name);
      undefined set(ByteString name, ByteString value);
      iterable<ByteString, ByteString>;
    };

    typedef (Blob or BufferSource or FormData or URLSearchParams or USVString) XMLHttpRequestBodyInit;

    typedef (ReadableStream or XMLHttpRequestBodyInit) BodyInit;
    interface mixin Body {
      readonly attribute ReadableStream? body;
      readonly attribute boolean bodyUsed;
      [NewObject] Promise<ArrayBuffer> arrayBuffer();
      [NewObject] Promise<Blob> blob();
      [NewObject] Promise<Uint8Array> bytes();
      [NewObject] Promise<FormData> formData();
      [NewObject] Promise<any> json();
      [NewObject] Promise<USVString> text();
      [NewObject] ReadableStream textStream();
    };
    typedef (Request or USVString) RequestInfo;

    [Exposed=(Window,Worker)]
    interface Request {
      constructor(RequestInfo input, optional RequestInit init = {});

      readonly attribute ByteString method;
      readonly attribute USVString url;
      [SameObject] readonly attribute Headers headers;

      readonly attribute RequestDestination destination;
      readonly attribute USVString referrer;
      readonly attribute ReferrerPolicy referrerPolicy;
      readonly attribute RequestMode mode;
      readonly attribute RequestCredentials credentials;
      readonly attribute RequestCache cache;
      readonly attribute RequestRedirect redirect;
      readonly attribute DOMString integrity;
      readonly attribute boolean keepalive;
      readonly attribute boolean isReloadNavigation;
      readonly attribute boolean isHistoryNavigation;
      readonly attribute AbortSignal signal;
      readonly attribute RequestDuplex duplex;

      [NewObject] Request clone();
    };
    Request includes Body;

    dictionary RequestInit {
      ByteString method;
      HeadersInit headers;
      BodyInit? body;
      USVString referrer;
      ReferrerPolicy referrerPolicy;
      RequestMode mode;
      RequestCredentials credentials;
      RequestCache cache;
      RequestRedirect redirect;
      DOMString integrity;
      boolean keepalive;
      AbortSignal? signal;
      RequestDuplex duplex;
      RequestPriority priority;
      any window; // can only be set to null
    };

    enum RequestDestination { "", "audio", "audioworklet", "document", "embed", "font", "frame", "iframe", "image", "json", "manifest", "object", "paintworklet", "report", "script", "sharedworker", "style", "text", "track", "video", "worker", "xslt" };
    enum RequestMode { "navigate", "same-origin", "no-cors", "cors" };
    enum RequestCredentials { "omit", "same-origin", "include" };
    enum RequestCache { "default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached" };
    enum RequestRedirect { "follow", "error", "manual" };
    enum RequestDuplex { "half" };
    enum RequestPriority { "high", "low", "auto" };

    [Exposed=(Window,Worker)]
    interface Response {
      constructor(optional BodyInit? body = null, optional ResponseInit init = {});

      [NewObject] static Response error();
      [NewObject] static Response redirect(USVString url, optional unsigned short status = 302);
      // [RustName=from_json] added: `json` is also the `Body` mixin's method.
      [NewObject, RustName=from_json] static Response json(any data, optional ResponseInit init = {});

      readonly attribute ResponseType type;

      readonly attribute USVString url;
      readonly attribute boolean redirected;
      readonly attribute unsigned short status;
      readonly attribute boolean ok;
      readonly attribute ByteString statusText;
      [SameObject] readonly attribute Headers headers;

      [NewObject] Response clone();
    };
    Response includes Body;

    dictionary ResponseInit {
      unsigned short status = 200;
      ByteString statusText = "";
      HeadersInit headers;
    };

    enum ResponseType { "basic", "cors", "default", "error", "opaque", "opaqueredirect" };

    // From the Referrer Policy spec (https://w3c.github.io/webappsec-referrer-policy/), which
    // fetch.idl uses but does not define; webref has it in `referrer-policy.idl`.
    enum ReferrerPolicy {
      "",
      "no-referrer",
      "no-referrer-when-downgrade",
      "same-origin",
      "origin",
      "strict-origin",
      "origin-when-cross-origin",
      "strict-origin-when-cross-origin",
      "unsafe-url"
    };

    // HTML Standard (html.idl): the global object and the `WindowOrWorkerGlobalScope` mixin,
    // the members these tests use; their members are free functions on `globalThis`. The two
    // partial mixins are verbatim from fetch.idl and WebCryptoAPI.idl (`Crypto` is the type
    // the Web Cryptography block below defines).
    [Global=Window, Exposed=Window]
    interface Window {};

    interface mixin WindowOrWorkerGlobalScope {
      // base64 utility methods
      DOMString btoa(DOMString data);
      ByteString atob(DOMString data);

      // structured cloning
      any structuredClone(any value, optional StructuredSerializeOptions options = {});
    };
    Window includes WindowOrWorkerGlobalScope;

    dictionary StructuredSerializeOptions {
      sequence<object> transfer = [];
    };

    partial interface mixin WindowOrWorkerGlobalScope {
      [NewObject] Promise<Response> fetch(RequestInfo input, optional RequestInit init = {});
    };

    partial interface mixin WindowOrWorkerGlobalScope {
      [SameObject] readonly attribute Crypto crypto;
    };

    // XHR, URL and DOM Standards; mentioned, not tested here.
    [Exposed=(Window,Worker)] interface FormData {};
    [Exposed=*] interface URLSearchParams {};
    [Exposed=*] interface AbortSignal {};
}

// Web Cryptography API, from `tests/idl/webref/WebCryptoAPI.idl` (its `crypto` member of the
// `WindowOrWorkerGlobalScope` partial mixin is in the Fetch block, where the mixin is).
idl! {
    [Exposed=(Window,Worker)]
    interface Crypto {
      [SecureContext] readonly attribute SubtleCrypto subtle;
      ArrayBufferView getRandomValues(ArrayBufferView array);
      [SecureContext] DOMString randomUUID();
    };

    typedef (object or DOMString) AlgorithmIdentifier;

    typedef AlgorithmIdentifier HashAlgorithmIdentifier;

    dictionary Algorithm {
      required DOMString name;
    };

    dictionary KeyAlgorithm {
      required DOMString name;
    };

    enum KeyType { "public", "private", "secret" };

    [SecureContext,Exposed=(Window,Worker),Serializable]
    interface CryptoKey {
      readonly attribute KeyType type;
      readonly attribute boolean extractable;
      readonly attribute object algorithm;
      readonly attribute object usages;
    };

    [SecureContext,Exposed=(Window,Worker)]
    interface SubtleCrypto {
      Promise<ArrayBuffer> encrypt(
        AlgorithmIdentifier algorithm,
        CryptoKey key,
        BufferSource data
      );
      Promise<ArrayBuffer> decrypt(
        AlgorithmIdentifier algorithm,
        CryptoKey key,
        BufferSource data
      );
      Promise<ArrayBuffer> sign(
        AlgorithmIdentifier algorithm,
        CryptoKey key,
        BufferSource data
      );
      Promise<boolean> verify(
        AlgorithmIdentifier algorithm,
        CryptoKey key,
        BufferSource signature,
        BufferSource data
      );
      Promise<ArrayBuffer> digest(
        AlgorithmIdentifier algorithm,
        BufferSource data
      );

      Promise<(CryptoKey or CryptoKeyPair)> generateKey(
        AlgorithmIdentifier algorithm,
        boolean extractable,
        sequence<KeyUsage> keyUsages
      );
      Promise<CryptoKey> deriveKey(
        AlgorithmIdentifier algorithm,
        CryptoKey baseKey,
        AlgorithmIdentifier derivedKeyType,
        boolean extractable,
        sequence<KeyUsage> keyUsages
      );
      Promise<ArrayBuffer> deriveBits(
        AlgorithmIdentifier algorithm,
        CryptoKey baseKey,
        optional [EnforceRange] unsigned long? length = null
      );

      Promise<CryptoKey> importKey(
        KeyFormat format,
        (BufferSource or JsonWebKey) keyData,
        AlgorithmIdentifier algorithm,
        boolean extractable,
        sequence<KeyUsage> keyUsages
      );
      Promise<(ArrayBuffer or JsonWebKey)> exportKey(
        KeyFormat format,
        CryptoKey key
      );

      Promise<ArrayBuffer> wrapKey(
        KeyFormat format,
        CryptoKey key,
        CryptoKey wrappingKey,
        AlgorithmIdentifier wrapAlgorithm
      );
      Promise<CryptoKey> unwrapKey(
        KeyFormat format,
        BufferSource wrappedKey,
        CryptoKey unwrappingKey,
        AlgorithmIdentifier unwrapAlgorithm,
        AlgorithmIdentifier unwrappedKeyAlgorithm,
        boolean extractable,
        sequence<KeyUsage> keyUsages
      );
    };

    dictionary RsaOtherPrimesInfo {
      // The following fields are defined in Section 6.3.2.7 of JSON Web Algorithms
      DOMString r;
      DOMString d;
      DOMString t;
    };

    dictionary JsonWebKey {
      // The following fields are defined in Section 3.1 of JSON Web Key
      DOMString kty;
      DOMString use;
      sequence<DOMString> key_ops;
      DOMString alg;

      // The following fields are defined in JSON Web Key Parameters Registration
      boolean ext;

      // The following fields are defined in Section 6 of JSON Web Algorithms
      DOMString crv;
      DOMString x;
      DOMString y;
      DOMString d;
      DOMString n;
      DOMString e;
      DOMString p;
      DOMString q;
      DOMString dp;
      DOMString dq;
      DOMString qi;
      sequence<RsaOtherPrimesInfo> oth;
      DOMString k;
    };

    dictionary CryptoKeyPair {
      CryptoKey publicKey;
      CryptoKey privateKey;
    };

    dictionary HmacImportParams : Algorithm {
      required HashAlgorithmIdentifier hash;
      [EnforceRange] unsigned long length;
    };

    // From the Web Cryptography API (https://w3c.github.io/webcrypto/), as the
    // web-platform-tests copy `interfaces/WebCryptoAPI.idl` has them: `SubtleCrypto` uses
    // both, and webref 3.85.0 defines them in `webcrypto-modern-algos.idl` (with more values),
    // not in `webcrypto.idl`.
    enum KeyUsage { "encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey" };
    enum KeyFormat { "raw", "spki", "pkcs8", "jwk" };
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn buffer_bytes(buffer: &ArrayBuffer) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("property is readable")
}

/// A dictionary where Web IDL says `object` (an `AlgorithmIdentifier`).
fn as_object(dictionary: &impl ToJs) -> AlgorithmIdentifier {
    AlgorithmIdentifier::Object(dictionary.to_js().unchecked_into::<Object>())
}

// 1. TextDecoder and its dictionaries.

#[wasm_bindgen_test]
fn text_decoder_defaults_and_utf8() {
    let decoder = TextDecoder::new().unwrap();
    assert_eq!(decoder.encoding(), "utf-8");
    assert!(!decoder.fatal());
    assert!(!decoder.ignore_bom());
    assert_eq!(decoder.decode().unwrap(), "");
    let text = "héllo € 𝄞";
    assert_eq!(decoder.decode_with(text.as_bytes(), None).unwrap(), text);
    // A lone 0xFF is replaced, not an error, when the decoder is not fatal.
    assert_eq!(
        decoder.decode_with(&b"a\xFFb"[..], None).unwrap(),
        "a\u{FFFD}b"
    );
}

#[wasm_bindgen_test]
fn text_decoder_options_dictionary() {
    let options = TextDecoderOptions {
        fatal: true,
        ..Default::default()
    };
    assert!(!options.ignore_bom);
    let decoder = TextDecoder::new_with("utf-8", &options).unwrap();
    assert!(decoder.fatal());
    assert!(!decoder.ignore_bom());
    assert_eq!(decoder.encoding(), "utf-8");
    assert_eq!(decoder.decode_with(&b"ok"[..], None).unwrap(), "ok");

    let error = decoder.decode_with(&b"a\xFFb"[..], None).unwrap_err();
    assert_eq!(*error.kind(), JsErrorKind::TypeError);
    assert_eq!(error.name(), "TypeError");

    // A label is normalised to the encoding's name; the options are left out.
    let latin = TextDecoder::new_with("latin1", None).unwrap();
    assert_eq!(latin.encoding(), "windows-1252");
    assert_eq!(latin.decode_with(&b"caf\xE9"[..], None).unwrap(), "café");
    // The label is left out (`undefined`, so "utf-8") and the options are given.
    let no_label = TextDecoder::new_with(None, &TextDecoderOptions::default()).unwrap();
    assert_eq!(no_label.encoding(), "utf-8");

    let error = TextDecoder::new_with("no-such-encoding", None).unwrap_err();
    assert_eq!(error.name(), "RangeError");
}

#[wasm_bindgen_test]
fn text_decoder_ignore_bom_and_stream() {
    let with_bom = b"\xEF\xBB\xBFA";
    let strips = TextDecoder::new().unwrap();
    assert_eq!(strips.decode_with(&with_bom[..], None).unwrap(), "A");
    let keeps = TextDecoder::new_with(
        None,
        &TextDecoderOptions {
            ignore_bom: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(keeps.ignore_bom());
    assert_eq!(keeps.decode_with(&with_bom[..], None).unwrap(), "\u{FEFF}A");

    // `stream: true` keeps an incomplete sequence for the next call.
    let euro = "€".as_bytes();
    let decoder = TextDecoder::new().unwrap();
    let first = decoder
        .decode_with(&euro[..2], &TextDecodeOptions { stream: true })
        .unwrap();
    assert_eq!(first, "");
    assert_eq!(decoder.decode_with(&euro[2..], None).unwrap(), "€");
}

#[wasm_bindgen_test]
fn text_encoder_encode_and_encode_into() {
    let encoder = TextEncoder::new().unwrap();
    assert_eq!(encoder.encoding(), "utf-8");
    assert_eq!(encoder.encode().length(), 0);
    assert_eq!(encoder.encode_with("héllo").to_vec(), "héllo".as_bytes());
    // Four bytes hold "h", "é" (two bytes) and "l": three UTF-16 code units read.
    let mut buffer = [0u8; 4];
    let result = encoder.encode_into("héllo", &mut buffer[..]);
    assert_eq!(result.read, Some(3));
    assert_eq!(result.written, Some(4));
    assert_eq!(&buffer, "hél".as_bytes());
}

// 2. Headers from a record and from a sequence of pairs.

#[wasm_bindgen_test]
fn headers_from_record_and_from_pairs() {
    let record = HeadersInit::from(vec![
        ("A".to_string(), "1".to_string()),
        ("Content-Type".to_string(), "text/plain".to_string()),
    ]);
    let headers = Headers::new_with(record).unwrap();
    assert_eq!(headers.get("a").as_deref(), Some("1"));
    assert_eq!(headers.get("content-type").as_deref(), Some("text/plain"));
    assert_eq!(headers.get("missing"), None);

    let pairs = HeadersInit::from(vec![
        vec!["b".to_string(), "2".to_string()],
        vec!["b".to_string(), "3".to_string()],
    ]);
    let headers = Headers::new_with(pairs).unwrap();
    assert_eq!(headers.get("B").as_deref(), Some("2, 3"));

    let empty = Headers::new().unwrap();
    assert!(!empty.has("b"));
}

#[wasm_bindgen_test]
fn headers_iterate_in_sorted_order() {
    let headers = Headers::new_with(HeadersInit::from(vec![
        vec!["X-B".to_string(), "2".to_string()],
        vec!["x-a".to_string(), "1".to_string()],
    ]))
    .unwrap();
    let pairs: Vec<(String, String)> = headers.iter().collect();
    assert_eq!(
        pairs,
        [("x-a".into(), "1".into()), ("x-b".into(), "2".into())]
    );
    assert_eq!(headers.keys().collect::<Vec<_>>(), ["x-a", "x-b"]);
}

#[wasm_bindgen_test]
fn headers_append_has_delete_set_and_set_cookie() {
    let headers = Headers::new().unwrap();
    headers.append("X-One", "1").unwrap();
    headers.append("x-one", "2").unwrap();
    assert!(headers.has("x-ONE"));
    assert_eq!(headers.get("x-one").as_deref(), Some("1, 2"));
    headers.set("x-one", "3");
    assert_eq!(headers.get("x-one").as_deref(), Some("3"));
    headers.delete("X-One");
    assert!(!headers.has("x-one"));

    headers.append("Set-Cookie", "a=1").unwrap();
    headers.append("Set-Cookie", "b=2").unwrap();
    assert_eq!(headers.get_set_cookie(), vec!["a=1", "b=2"]);
    // ByteString: Latin-1 characters cross as they are.
    headers.set("x-latin", "café");
    assert_eq!(headers.get("x-latin").as_deref(), Some("café"));
}

#[wasm_bindgen_test]
fn invalid_headers_are_type_errors() {
    let headers = Headers::new().unwrap();
    let error = headers.append("bad name", "x").unwrap_err();
    assert_eq!(*error.kind(), JsErrorKind::TypeError);
    assert!(error.message().contains("bad name"), "{}", error.message());

    let error = Headers::new_with(HeadersInit::from(vec![vec![
        "bad name".to_string(),
        "x".to_string(),
    ]]))
    .unwrap_err();
    assert_eq!(error.name(), "TypeError");
    // A pair must have exactly two items.
    let error = Headers::new_with(HeadersInit::from(vec![vec!["a".to_string()]])).unwrap_err();
    assert_eq!(error.name(), "TypeError");
}

// 3. Blob from a string, bytes and another Blob.

#[wasm_bindgen_test]
async fn blob_from_mixed_parts() {
    let inner = Blob::new_with(vec![BlobPart::from("d")], None).unwrap();
    assert_eq!(inner.size(), 1);
    assert_eq!(inner.type_(), "");
    let bytes = Uint8Array::from(&b"c"[..]);
    let parts = vec![
        BlobPart::from("ab"),
        BlobPart::from(Object::from(bytes)),
        BlobPart::from(&inner),
    ];
    let options = BlobPropertyBag {
        type_: "Text/Plain".to_string(),
        ..Default::default()
    };
    assert_eq!(options.endings, EndingType::Transparent);
    let blob = Blob::new_with(parts, &options).unwrap();
    assert_eq!(blob.size(), 4);
    // The type is lower-cased.
    assert_eq!(blob.type_(), "text/plain");

    assert_eq!(blob.text().await.unwrap(), "abcd");
    let buffer = blob.array_buffer().await.unwrap();
    assert_eq!(buffer.byte_length(), 4);
    assert_eq!(buffer_bytes(&buffer), b"abcd");
    assert_eq!(blob.bytes().await.unwrap().to_vec(), b"abcd");

    let slice = blob.slice_with(1, 3, "application/x-test");
    assert_eq!(slice.size(), 2);
    assert_eq!(slice.type_(), "application/x-test");
    assert_eq!(slice.text().await.unwrap(), "bc");
    // Negative positions count from the end.
    assert_eq!(blob.slice_with(-1, None, None).text().await.unwrap(), "d");

    let empty = Blob::new().unwrap();
    assert_eq!(empty.size(), 0);
    assert_eq!(empty.text().await.unwrap(), "");
}

#[wasm_bindgen_test]
async fn file_extends_blob() {
    let options = FilePropertyBag {
        type_: "text/plain".to_string(),
        endings: EndingType::Native,
        last_modified: Some(1_700_000_000_000),
    };
    let file = File::new_with(["hello ", "file"], "greeting.txt", &options).unwrap();
    assert_eq!(file.name(), "greeting.txt");
    assert_eq!(file.last_modified(), 1_700_000_000_000);
    // Blob's members through Deref.
    assert_eq!(file.size(), 10);
    assert_eq!(file.type_(), "text/plain");
    assert_eq!(file.text().await.unwrap(), "hello file");
    // A File is a Blob part.
    let blob = Blob::new_with(vec![BlobPart::from(&*file), BlobPart::from("!")], None).unwrap();
    assert_eq!(blob.text().await.unwrap(), "hello file!");
}

// 4. Response: a body, ResponseInit, json() and the static json.

#[wasm_bindgen_test]
async fn response_json_and_init() {
    let init = ResponseInit {
        status: 201,
        status_text: "Created".to_string(),
        headers: Some(HeadersInit::from(vec![(
            "Content-Type".to_string(),
            "application/json".to_string(),
        )])),
    };
    let response =
        Response::new_with(BodyInit::from(r#"{"a":1,"b":"x","c":[true]}"#), &init).unwrap();
    assert_eq!(response.status(), 201);
    assert!(response.ok());
    assert_eq!(response.status_text(), "Created");
    assert_eq!(response.type_(), ResponseType::Default);
    assert!(!response.redirected());
    assert_eq!(
        response.headers().get("content-type").as_deref(),
        Some("application/json")
    );
    assert!(response.body().is_some());
    assert!(!response.body_used());

    let value = response.json().await.unwrap();
    assert!(response.body_used());
    assert_eq!(get(&value, "a").as_f64(), Some(1.0));
    assert_eq!(get(&value, "b").as_string().as_deref(), Some("x"));
    let c = get(&value, "c").unchecked_into::<Array>();
    assert_eq!(c.length(), 1);
    assert_eq!(c.get(0).as_bool(), Some(true));
}

#[wasm_bindgen_test]
async fn response_defaults_and_static_members() {
    let response = Response::new().unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.status_text(), "");
    assert!(response.body().is_none());
    assert_eq!(response.text().await.unwrap(), "");

    let text = Response::new_with(BodyInit::from("plain"), None).unwrap();
    assert_eq!(
        text.headers().get("content-type").as_deref(),
        Some("text/plain;charset=UTF-8")
    );
    let copy = text.clone();
    assert_eq!(copy.text().await.unwrap(), "plain");
    assert_eq!(text.bytes().await.unwrap().to_vec(), b"plain");

    let data = js_sys::JSON::parse(r#"{"n":[1,2]}"#).unwrap();
    let json = Response::from_json_with(
        &data,
        &ResponseInit {
            status: 202,
            ..Default::default()
        },
    );
    assert_eq!(json.status(), 202);
    assert_eq!(
        json.headers().get("content-type").as_deref(),
        Some("application/json")
    );
    assert_eq!(json.text().await.unwrap(), r#"{"n":[1,2]}"#);
    assert_eq!(
        Response::from_json(&JsValue::from(7)).text().await.unwrap(),
        "7"
    );

    let error = Response::error();
    assert_eq!(error.type_(), ResponseType::Error);
    assert_eq!(error.status(), 0);
    assert!(!error.ok());

    let redirect = Response::redirect_with("https://example.com/next", 301);
    assert_eq!(redirect.status(), 301);
    assert_eq!(
        redirect.headers().get("location").as_deref(),
        Some("https://example.com/next")
    );
    assert_eq!(Response::redirect("https://example.com/").status(), 302);

    // A blob body, read back as a Blob.
    let blob = Blob::new_with(
        vec![BlobPart::from("xyz")],
        &BlobPropertyBag {
            type_: "text/x-test".to_string(),
            ..Default::default()
        },
    )
    .unwrap();
    let from_blob = Response::new_with(BodyInit::from(&blob), None).unwrap();
    assert_eq!(
        from_blob.headers().get("content-type").as_deref(),
        Some("text/x-test")
    );
    let back = from_blob.blob().await.unwrap();
    assert_eq!(back.size(), 3);
    assert_eq!(back.text().await.unwrap(), "xyz");

    // A BufferSource body.
    let bytes = Object::from(Uint8Array::from(&[1u8, 2, 3][..]));
    let from_bytes = Response::new_with(BodyInit::from(bytes), None).unwrap();
    let buffer = from_bytes.array_buffer().await.unwrap();
    assert_eq!(buffer_bytes(&buffer), [1, 2, 3]);

    // An out-of-range status is a RangeError from the constructor.
    let error = Response::new_with(
        None,
        &ResponseInit {
            status: 99,
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(error.name(), "RangeError");
}

// 5. SubtleCrypto.digest.

#[wasm_bindgen_test]
async fn sha256_digest_of_abc() {
    let subtle = crypto().subtle();
    let digest = subtle.digest("SHA-256", &b"abc"[..]).await.unwrap();
    assert_eq!(digest.byte_length(), 32);
    assert_eq!(
        hex(&buffer_bytes(&digest)),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    // The algorithm as an object (a dictionary), the data as a Vec.
    let sha1 = subtle
        .digest(as_object(&Algorithm::new("SHA-1")), b"abc".to_vec())
        .await
        .unwrap();
    assert_eq!(
        hex(&buffer_bytes(&sha1)),
        "a9993e364706816aba3e25717850c26c9cd0d89d"
    );
    // A promise is eager and can be awaited through clones.
    let promise = subtle.digest(AlgorithmIdentifier::from("SHA-256"), &b""[..]);
    let again = promise.clone();
    let first = promise.await.unwrap();
    let second = again.await.unwrap();
    assert_eq!(
        hex(&buffer_bytes(&first)),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(buffer_bytes(&first), buffer_bytes(&second));
}

#[wasm_bindgen_test]
async fn hmac_import_sign_verify_and_export() {
    let subtle = crypto().subtle();
    let params = HmacImportParams::new("HMAC", "SHA-256");
    let key = subtle
        .import_key(
            KeyFormat::Raw,
            BufferSourceOrJsonWebKey::from(Object::from(Uint8Array::from(&b"key"[..]))),
            as_object(&params),
            true,
            [KeyUsage::Sign, KeyUsage::Verify],
        )
        .await
        .unwrap();
    assert_eq!(key.type_(), KeyType::Secret);
    assert!(key.extractable());
    assert_eq!(
        get(&key.algorithm(), "name").as_string().as_deref(),
        Some("HMAC")
    );

    let message = b"The quick brown fox jumps over the lazy dog";
    let signature = subtle.sign("HMAC", &key, &message[..]).await.unwrap();
    let signature = buffer_bytes(&signature);
    assert_eq!(
        hex(&signature),
        "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
    );
    assert!(
        subtle
            .verify("HMAC", &key, &signature[..], &message[..])
            .await
            .unwrap()
    );
    assert!(
        !subtle
            .verify("HMAC", &key, &signature[..], &b"another message"[..])
            .await
            .unwrap()
    );

    match subtle.export_key(KeyFormat::Jwk, &key).await.unwrap() {
        ArrayBufferOrJsonWebKey::JsonWebKey(jwk) => {
            assert_eq!(jwk.kty.as_deref(), Some("oct"));
            assert_eq!(jwk.alg.as_deref(), Some("HS256"));
            assert_eq!(jwk.ext, Some(true));
            // "key" in base64url.
            assert_eq!(jwk.k.as_deref(), Some("a2V5"));
            assert_eq!(
                jwk.key_ops,
                Some(vec!["sign".to_string(), "verify".to_string()])
            );
            assert_eq!(jwk.crv, None);
        }
        other => panic!("a JWK export gave {other:?}"),
    }
    match subtle.export_key(KeyFormat::Raw, &key).await.unwrap() {
        ArrayBufferOrJsonWebKey::ArrayBuffer(raw) => assert_eq!(buffer_bytes(&raw), b"key"),
        other => panic!("a raw export gave {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn generate_key_gives_a_key_or_a_key_pair() {
    let subtle = crypto().subtle();
    let hmac = HmacImportParams::new("HMAC", "SHA-256");
    match subtle
        .generate_key(as_object(&hmac), false, &[KeyUsage::Sign])
        .await
        .unwrap()
    {
        CryptoKeyOrCryptoKeyPair::CryptoKey(key) => {
            assert_eq!(key.type_(), KeyType::Secret);
            assert!(!key.extractable());
            let usages = key.usages().unchecked_into::<Array>();
            assert_eq!(usages.to_vec(), vec![JsValue::from_str("sign")]);
        }
        other => panic!("HMAC generated {other:?}"),
    }

    let ecdsa = js_sys::JSON::parse(r#"{"name":"ECDSA","namedCurve":"P-256"}"#)
        .unwrap()
        .unchecked_into::<Object>();
    match subtle
        .generate_key(ecdsa, true, vec![KeyUsage::Sign, KeyUsage::Verify])
        .await
        .unwrap()
    {
        CryptoKeyOrCryptoKeyPair::CryptoKeyPair(pair) => {
            let public = pair.public_key.expect("a public key");
            let private = pair.private_key.expect("a private key");
            assert_eq!(public.type_(), KeyType::Public);
            assert_eq!(private.type_(), KeyType::Private);
            // Public keys are always extractable.
            assert!(public.extractable());
        }
        other => panic!("ECDSA generated {other:?}"),
    }
}

// 6. crypto.getRandomValues writes into a Rust buffer.

#[wasm_bindgen_test]
fn get_random_values_fills_the_buffer() {
    let crypto = crypto();
    let mut first = [0u8; 32];
    let view = crypto.get_random_values(&mut first[..]);
    assert!(first.iter().any(|&b| b != 0), "{first:?}");
    // It returns the view it was given: a Uint8Array of the same length.
    assert_eq!(view.unchecked_into::<Uint8Array>().length(), 32);
    let mut second = [0u8; 32];
    crypto.get_random_values(&mut second[..]);
    assert_ne!(first, second);

    let mut words = vec![0u32; 8];
    crypto.get_random_values(&mut words);
    assert!(words.iter().any(|&w| w != 0));

    let uuid = crypto.random_uuid();
    assert_eq!(uuid.len(), 36);
    assert_eq!(uuid.as_bytes()[14], b'4');
    assert_ne!(uuid, crypto.random_uuid());
}

#[wasm_bindgen_test]
#[should_panic(expected = "Crypto.getRandomValues")]
fn get_random_values_over_the_quota_panics_naming_the_member() {
    // More than 65536 bytes is a QuotaExceededError; the member is not [Throws].
    let mut big = vec![0u8; 65_537];
    crypto().get_random_values(&mut big[..]);
}

// 7. Enum-typed attributes and dictionary members.

#[wasm_bindgen_test]
async fn request_enums_and_init() {
    let request = Request::new("https://example.com/").unwrap();
    assert_eq!(request.mode(), RequestMode::Cors);
    assert_eq!(request.mode().as_str(), "cors");
    assert_eq!(request.method(), "GET");
    assert_eq!(request.url(), "https://example.com/");
    assert_eq!(request.destination(), RequestDestination::Empty);
    assert_eq!(request.referrer_policy(), ReferrerPolicy::Empty);
    assert_eq!(request.credentials(), RequestCredentials::SameOrigin);
    assert_eq!(request.cache(), RequestCache::Default);
    assert_eq!(request.redirect(), RequestRedirect::Follow);
    assert_eq!(request.duplex(), RequestDuplex::Half);
    assert_eq!(request.integrity(), "");
    assert!(!request.keepalive());
    assert!(!request.is_reload_navigation());
    assert!(!request.is_history_navigation());
    assert!(request.body().is_none());

    let init = RequestInit {
        method: Some("POST".to_string()),
        mode: Some(RequestMode::SameOrigin),
        headers: Some(HeadersInit::from(vec![vec![
            "x-test".to_string(),
            "yes".to_string(),
        ]])),
        body: Some(Some(BodyInit::from("payload"))),
        credentials: Some(RequestCredentials::Omit),
        cache: Some(RequestCache::NoStore),
        redirect: Some(RequestRedirect::Manual),
        referrer_policy: Some(ReferrerPolicy::NoReferrer),
        ..Default::default()
    };
    let request = Request::new_with("https://example.com/post", &init).unwrap();
    assert_eq!(request.mode(), RequestMode::SameOrigin);
    assert_eq!(request.method(), "POST");
    assert_eq!(request.credentials(), RequestCredentials::Omit);
    assert_eq!(request.cache(), RequestCache::NoStore);
    assert_eq!(request.redirect(), RequestRedirect::Manual);
    assert_eq!(request.referrer_policy(), ReferrerPolicy::NoReferrer);
    assert_eq!(request.headers().get("x-test").as_deref(), Some("yes"));

    // `clone()` here is the IDL's `Request.clone()` (an inherent method wins over `Clone`).
    let cloned = request.clone();
    assert_eq!(cloned.text().await.unwrap(), "payload");
    assert!(cloned.body_used());
    // A Request is a RequestInfo: the new one keeps the init's values and takes the body.
    let copy = Request::new(&request).unwrap();
    assert_eq!(copy.mode(), RequestMode::SameOrigin);
    assert_eq!(copy.method(), "POST");
    assert!(request.body_used());
    assert_eq!(copy.text().await.unwrap(), "payload");

    // "navigate" is a RequestMode, but the constructor refuses it.
    let error = Request::new_with(
        "https://example.com/",
        &RequestInit {
            mode: Some(RequestMode::Navigate),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(error.name(), "TypeError");
}

#[wasm_bindgen_test]
fn enum_strings_round_trip() {
    assert_eq!("no-cors".parse::<RequestMode>(), Ok(RequestMode::NoCors));
    assert_eq!(RequestMode::SameOrigin.to_string(), "same-origin");
    assert_eq!(
        RequestMode::VALUES,
        ["navigate", "same-origin", "no-cors", "cors"]
    );
    let error = "No-Cors".parse::<RequestMode>().unwrap_err();
    assert_eq!(error.value(), "No-Cors");
    assert_eq!(error.enum_name(), "RequestMode");
    assert_eq!(
        "strict-origin-when-cross-origin".parse::<ReferrerPolicy>(),
        Ok(ReferrerPolicy::StrictOriginWhenCrossOrigin)
    );
    assert_eq!("".parse::<ReferrerPolicy>(), Ok(ReferrerPolicy::Empty));
    assert_eq!(ResponseType::Opaqueredirect.as_str(), "opaqueredirect");
    assert_eq!(KeyUsage::DeriveBits.as_str(), "deriveBits");
    assert_eq!(EndingType::Native.as_str(), "native");
}

// 8. Rejected promises become JsErrors with the right name.

#[wasm_bindgen_test]
async fn unknown_digest_algorithm_is_not_supported_error() {
    let error = crypto()
        .subtle()
        .digest("NOPE", &b"abc"[..])
        .await
        .unwrap_err();
    assert_eq!(error.name(), "NotSupportedError");
    assert!(error.is_dom_exception(DomExceptionName::NotSupportedError));
    assert_eq!(
        *error.kind(),
        JsErrorKind::DomException(DomExceptionName::NotSupportedError)
    );
}

#[wasm_bindgen_test]
async fn invalid_json_body_is_syntax_error() {
    let response = Response::new_with(BodyInit::from("not json"), None).unwrap();
    let error = response.json().await.unwrap_err();
    assert_eq!(error.name(), "SyntaxError");
    // A JavaScript SyntaxError, not the DOMException of that name.
    assert_eq!(*error.kind(), JsErrorKind::Error);
    assert_eq!(error.dom_exception_name(), None);

    // Reading a body twice rejects with a TypeError.
    let error = response.text().await.unwrap_err();
    assert_eq!(error.name(), "TypeError");
}

// `[Global]` members as free functions, mixins as traits.

#[wasm_bindgen_test]
async fn fetch_of_a_data_url_is_a_free_function() {
    let response = fetch("data:text/plain;charset=utf-8,hello%20world")
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers().get("content-type").as_deref(),
        Some("text/plain;charset=utf-8")
    );
    assert_eq!(response.text().await.unwrap(), "hello world");

    let init = RequestInit {
        method: Some("GET".to_string()),
        ..Default::default()
    };
    let response = fetch_with("data:application/json,[1,2]", &init)
        .await
        .unwrap();
    let json = response.json().await.unwrap();
    assert_eq!(js_sys::JSON::stringify(&json).unwrap(), "[1,2]");

    let failed = fetch("data:text/plain;base64,%%%").await;
    assert_eq!(failed.unwrap_err().kind(), &JsErrorKind::TypeError);
}

#[wasm_bindgen_test]
fn global_mixin_members_are_free_functions() {
    assert_eq!(btoa("hello"), "aGVsbG8=");
    assert_eq!(atob("aGVsbG8="), "hello");
    let original = js_sys::JSON::parse(r#"{"a":[1,{"b":2}]}"#).unwrap();
    let copy = structured_clone(&original);
    assert!(!Object::is(&original, &copy));
    assert_eq!(
        js_sys::JSON::stringify(&copy).unwrap(),
        js_sys::JSON::stringify(&original).unwrap()
    );
    assert_eq!(crypto().random_uuid().len(), 36);
}

#[wasm_bindgen_test]
async fn a_mixin_is_a_trait_for_generic_code() {
    async fn text_of(body: &impl Body) -> String {
        body.text().await.unwrap()
    }
    let response = Response::new_with(BodyInit::from("from a response"), None).unwrap();
    assert_eq!(text_of(&response).await, "from a response");
    let init = RequestInit {
        method: Some("POST".to_string()),
        body: Some(Some(BodyInit::from("from a request"))),
        ..Default::default()
    };
    let request = Request::new_with("https://example.com/", &init).unwrap();
    assert!(!Body::body_used(&request));
    assert_eq!(text_of(&request).await, "from a request");
    assert!(Body::body_used(&request));
}
