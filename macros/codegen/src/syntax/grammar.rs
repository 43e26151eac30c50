//! Web IDL's grammar where weedle2 is more lenient: what weedle2 reads but the grammar has no
//! production for (keywords as names, one-member unions, `any` in a union, a nullable constant,
//! attributes in a callback interface, two extended attribute lists in a row, ...). These are
//! syntax errors in Web IDL, so `idlbind check --syntax` reports them.

use super::outline::{
    Argument, DefKind, Definition, ExtAttr, IdlType, Member, MemberKind, Name, Rhs, SpecialKind,
    TypeKind, Value,
};
use crate::diagnostics::{Diagnostics, Loc};

/// Words that Web IDL's tokeniser never reads as an identifier, but that may name an argument,
/// an attribute, an operation or a dictionary member.
pub const ARGUMENT_NAME_KEYWORDS: &[&str] = &[
    "async",
    "attribute",
    "callback",
    "const",
    "constructor",
    "deleter",
    "dictionary",
    "enum",
    "getter",
    "includes",
    "inherit",
    "interface",
    "iterable",
    "maplike",
    "mixin",
    "namespace",
    "partial",
    "readonly",
    "required",
    "setlike",
    "setter",
    "static",
    "stringifier",
    "typedef",
    "unrestricted",
];

/// Keywords that name a type.
pub const TYPE_KEYWORDS: &[&str] = &[
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Int8Array",
    "Int16Array",
    "Int32Array",
    "Uint8Array",
    "Uint16Array",
    "Uint32Array",
    "Uint8ClampedArray",
    "BigInt64Array",
    "BigUint64Array",
    "Float16Array",
    "Float32Array",
    "Float64Array",
    "any",
    "object",
    "symbol",
    "bigint",
    "boolean",
    "byte",
    "octet",
    "undefined",
];

/// The other keywords: never a name of any kind.
pub const OTHER_KEYWORDS: &[&str] = &[
    "-Infinity",
    "FrozenArray",
    "Infinity",
    "NaN",
    "ObservableArray",
    "Promise",
    "double",
    "false",
    "float",
    "long",
    "null",
    "optional",
    "or",
    "record",
    "sequence",
    "short",
    "true",
    "unsigned",
    "void",
];

fn is_keyword(word: &str) -> bool {
    ARGUMENT_NAME_KEYWORDS.contains(&word)
        || TYPE_KEYWORDS.contains(&word)
        || OTHER_KEYWORDS.contains(&word)
}

fn error(diagnostics: &mut Diagnostics, source: usize, at: usize, len: usize, message: String) {
    diagnostics.error(Loc::new(source, at, at + len.max(1)), message);
}

/// Checks of the text itself (comments blanked, rewrites applied): extended attribute lists
/// that are empty or follow one another, and reserved identifiers.
pub fn check_text(source: usize, text: &str, diagnostics: &mut Diagnostics) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut last_close: Option<usize> = None;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = crate::source::closing_quote(bytes, i) + 1;
                last_close = None;
                continue;
            }
            b'[' => {
                let before = text[..i].trim_end();
                let is_list = !before.ends_with('=');
                let after = text[i + 1..].trim_start();
                if is_list && after.starts_with(']') {
                    error(
                        diagnostics,
                        source,
                        i,
                        1,
                        "an extended attribute list cannot be empty: remove the `[]`".into(),
                    );
                } else if is_list && let Some(close) = last_close {
                    let between = &text[close + 1..i];
                    if between.trim().is_empty() {
                        error(
                            diagnostics,
                            source,
                            i,
                            1,
                            "two extended attribute lists in a row: merge them into one \
                             `[A, B]`"
                                .into(),
                        );
                    }
                }
                last_close = None;
            }
            b']' => last_close = Some(i),
            c if c.is_ascii_whitespace() => {}
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' => {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'-')
                {
                    i += 1;
                }
                let word = &text[start..i];
                let unescaped = word.strip_prefix('_').unwrap_or(word);
                // `constructor` is a keyword; only its escaped form is a (reserved) identifier.
                if word == "_constructor" || unescaped == "toString" {
                    error(
                        diagnostics,
                        source,
                        start,
                        word.len(),
                        format!(
                            "`{unescaped}` is a reserved identifier in Web IDL and cannot be \
                             used as a name"
                        ),
                    );
                }
                last_close = None;
                continue;
            }
            _ => last_close = None,
        }
        i += 1;
    }
}

/// Checks of the definitions weedle2 read.
pub fn check(definitions: &[Definition], diagnostics: &mut Diagnostics) {
    for definition in definitions {
        Grammar {
            source: definition.source,
            diagnostics: &mut *diagnostics,
        }
        .definition(definition);
    }
}

struct Grammar<'d> {
    source: usize,
    diagnostics: &'d mut Diagnostics,
}

/// What a name names: which keywords it may be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameUse {
    /// A definition, a constant, a parent, a mixin: identifiers only.
    Identifier,
    /// An argument, attribute, operation or dictionary member: also the argument name keywords.
    Member,
}

impl Grammar<'_> {
    fn error(&mut self, at: usize, len: usize, message: String) {
        error(self.diagnostics, self.source, at, len, message);
    }

    fn name(&mut self, name: &Name, what: &str, usage: NameUse) {
        let unescaped = name
            .raw
            .strip_prefix('_')
            .or_else(|| name.raw.strip_prefix('-'))
            .unwrap_or(&name.raw);
        if !unescaped.starts_with(|c: char| c.is_ascii_alphabetic()) {
            self.error(
                name.at,
                name.raw.len(),
                format!(
                    "`{}` is not a valid name for {}: a Web IDL identifier starts with a letter \
                     (after an optional `_` or `-`)",
                    name.raw,
                    article(what)
                ),
            );
            return;
        }
        let allowed =
            usage == NameUse::Member && ARGUMENT_NAME_KEYWORDS.contains(&name.raw.as_str());
        if is_keyword(&name.raw) && !allowed {
            self.error(
                name.at,
                name.raw.len(),
                format!(
                    "`{}` is a Web IDL keyword and cannot name {} (escape it as `_{}` to use it \
                     as a name)",
                    name.raw,
                    article(what),
                    name.raw
                ),
            );
        }
    }

    fn definition(&mut self, d: &Definition) {
        let what = d.kind.keyword();
        self.ext_attrs(&d.ext_attrs);
        self.name(&d.name, what, NameUse::Identifier);
        if let Some(parent) = &d.inheritance {
            self.name(parent, "parent", NameUse::Identifier);
        }
        if let Some(mixin) = &d.includes {
            self.name(mixin, "mixin", NameUse::Identifier);
        }
        if d.kind == DefKind::Implements {
            self.error(
                d.name.at,
                d.name.raw.len(),
                format!(
                    "`implements` statements are no longer Web IDL: make `{}` an `interface \
                     mixin` and write `{} includes {};`",
                    d.includes.as_ref().map_or("", |n| n.text.as_str()),
                    d.name.text,
                    d.includes.as_ref().map_or("", |n| n.text.as_str()),
                ),
            );
        }
        if let Some(t) = &d.idl_type {
            self.ty(t, false);
        }
        self.arguments(&d.arguments);
        for member in &d.members {
            self.member(d, member);
        }
    }

    fn member(&mut self, d: &Definition, m: &Member) {
        self.ext_attrs(&m.ext_attrs);
        if let Some(name) = &m.name {
            let usage = match m.kind {
                MemberKind::Const => NameUse::Identifier,
                _ => NameUse::Member,
            };
            self.name(name, member_word(m.kind), usage);
        }
        let at = m.name.as_ref().map_or(m.start, |n| n.at);
        if d.kind == DefKind::CallbackInterface {
            let regular = m.kind == MemberKind::Const
                || (m.kind == MemberKind::Operation && m.special.is_none());
            if !regular {
                self.error(
                    m.start,
                    1,
                    format!(
                        "a callback interface has only constants and regular operations: \
                         `callback interface {}` cannot have {}",
                        d.name.text,
                        article(member_word(m.kind))
                    ),
                );
            }
        }
        match m.special {
            Some((SpecialKind::LegacyCaller, special_at)) => self.error(
                special_at,
                "legacycaller".len(),
                "`legacycaller` operations are no longer Web IDL: remove `legacycaller`".into(),
            ),
            Some((SpecialKind::Inherit, special_at)) if m.readonly => self.error(
                special_at,
                "inherit".len(),
                "an inherited attribute cannot be `readonly`: remove `inherit` or `readonly`"
                    .into(),
            ),
            _ => {}
        }
        if m.kind == MemberKind::Const {
            if let Some(t) = m.types.first()
                && t.nullable
            {
                self.error(
                    t.at,
                    1,
                    "a constant's type cannot be nullable: remove the `?`".into(),
                );
            }
            if m.value == Some(Value::Null) {
                self.error(
                    at,
                    1,
                    "a constant cannot be `null`: give it a boolean or a number".into(),
                );
            }
        }
        if m.kind == MemberKind::Field
            && m.required
            && m.value.is_some()
            && let Some(name) = &m.name
        {
            // The model's own message, so that `check --strict` says it once.
            self.error(
                name.at,
                name.text.len(),
                format!(
                    "required member `{}` cannot have a default value: drop `required` or the \
                     default",
                    name.text
                ),
            );
        }
        let return_type = m.kind == MemberKind::Operation;
        for t in &m.types {
            self.ty(t, return_type);
        }
        self.arguments(&m.arguments);
    }

    fn arguments(&mut self, arguments: &[Argument]) {
        for a in arguments {
            self.ext_attrs(&a.ext_attrs);
            self.ty(&a.idl_type, false);
            self.name(&a.name, "argument", NameUse::Member);
        }
    }

    fn ext_attrs(&mut self, attributes: &[ExtAttr]) {
        for a in attributes {
            self.name(&a.name, "extended attribute", NameUse::Member);
            if let Some(Rhs::List(_, items)) = &a.rhs
                && items.is_empty()
            {
                self.error(
                    a.name.at,
                    a.name.raw.len(),
                    format!(
                        "`[{}=()]` has an empty list: name at least one value",
                        a.name.text
                    ),
                );
            }
            if let Some(arguments) = &a.arguments {
                self.arguments(arguments);
            }
        }
    }

    /// A type, `in_return` when it is a return type (where `void` still parses).
    fn ty(&mut self, t: &IdlType, in_return: bool) {
        self.ext_attrs(&t.ext_attrs);
        match &t.kind {
            TypeKind::Named(name) => {
                if name == "any" && t.nullable {
                    self.error(
                        t.at,
                        3,
                        "`any` cannot be nullable: it includes `null`".into(),
                    );
                }
                let word = name.split(' ').next().unwrap_or(name);
                let keyword = is_keyword(word);
                let type_keyword = TYPE_KEYWORDS.contains(&word)
                    || [
                        "unsigned",
                        "unrestricted",
                        "short",
                        "long",
                        "float",
                        "double",
                    ]
                    .contains(&word)
                    || (word == "void" && in_return);
                if keyword && !type_keyword {
                    self.error(
                        t.at,
                        word.len(),
                        format!("`{word}` is a Web IDL keyword, not a type"),
                    );
                } else if !keyword && !name.contains(' ') {
                    let name = Name {
                        raw: name.clone(),
                        text: name.clone(),
                        at: t.at,
                    };
                    self.name(&name, "type", NameUse::Identifier);
                }
            }
            TypeKind::Generic(generic, types) => {
                if *generic == "record"
                    && let Some(key) = types.first()
                    && !matches!(key.named(), Some("ByteString" | "DOMString" | "USVString"))
                {
                    self.error(
                        key.at,
                        1,
                        "a record's key type must be `ByteString`, `DOMString` or `USVString`"
                            .into(),
                    );
                }
                let forbidden = match *generic {
                    "Promise" => types.first(),
                    "record" => types.first(),
                    _ => None,
                };
                if let Some(attributes) = forbidden.and_then(|t| t.ext_attrs.first()) {
                    let place = match *generic {
                        "Promise" => "the type argument of `Promise`",
                        _ => "the key type of a record",
                    };
                    self.error(
                        attributes.name.at,
                        attributes.name.raw.len(),
                        format!("{place} cannot have extended attributes: remove them"),
                    );
                }
                let promise = *generic == "Promise";
                for sub in types {
                    self.ty(sub, promise);
                }
            }
            TypeKind::Union(members) => {
                if members.len() < 2 {
                    self.error(
                        t.at,
                        1,
                        "a union type has at least two member types: write the type alone".into(),
                    );
                }
                for member in members {
                    match (member.named(), member.generic()) {
                        (Some("any"), _) => self.error(
                            member.at,
                            3,
                            "`any` cannot be a member of a union type: it already includes \
                             every value, use `any` alone"
                                .into(),
                        ),
                        (_, Some("Promise")) => self.error(
                            member.at,
                            7,
                            "a `Promise` type cannot be a member of a union type".into(),
                        ),
                        _ => self.ty(member, false),
                    }
                }
            }
        }
    }
}

fn article(what: &str) -> String {
    match what.starts_with(['a', 'e', 'i', 'o', 'u']) {
        true => format!("an {what}"),
        false => format!("a {what}"),
    }
}

fn member_word(kind: MemberKind) -> &'static str {
    match kind {
        MemberKind::Operation => "operation",
        MemberKind::Attribute => "attribute",
        MemberKind::Const => "constant",
        MemberKind::Constructor => "constructor",
        MemberKind::Iterable => "iterable declaration",
        MemberKind::AsyncIterable => "async iterable declaration",
        MemberKind::Maplike => "maplike declaration",
        MemberKind::Setlike => "setlike declaration",
        MemberKind::Field => "dictionary member",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_errors(text: &str) -> Vec<String> {
        let mut diagnostics = Diagnostics::default();
        check_text(0, text, &mut diagnostics);
        diagnostics.iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn extended_attribute_lists() {
        assert!(
            text_errors("[A] interface X { undefined f(optional sequence<long> s = []); };")
                .is_empty()
        );
        assert_eq!(text_errors("[] interface X {};").len(), 1);
        assert_eq!(text_errors("[A] [B] interface X {};").len(), 1);
        assert!(text_errors("[A=\"[]\"] interface X {};").is_empty());
    }

    #[test]
    fn reserved_identifiers() {
        assert_eq!(
            text_errors("interface X { DOMString toString(); };").len(),
            1
        );
        assert_eq!(
            text_errors("interface X { object _constructor(); };").len(),
            1
        );
        assert!(text_errors("interface X { constructor(); };").is_empty());
    }
}
