//! Rust names for Web IDL names: the fixed naming table of the binding rules.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

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

/// Enum values: `"no-referrer"` → `NoReferrer`, `""` → `Empty`, `"2d"` → `N2d` (the same
/// prefix web-sys uses for a leading digit).
pub fn enum_variant(value: &str) -> String {
    let camel = value.to_upper_camel_case();
    if camel.is_empty() {
        "Empty".into()
    } else if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{camel}")
    } else {
        unkeyword(camel)
    }
}

/// The words `syn` refuses as identifiers (its `accept_as_ident`): keywords and `_`, sorted
/// (`is_ident` searches them by halves).
const NOT_IDENTS: &[&str] = &[
    "Self", "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `name` is an identifier `syn` reads as one (not a keyword, not `_`). Plain ASCII
/// names, nearly all of them, are decided here; others are lexed (lexing registers the text
/// in proc-macro2's source map outside a macro, and costs far more than the name).
pub fn is_ident(name: &str) -> bool {
    let bytes = name.as_bytes();
    let plain = bytes
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    match plain {
        true => NOT_IDENTS.binary_search(&name).is_err(),
        false => syn::parse_str::<Ident>(name).is_ok(),
    }
}

/// An identifier for a name derived from IDL. Invalid IDL names (say `2d`) are reported by
/// the model; this never panics on them, it makes a valid stand-in so expansion goes on.
pub fn ident(name: &str, span: Span) -> Ident {
    if is_ident(name) {
        return Ident::new(name, span);
    }
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match is_ident(&cleaned) {
        true => Ident::new(&cleaned, span),
        false => Ident::new(&format!("_{cleaned}_"), span),
    }
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
        assert_eq!(enum_variant("no-referrer"), "NoReferrer");
        assert_eq!(
            enum_variant("strict-origin-when-cross-origin"),
            "StrictOriginWhenCrossOrigin"
        );
        assert_eq!(enum_variant(""), "Empty");
        assert_eq!(enum_variant("2d"), "N2d");
        assert_eq!(enum_variant("webgl2"), "Webgl2");
    }

    #[test]
    fn idents_never_panic() {
        for name in ["2d", "", "a-b", "_", "type", "ok"] {
            let _ = ident(name, Span::call_site());
        }
        assert_eq!(ident("2d", Span::call_site()).to_string(), "_2d_");
    }

    #[test]
    fn is_ident_agrees_with_syn() {
        let names = [
            "a",
            "A1",
            "_a",
            "__",
            "_",
            "fn",
            "gen",
            "union",
            "r#type",
            "r#a",
            "2d",
            "",
            "a-b",
            "a b",
            "é",
            "ünï",
            "self",
            "Self",
            "crate",
            "dyn",
            "async",
            "x_y_z",
            "über_1",
            "a\u{301}",
            "\u{200d}",
            "a::b",
            "abc ",
            " abc",
            "macro_rules",
        ];
        for name in names {
            assert_eq!(
                is_ident(name),
                syn::parse_str::<Ident>(name).is_ok(),
                "{name:?}"
            );
        }
        assert!(
            NOT_IDENTS.is_sorted(),
            "`is_ident` searches NOT_IDENTS by halves"
        );
        for keyword in KEYWORDS.iter().chain(NOT_IDENTS) {
            assert_eq!(
                is_ident(keyword),
                syn::parse_str::<Ident>(keyword).is_ok(),
                "{keyword}"
            );
        }
    }
}
