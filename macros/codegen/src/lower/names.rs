//! Rust names for Web IDL names: the fixed naming table of the binding rules.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// Strict, reserved and weak-in-practice keywords: a name equal to one gets a trailing `_`.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

fn unkeyword(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) || name == "_" || name.is_empty() {
        format!("{name}_")
    } else {
        name
    }
}

/// Interfaces, dictionaries, enums, callbacks, typedefs: `HTMLElement` → `HtmlElement`.
pub fn type_name(idl: &str) -> String {
    unkeyword(idl.to_upper_camel_case())
}

/// Operations, attribute getters, arguments: `getElementById` → `get_element_by_id`.
pub fn member_name(idl: &str) -> String {
    unkeyword(idl.to_snake_case())
}

/// Constants: `ELEMENT_NODE` stays, `maxValue` → `MAX_VALUE`.
pub fn const_name(idl: &str) -> String {
    unkeyword(idl.to_shouty_snake_case())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixed_table() {
        assert_eq!(type_name("HTMLElement"), "HtmlElement");
        assert_eq!(type_name("XMLHttpRequest"), "XmlHttpRequest");
        assert_eq!(type_name("URL"), "Url");
        assert_eq!(
            type_name("WebGL2RenderingContext"),
            "WebGl2RenderingContext"
        );
        assert_eq!(member_name("getElementById"), "get_element_by_id");
        assert_eq!(member_name("innerHTML"), "inner_html");
        assert_eq!(member_name("setAttributeNS"), "set_attribute_ns");
        assert_eq!(const_name("ELEMENT_NODE"), "ELEMENT_NODE");
        assert_eq!(member_name("type"), "type_");
        assert_eq!(member_name("self"), "self_");
        assert_eq!(type_name("Self"), "Self_");
    }
}
