//! The same 30 platform definitions as `../idlbind`, each with the members an app of this
//! size uses named in its `use` list (scripts/compile_cost.sh).

idlbind::idl! {
    #![platform]
    use Window::{document, fetch, requestAnimationFrame, localStorage, performance},
        Document::{body, createElement, getElementById, querySelector, querySelectorAll},
        Node::{appendChild, removeChild, textContent},
        NodeList::{length, item},
        Element::{setAttribute, getAttribute, classList, id, innerHTML},
        HTMLElement::{style, hidden, click},
        HTMLInputElement::{value, checked},
        HTMLButtonElement::disabled,
        HTMLCanvasElement::{getContext, width, height},
        HTMLImageElement::{src, complete},
        CanvasRenderingContext2D::{fillStyle, fillRect, getImageData, putImageData, drawImage},
        ImageData::{constructor, data, width, height},
        Event::{preventDefault, target, type},
        MouseEvent::{clientX, clientY, button},
        KeyboardEvent::{key, code},
        InputEvent::data,
        EventTarget::{addEventListener, removeEventListener},
        DOMTokenList::{add, remove, toggle, contains},
        CSSStyleDeclaration::{setProperty, getPropertyValue},
        Response::{ok, status, json, text},
        Request::{constructor, url},
        Headers::{constructor, get, set},
        URL::{constructor, href, searchParams},
        URLSearchParams::{get, set},
        Blob::{constructor, size, text},
        File::name,
        FileList::{length, item},
        FileReader::{constructor, readAsText, result},
        Storage::{getItem, setItem},
        Performance::now;
}

#[idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(wasm_bindgen = idlbind::__private::wasm_bindgen)]
pub fn has_body() -> bool {
    document().body().is_some()
}
