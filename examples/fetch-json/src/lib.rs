//! fetch-json: fetches a JSON file served beside the page and reads it into a dictionary
//! written inline, against the platform bound by name: only the members it calls
//! (`use Window::fetch, Response::{..}, Headers::get;`).

use idlbind::{FromJs, JsError, idl};
use idlbind_example_page::{log, report_panics};
use wasm_bindgen::prelude::wasm_bindgen;

idl! {
    #![platform]
    // Only the members this app calls: its compile time follows them.
    use Window::fetch, Response::{ok, status, statusText, headers, json}, Headers::get;

    /// The shape of `data.json`: JSON read as this dictionary, converted as Web IDL converts.
    dictionary Book {
      required DOMString title;
      required unsigned short year;
      sequence<DOMString> tags = [];
    };
}

#[wasm_bindgen]
pub async fn run() -> Result<(), JsError> {
    report_panics();
    let response = fetch("data.json").await?;
    let content_type = response.headers().get("content-type");
    assert!(response.ok());
    assert_eq!(response.status(), 200);
    log(&format!(
        "fetch(\"data.json\"): {} {}, content-type {content_type:?}",
        response.status(),
        response.status_text()
    ));

    let book = Book::from_js(response.json().await?).map_err(JsError::from)?;
    assert_eq!(book.title, "Web IDL");
    assert_eq!(book.year, 2016);
    assert_eq!(book.tags, ["web", "idl", "bindings"]);
    log(&format!("read as a Book: {book:?}"));

    let missing = fetch("missing.json").await?;
    assert!(!missing.ok());
    assert_eq!(missing.status(), 404);
    log(&format!(
        "fetch(\"missing.json\"): {} (a response, not an error)",
        missing.status()
    ));

    let error = fetch("http://[invalid").await.unwrap_err();
    assert_eq!(error.name(), "TypeError");
    log(&format!("fetch of a malformed URL rejected: {error}"));
    Ok(())
}
