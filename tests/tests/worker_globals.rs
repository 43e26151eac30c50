//! `[Global]` members as free functions inside a dedicated Web Worker (headless Chromium):
//! the functions are bound from `Window`'s IDL, yet they call `globalThis`, so they work on a
//! `DedicatedWorkerGlobalScope` too, which is not a `Window`.
//!
//! IDL from the HTML Standard and the Fetch Standard (`tests/idl/webref/html.idl`,
//! `fetch.idl`), the members used here; types the tests do not use are empty interfaces.

use idlbind::idl;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_dedicated_worker);

idl! {
    [Global=Window, Exposed=Window]
    interface Window {};

    interface mixin WindowOrWorkerGlobalScope {
      [Replaceable] readonly attribute USVString origin;
      readonly attribute boolean isSecureContext;

      // base64 utility methods
      DOMString btoa(DOMString data);
      ByteString atob(DOMString data);
    };
    Window includes WindowOrWorkerGlobalScope;

    partial interface mixin WindowOrWorkerGlobalScope {
      [NewObject] Promise<Response> fetch(RequestInfo input, optional RequestInit init = {});
    };

    typedef (Request or USVString) RequestInfo;
    [Exposed=(Window,Worker)] interface Request {};
    dictionary RequestInit {
      ByteString method;
    };

    [Exposed=(Window,Worker)]
    interface Response {
      readonly attribute unsigned short status;
      [NewObject] Promise<USVString> text();
    };

    [Global=(Worker,DedicatedWorker), Exposed=DedicatedWorker]
    interface DedicatedWorkerGlobalScope {
      [Replaceable] readonly attribute DOMString name;
    };
}

#[wasm_bindgen_test]
fn the_global_is_a_worker_scope_not_a_window() {
    assert!(idlbind::global::<Window>().is_none());
    assert!(idlbind::global::<DedicatedWorkerGlobalScope>().is_some());
}

#[wasm_bindgen_test]
fn mixin_members_are_free_functions_in_a_worker() {
    assert_eq!(btoa("worker"), "d29ya2Vy");
    assert_eq!(atob("d29ya2Vy"), "worker");
    assert!(origin().starts_with("http://"), "origin: {}", origin());
    assert!(is_secure_context() || !origin().starts_with("https:"));
    // The worker's own global's members are free functions too.
    let _worker_name: String = name();
}

#[wasm_bindgen_test]
async fn fetch_works_in_a_worker() {
    let response = fetch("data:text/plain,from%20a%20worker").await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "from a worker");
}
