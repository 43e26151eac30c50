//! Current Web IDL that weedle2 cannot read, rewritten in place before parsing without moving
//! any byte offset, so that every position the later stages report is still the user's.
//!
//! | written                               | weedle2 reads               | read back by            |
//! |---------------------------------------|-----------------------------|-------------------------|
//! | `[Exposed=*]`                         | `[Exposed=X]`               | `wildcards`             |
//! | `ObservableArray<T>`                  | `FrozenArray    <T>`        | `observable_arrays`     |
//! | `async_iterable<T>`                   | `async iterable<T>`         | (same meaning)          |
//! | `async_sequence<T>`                   | `sequence      <T>`         | `async_sequences`       |
//! | `[ReflectDefault=1.0]` (a number)     | `[ReflectDefault=XXX]`      | (value not used)        |
//! | `required [EnforceRange] T`, `sequence<[Clamp] T>`, `([Clamp] T or U)` | blanks | `removed` |
//! | `const` members of a namespace        | blanks                      | `removed`               |
//!
//! Extended attributes on a type inside a generic, a union or after `required` change how JS
//! converts the value, never the Rust type; they are blanked, and kept in `removed` so that the
//! model still checks their names. A namespace's constants are blanked, with their extended
//! attributes, and parsed on their own.

/// Text taken out of the parser's view, with the offset it stood at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub offset: usize,
    pub text: String,
    pub kind: RemovedKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemovedKind {
    /// `[...]` on a type in a position weedle2 does not accept.
    TypeAttributes,
    /// `const T NAME = value;` inside a namespace.
    NamespaceConst,
}

/// Where the adaptations were made, for the model to read back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adaptations {
    /// Offsets of the `*` of `[Exposed=*]`.
    pub wildcards: Vec<usize>,
    /// Offsets of `ObservableArray` types, written as `FrozenArray`.
    pub observable_arrays: Vec<usize>,
    /// Offsets of `async_sequence` types, written as `sequence`.
    pub async_sequences: Vec<usize>,
    pub removed: Vec<Removed>,
}

pub fn adapt(text: String) -> (String, Adaptations) {
    let mut bytes = text.into_bytes();
    let mut found = Adaptations::default();
    for i in generic_keyword(&bytes, b"ObservableArray") {
        bytes[i..i + 15].copy_from_slice(b"FrozenArray    ");
        found.observable_arrays.push(i);
    }
    for i in generic_keyword(&bytes, b"async_sequence") {
        bytes[i..i + 14].copy_from_slice(b"sequence      ");
        found.async_sequences.push(i);
    }
    // Current Web IDL writes `async_iterable<T>`; weedle2 knows the older `async iterable<T>`.
    for i in generic_keyword(&bytes, b"async_iterable") {
        bytes[i + 5] = b' ';
    }
    let tokens = tokens(&bytes);
    for (index, token) in tokens.iter().enumerate() {
        if token.text(&bytes) == b"*"
            && index > 0
            && tokens[index - 1].text(&bytes) == b"="
            && matches!(
                tokens.get(index + 1).map(|t| t.text(&bytes)),
                Some(b"]" | b",")
            )
        {
            found.wildcards.push(token.start);
        }
    }
    for i in &found.wildcards {
        bytes[*i] = b'X';
    }
    for range in numeric_attribute_values(&bytes, &tokens) {
        bytes[range].fill(b'X');
    }
    for (range, kind) in removals(&bytes, &tokens) {
        let text = String::from_utf8_lossy(&bytes[range.clone()]).into_owned();
        found.removed.push(Removed {
            offset: range.start,
            text,
            kind,
        });
        for byte in &mut bytes[range] {
            if !matches!(*byte, b'\n' | b'\r') {
                *byte = b' ';
            }
        }
    }
    // Only ASCII bytes were replaced, by ASCII bytes: still UTF-8.
    (String::from_utf8(bytes).unwrap_or_default(), found)
}

/// A token of scrubbed IDL: a word, a number, a string or one punctuation character.
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
}

impl Token {
    fn text<'a>(&self, bytes: &'a [u8]) -> &'a [u8] {
        &bytes[self.start..self.end]
    }

    fn is(&self, bytes: &[u8], word: &str) -> bool {
        self.text(bytes) == word.as_bytes()
    }
}

fn tokens(bytes: &[u8]) -> Vec<Token> {
    let word = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b if b.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            b'"' => i = crate::source::closing_quote(bytes, i) + 1,
            b if word(b) => {
                while i < bytes.len() && word(bytes[i]) {
                    i += 1;
                }
            }
            _ => i += 1,
        }
        tokens.push(Token {
            start,
            end: i.min(bytes.len()),
        });
    }
    tokens
}

/// `[Name=1.5]`: weedle2 takes only an identifier or a string after `=`. The values are
/// reflection details (`[ReflectDefault=1.0]`) that bindings never read. Only a value directly
/// in an extended attribute list is one: within its parentheses, `= 0` is an argument's
/// default (`[LegacyFactoryFunction=Image(optional unsigned long width = 0)]`), which weedle2
/// reads, and the bindings need.
fn numeric_attribute_values(bytes: &[u8], tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    // The brackets and parentheses still open within extended attributes, innermost last.
    let mut open: Vec<u8> = Vec::new();
    let mut values = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        match token.text(bytes) {
            b"[" => open.push(b'['),
            b"(" if !open.is_empty() => open.push(b'('),
            b"]" | b")" => {
                open.pop();
            }
            b"=" if open.last() == Some(&b'[') => {
                if let Some(value) = tokens.get(index + 1)
                    && is_number(value.text(bytes))
                {
                    values.push(value.start..value.end);
                }
            }
            _ => {}
        }
    }
    values
}

/// A Web IDL integer or decimal literal (`1`, `-2`, `1.5`, `1e3`, `0x1F`), not an identifier
/// that merely starts with a digit (`1filter` stays, for the model to report).
fn is_number(text: &[u8]) -> bool {
    let text = String::from_utf8_lossy(text);
    let unsigned = text.strip_prefix('-').unwrap_or(&text);
    if !unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return false;
    }
    match unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        Some(hex) => u64::from_str_radix(hex, 16).is_ok(),
        None => unsigned.parse::<f64>().is_ok(),
    }
}

/// The ranges to blank: extended attributes in type positions weedle2 rejects, and the
/// constants of namespaces.
fn removals(bytes: &[u8], tokens: &[Token]) -> Vec<(std::ops::Range<usize>, RemovedKind)> {
    let mut out: Vec<(std::ops::Range<usize>, RemovedKind)> = Vec::new();
    // `<` and `(` still open, to know whether a `,` or a `(` is inside a type.
    let mut open: Vec<u8> = Vec::new();
    let mut namespace_body: Option<usize> = None;
    let mut braces = 0usize;
    let mut index = 0;
    while index < tokens.len() {
        let token = tokens[index];
        let text = token.text(bytes);
        match text {
            b"{" => braces += 1,
            b"}" => {
                braces = braces.saturating_sub(1);
                if namespace_body.is_some_and(|depth| braces < depth) {
                    namespace_body = None;
                }
            }
            b"namespace" if braces == 0 => namespace_body = Some(braces + 1),
            b"<" | b"(" => open.push(text[0]),
            b">" | b")" => {
                open.pop();
            }
            b";" => open.clear(),
            _ => {}
        }
        if token.is(bytes, "const") && namespace_body == Some(braces) {
            let end = (index..tokens.len())
                .find(|&i| tokens[i].is(bytes, ";"))
                .unwrap_or(tokens.len() - 1);
            // The constant's own extended attributes go with it, or weedle2 would read them
            // as the start of a member and find none.
            let removed_end = out.last().map_or(0, |(range, _)| range.end);
            let start = (index.checked_sub(1))
                .filter(|&i| tokens[i].is(bytes, "]"))
                .and_then(|close| opening(bytes, tokens, close))
                .map(|open| tokens[open].start)
                .filter(|&start| start >= removed_end)
                .unwrap_or(token.start);
            out.push((start..tokens[end].end, RemovedKind::NamespaceConst));
            index = end + 1;
            continue;
        }
        let next_is_bracket = tokens.get(index + 1).is_some_and(|t| t.is(bytes, "["));
        let in_type = match text {
            b"<" | b"or" | b"required" => true,
            b"," => open.last() == Some(&b'<'),
            b"(" => opens_union(bytes, tokens, index),
            _ => false,
        };
        if in_type
            && next_is_bracket
            && let Some(close) = matching(bytes, tokens, index + 1, b"[", b"]")
        {
            out.push((
                tokens[index + 1].start..tokens[close].end,
                RemovedKind::TypeAttributes,
            ));
            index = close + 1;
            continue;
        }
        index += 1;
    }
    out
}

/// Whether the `(` at `index` opens a union type (an `or` at its own depth) rather than an
/// argument list.
fn opens_union(bytes: &[u8], tokens: &[Token], index: usize) -> bool {
    let mut depth = 0usize;
    for token in &tokens[index..] {
        match token.text(bytes) {
            b"(" | b"<" | b"[" => depth += 1,
            b")" | b">" | b"]" => {
                depth -= 1;
                if depth == 0 {
                    return false;
                }
            }
            b"or" if depth == 1 => return true,
            b";" | b"{" | b"}" => return false,
            _ => {}
        }
    }
    false
}

/// The index of the token closing the bracket opened at `index`.
fn matching(
    bytes: &[u8],
    tokens: &[Token],
    index: usize,
    open: &[u8],
    close: &[u8],
) -> Option<usize> {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(index) {
        let text = token.text(bytes);
        if text == open {
            depth += 1;
        } else if text == close {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        } else if text == b";" {
            return None;
        }
    }
    None
}

/// The index of the `[` opening the extended attribute list closed at `close`, if it stands
/// at the start of a member (after `{`, `;` or `}`).
fn opening(bytes: &[u8], tokens: &[Token], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for i in (0..=close).rev() {
        match tokens[i].text(bytes) {
            b"]" => depth += 1,
            b"[" => {
                depth -= 1;
                if depth == 0 {
                    let before = i.checked_sub(1).map(|j| tokens[j].text(bytes));
                    return matches!(before, Some(b"{" | b";" | b"}")).then_some(i);
                }
            }
            b";" | b"{" | b"}" => return None,
            _ => {}
        }
    }
    None
}

/// Where `keyword` stands as a whole word followed by `<` (a generic type or declaration).
fn generic_keyword(bytes: &[u8], keyword: &[u8]) -> Vec<usize> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = find(&bytes[from..], keyword) {
        let i = from + at;
        from = i + keyword.len();
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let after = bytes[from..].iter().find(|b| !b.is_ascii_whitespace());
        if !before.is_some_and(is_word) && after == Some(&b'<') {
            found.push(i);
        }
    }
    found
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    // The text is UTF-8 (the edits write ASCII over ASCII): `str::find` searches far faster
    // than comparing at every offset.
    match (std::str::from_utf8(haystack), std::str::from_utf8(needle)) {
        (Ok(haystack), Ok(needle)) => haystack.find(needle),
        _ => haystack.windows(needle.len()).position(|w| w == needle),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn adapted(text: &str) -> (String, Adaptations) {
        let (out, found) = adapt(text.to_owned());
        assert_eq!(out.len(), text.len(), "offsets moved");
        (out, found)
    }

    #[test]
    fn exposed_wildcard_keeps_offsets() {
        let (text, found) = adapted("[Exposed=*] interface A {};");
        assert_eq!(text, "[Exposed=X] interface A {};");
        assert_eq!(found.wildcards, vec![9]);
    }

    #[test]
    fn async_iterable_and_async_sequence() {
        let (text, found) =
            adapted("interface A { async_iterable<any>(); undefined f(async_sequence<any> s); };");
        assert!(text.contains("async iterable<any>"));
        assert!(text.contains("f(sequence      <any> s)"));
        assert_eq!(found.async_sequences, vec![49]);
    }

    #[test]
    fn numeric_attribute_values_become_identifiers() {
        let (text, _) =
            adapted("interface A { [ReflectDefault=1.0] attribute double x; const long y = 1; };");
        assert!(text.contains("[ReflectDefault=XXX]"));
        assert!(text.contains("const long y = 1;"));
        let (text, _) = adapted("interface A { [RustName=1filter, X=-0x1F] undefined f(); };");
        assert!(text.contains("[RustName=1filter, X=XXXXX]"));
    }

    #[test]
    fn argument_defaults_in_extended_attributes_stay() {
        let idl = "[LegacyFactoryFunction=Image(optional unsigned long w = 0, optional double h = \
                   -1.5, optional long d = 0x1F), A=1, B=C([Clamp=2] optional long x = 3)] \
                   interface I { undefined f(optional long x = 4); };";
        let (text, _) = adapted(idl);
        assert!(text.contains("w = 0, optional double h = -1.5, optional long d = 0x1F), A=X,"));
        assert!(text.contains("B=C([Clamp=X] optional long x = 3)]"));
        assert!(text.contains("f(optional long x = 4)"));
    }

    #[test]
    fn type_attributes_in_generics_unions_and_after_required_are_removed() {
        let idl = "dictionary D { required [EnforceRange] long a; sequence<[Clamp] long> b; \
                   record<DOMString, [Clamp] long> c; ([Clamp] long or DOMString) d; };";
        let (text, found) = adapted(idl);
        let removed: Vec<_> = found.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(removed, ["[EnforceRange]", "[Clamp]", "[Clamp]", "[Clamp]"]);
        assert!(
            found
                .removed
                .iter()
                .all(|r| r.kind == RemovedKind::TypeAttributes)
        );
        assert!(!text.contains('['));
        assert_eq!(&idl[found.removed[0].offset..][..14], "[EnforceRange]");
    }

    #[test]
    fn argument_attributes_stay() {
        let idl = "interface A { undefined f([Clamp] long x, (A or B) y); };";
        let (text, found) = adapted(idl);
        assert_eq!(text, idl);
        assert!(found.removed.is_empty());
    }

    #[test]
    fn namespace_constants_are_removed() {
        let idl =
            "namespace N { const long A = 1; undefined f(); };\ninterface I { const long B = 2; };";
        let (text, found) = adapted(idl);
        assert_eq!(found.removed.len(), 1);
        assert_eq!(found.removed[0].text, "const long A = 1;");
        assert_eq!(found.removed[0].kind, RemovedKind::NamespaceConst);
        assert!(text.contains("const long B = 2;"));
        assert!(!text.contains("const long A"));
    }

    #[test]
    fn namespace_constants_take_their_extended_attributes() {
        let idl = "namespace N { [RustName=A2, X(long y)] const long A = 1; [Y] undefined f(); };";
        let (text, found) = adapted(idl);
        let removed: Vec<_> = found.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(removed, ["[RustName=A2, X(long y)] const long A = 1;"]);
        assert!(text.contains("[Y] undefined f();"));
        assert!(!text.contains("RustName"));
    }
}
