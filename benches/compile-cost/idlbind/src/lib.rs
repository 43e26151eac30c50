//! 30 platform definitions, bound by name (scripts/compile_cost.sh).

idlbind::idl! {
    #![platform]
    use Window, Document, Node, NodeList, Element, HTMLElement, HTMLInputElement,
        HTMLButtonElement, HTMLCanvasElement, HTMLImageElement, CanvasRenderingContext2D,
        ImageData, Event, MouseEvent, KeyboardEvent, InputEvent, EventTarget, DOMTokenList,
        CSSStyleDeclaration, Response, Request, Headers, URL, URLSearchParams, Blob, File,
        FileList, FileReader, Storage, Performance;
}

#[idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(wasm_bindgen = idlbind::__private::wasm_bindgen)]
pub fn title() -> String {
    document().title()
}
