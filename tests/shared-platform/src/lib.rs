//! The first of two crates sharing the platform's types: this one binds them, and exports
//! `shared_platform!`, in which a block of another crate (`tests/tests/browser_shared_platform.rs`)
//! binds more of the platform, using these types instead of making its own.

idlbind::idl! {
    #![platform]
    #![export(shared_platform)]
    use Window, Document, Node, Element, HTMLElement, EventTarget;
}

/// A function of this crate taking its own `Element`: the other crate's canvas is one.
pub fn tag_of(element: &Element) -> String {
    element.tag_name()
}
