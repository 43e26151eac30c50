//! Web IDL that weedle2 cannot read, rewritten in place for the syntax checks: every rewrite
//! keeps the length of what it replaces, so offsets (and lines and columns) stay exact, and
//! records what it replaced so that readers see the IDL as written.
//!
//! These run on top of the source stage's own adaptations (`[Exposed=*]`, `ObservableArray`,
//! `async_iterable`), only for `idlbind check --syntax` and `--strict`: the macro does not bind
//! these forms yet, and must keep reporting them rather than dropping them silently.
//!
//! | Written | Rewritten | Recorded |
//! |---|---|---|
//! | `async_sequence<T>` | `sequence      <T>` | offset of the keyword |
//! | `sequence<[Clamp] long>`, `record<K, [X] V>` | the list blanked | offset and text of the list |
//! | `required [EnforceRange] long x;` | the list blanked | offset and text of the list |
//! | `namespace N { const short C = 1; }` | the member blanked | offset and text of the member |
//! | `-will-change` (an identifier with a leading hyphen) | `_will-change` | offset of the `-` |
//! | `[A=3.14]`, `[A=-1]`, `[A=("x", "y")]`, `[A=(1, 4)]` | `[A=X   ]`, `[A=(X       )]` | offset and text of the value |

use crate::source::closing_quote;

/// What was rewritten, by offset in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rewrites {
    /// `async_sequence` keywords, now `sequence` followed by six spaces.
    pub async_sequences: Vec<usize>,
    /// Extended attribute lists inside `sequence<..>`, `FrozenArray<..>`, `async_sequence<..>`
    /// and the value type of `record<..>` (weedle2 reads a plain type there), now blank.
    pub generic_ext_attrs: Vec<(usize, String)>,
    /// Extended attribute lists after `required` in a dictionary member (weedle2 reads a plain
    /// type there), now blank.
    pub required_ext_attrs: Vec<(usize, String)>,
    /// `const` members of namespaces (weedle2 has no namespace constants), now blank.
    pub namespace_consts: Vec<(usize, String)>,
    /// The `-` starting an identifier (`-will-change`), now `_`, which weedle2 drops as Web
    /// IDL's escape.
    pub hyphens: Vec<usize>,
    /// Extended attribute values other than identifiers, strings and lists of identifiers
    /// (decimals, negative integers, lists of strings or numbers): now `X`, or `(X)` for a list,
    /// padded with spaces.
    pub ext_values: Vec<(usize, String)>,
}

impl Rewrites {
    /// The original text of the extended attribute value that starts at `offset`, if rewritten.
    pub fn ext_value(&self, offset: usize) -> Option<&str> {
        (self.ext_values.iter())
            .find(|(at, _)| *at == offset)
            .map(|(_, text)| text.as_str())
    }
}

/// Applies every rewrite to a scrubbed text.
pub fn apply(text: &str) -> (String, Rewrites) {
    let mut bytes = text.as_bytes().to_vec();
    let mut rewrites = Rewrites::default();
    hyphens(&mut bytes, &mut rewrites);
    async_sequences(&mut bytes, &mut rewrites);
    generic_ext_attrs(&mut bytes, &mut rewrites);
    required_ext_attrs(&mut bytes, &mut rewrites);
    ext_values(&mut bytes, &mut rewrites);
    namespace_consts(&mut bytes, &mut rewrites);
    // Only ASCII bytes were written over ASCII bytes: still UTF-8.
    let text = String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned());
    (text, rewrites)
}

/// Which bytes are inside a string literal (its quotes included).
fn strings(bytes: &[u8]) -> Vec<bool> {
    let mut mask = vec![false; bytes.len()];
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let end = closing_quote(bytes, i).min(bytes.len() - 1);
            mask[i..=end].fill(true);
            i = end + 1;
        } else {
            i += 1;
        }
    }
    mask
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-'
}

/// Where `word` stands as a whole word outside strings.
fn words(bytes: &[u8], word: &str) -> Vec<usize> {
    let mask = strings(bytes);
    let word = word.as_bytes();
    (0..bytes.len().saturating_sub(word.len() - 1))
        .filter(|&i| {
            !mask[i]
                && bytes[i..].starts_with(word)
                && (i == 0 || !is_word_byte(bytes[i - 1]))
                && bytes.get(i + word.len()).is_none_or(|&b| !is_word_byte(b))
        })
        .collect()
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The index of the bracket closing the one opened at `open` (`(`, `[`, `{` or `<`), skipping
/// strings and nested brackets of every kind; `None` if it is never closed.
fn closing(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = closing_quote(bytes, i),
            b'(' | b'[' | b'{' | b'<' => depth += 1,
            b')' | b']' | b'}' | b'>' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn blank(bytes: &mut [u8], start: usize, end: usize) {
    for byte in &mut bytes[start..end] {
        if *byte != b'\n' {
            *byte = b' ';
        }
    }
}

fn text_of(bytes: &[u8], start: usize, end: usize) -> String {
    String::from_utf8_lossy(&bytes[start..end]).into_owned()
}

/// `-name` where a name may stand (not `a-b`, not `-Infinity`, not `-1`).
fn hyphens(bytes: &mut [u8], rewrites: &mut Rewrites) {
    let mask = strings(bytes);
    for i in 0..bytes.len() {
        let starts_word = i == 0 || !is_word_byte(bytes[i - 1]);
        if !mask[i]
            && bytes[i] == b'-'
            && starts_word
            && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
            && !bytes[i..].starts_with(b"-Infinity")
        {
            bytes[i] = b'_';
            rewrites.hyphens.push(i);
        }
    }
}

fn async_sequences(bytes: &mut [u8], rewrites: &mut Rewrites) {
    for i in words(bytes, "async_sequence") {
        if bytes.get(skip_ws(bytes, i + 14)) == Some(&b'<') {
            bytes[i..i + 14].copy_from_slice(b"sequence      ");
            rewrites.async_sequences.push(i);
        }
    }
}

/// `[..]` lists opening a type argument of `sequence`, `FrozenArray` or the value of `record`.
fn generic_ext_attrs(bytes: &mut [u8], rewrites: &mut Rewrites) {
    let mut found = Vec::new();
    for keyword in ["sequence", "FrozenArray", "record"] {
        for i in words(bytes, keyword) {
            let open = skip_ws(bytes, i + keyword.len());
            if bytes.get(open) != Some(&b'<') {
                continue;
            }
            let Some(close) = closing(bytes, open) else {
                continue;
            };
            // The first type argument, or (of a record) the second.
            let mut argument = open + 1;
            if keyword == "record" {
                match top_level_comma(bytes, open + 1, close) {
                    Some(comma) => argument = comma + 1,
                    None => continue,
                }
            }
            let list = skip_ws(bytes, argument);
            if bytes.get(list) == Some(&b'[')
                && let Some(end) = closing(bytes, list)
            {
                found.push((list, end + 1));
            }
        }
    }
    found.sort();
    for (start, end) in found {
        rewrites
            .generic_ext_attrs
            .push((start, text_of(bytes, start, end)));
        blank(bytes, start, end);
    }
}

/// `[..]` lists between `required` and a dictionary member's type.
fn required_ext_attrs(bytes: &mut [u8], rewrites: &mut Rewrites) {
    for i in words(bytes, "required") {
        let list = skip_ws(bytes, i + "required".len());
        if bytes.get(list) == Some(&b'[')
            && let Some(end) = closing(bytes, list)
        {
            rewrites
                .required_ext_attrs
                .push((list, text_of(bytes, list, end + 1)));
            blank(bytes, list, end + 1);
        }
    }
}

fn top_level_comma(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    let mut i = start;
    while i < end {
        match bytes[i] {
            b'"' => i = closing_quote(bytes, i),
            b'(' | b'[' | b'{' | b'<' => i = closing(bytes, i)?,
            b',' => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Values of `[Name=value]` weedle2 has no form for.
fn ext_values(bytes: &mut [u8], rewrites: &mut Rewrites) {
    let mask = strings(bytes);
    let lists: Vec<usize> = (0..bytes.len())
        .filter(|&i| !mask[i] && bytes[i] == b'[')
        .filter(|&i| {
            // `= []` is a default value, not a list of extended attributes.
            let before = bytes[..i].trim_ascii_end();
            !before.ends_with(b"=")
        })
        .collect();
    for open in lists {
        let Some(close) = closing(bytes, open) else {
            continue;
        };
        let mut i = open + 1;
        while i < close {
            match bytes[i] {
                b'"' => i = closing_quote(bytes, i) + 1,
                b'(' | b'[' | b'{' | b'<' => i = closing(bytes, i).map_or(close, |end| end + 1),
                b'=' => {
                    let start = skip_ws(bytes, i + 1);
                    i = value(bytes, start, close, rewrites).max(start + 1);
                }
                _ => i += 1,
            }
        }
    }
}

/// Looks at the value starting at `start` (within a list ending at `close`), rewrites it if
/// weedle2 cannot read it, and returns where it ends.
fn value(bytes: &mut [u8], start: usize, close: usize, rewrites: &mut Rewrites) -> usize {
    match bytes.get(start) {
        Some(b'(') => {
            let Some(end) = closing(bytes, start) else {
                return close;
            };
            let inner = &bytes[start + 1..end];
            let items: Vec<&[u8]> = inner
                .split(|&b| b == b',')
                .map(|s| s.trim_ascii())
                .collect();
            let identifiers = items.iter().all(|item| is_identifier(item));
            if !identifiers && !inner.trim_ascii().is_empty() {
                rewrites
                    .ext_values
                    .push((start, text_of(bytes, start, end + 1)));
                blank(bytes, start + 1, end);
                bytes[start + 1] = b'X';
            }
            end + 1
        }
        Some(b'"') => closing_quote(bytes, start) + 1,
        Some(b'*') | None => start + 1,
        Some(_) => {
            // A scalar: everything up to `,`, `]`, `(` or white space.
            let mut end = start;
            while end < close && !matches!(bytes[end], b',' | b']' | b'(') {
                if bytes[end].is_ascii_whitespace() {
                    break;
                }
                end += 1;
            }
            if end > start && !is_identifier(&bytes[start..end]) {
                rewrites
                    .ext_values
                    .push((start, text_of(bytes, start, end)));
                blank(bytes, start, end);
                bytes[start] = b'X';
            }
            end
        }
    }
}

/// What weedle2 reads as an identifier: an optional `_`, then letters, digits, `_` and `-`
/// (starting with a letter or digit).
fn is_identifier(item: &[u8]) -> bool {
    let item = item.strip_prefix(b"_").unwrap_or(item);
    item.first().is_some_and(u8::is_ascii_alphanumeric) && item.iter().all(|&b| is_word_byte(b))
}

/// `const` members of `namespace` and `partial namespace` bodies.
fn namespace_consts(bytes: &mut [u8], rewrites: &mut Rewrites) {
    for keyword in words(bytes, "namespace") {
        // `namespace Name {`, at the top level.
        if brace_depth(bytes, keyword) != 0 {
            continue;
        }
        let name = skip_ws(bytes, keyword + 9);
        let mut after = name;
        while after < bytes.len() && is_word_byte(bytes[after]) {
            after += 1;
        }
        let open = skip_ws(bytes, after);
        if after == name || bytes.get(open) != Some(&b'{') {
            continue;
        }
        let Some(close) = closing(bytes, open) else {
            continue;
        };
        let mut member = open + 1;
        while member < close {
            let start = skip_ws(bytes, member);
            let Some(end) = member_end(bytes, start, close) else {
                break;
            };
            let mut word = start;
            if bytes.get(word) == Some(&b'[') {
                word = skip_ws(bytes, closing(bytes, word).map_or(close, |end| end + 1));
            }
            let is_const = bytes[word..].starts_with(b"const")
                && bytes.get(word + 5).is_some_and(|b| !is_word_byte(*b));
            if is_const {
                rewrites
                    .namespace_consts
                    .push((start, text_of(bytes, start, end + 1)));
                blank(bytes, start, end + 1);
            }
            member = end + 1;
        }
    }
}

/// The `;` ending the member that starts at `start`, before `close`.
fn member_end(bytes: &[u8], start: usize, close: usize) -> Option<usize> {
    let mut i = start;
    while i < close {
        match bytes[i] {
            b'"' => i = closing_quote(bytes, i),
            b'(' | b'[' | b'{' => i = closing(bytes, i)?,
            b';' => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// How many `{` are open at `offset`.
fn brace_depth(bytes: &[u8], offset: usize) -> usize {
    let mask = strings(bytes);
    let mut depth = 0usize;
    for (i, &byte) in bytes[..offset].iter().enumerate() {
        match byte {
            b'{' if !mask[i] => depth += 1,
            b'}' if !mask[i] => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(text: &str) -> (String, Rewrites) {
        let (out, rewrites) = apply(text);
        assert_eq!(out.len(), text.len(), "{out}");
        (out, rewrites)
    }

    #[test]
    fn async_sequence_becomes_sequence() {
        let (text, rewrites) = rewrite("undefined f(async_sequence<long> a);");
        assert_eq!(text, "undefined f(sequence      <long> a);");
        assert_eq!(rewrites.async_sequences, [12]);
    }

    #[test]
    fn extended_attributes_inside_generics_are_blanked() {
        let (text, rewrites) =
            rewrite("undefined f(sequence<[XAttr] long> a, record<DOMString, [Y] float> b);");
        assert_eq!(
            text,
            "undefined f(sequence<        long> a, record<DOMString,     float> b);"
        );
        assert_eq!(
            rewrites.generic_ext_attrs,
            [(21, "[XAttr]".to_owned()), (56, "[Y]".to_owned())]
        );
        // A record key and a promise keep theirs: Web IDL forbids them, the parser says so.
        let (text, _) = rewrite("undefined f(record<[X] DOMString, any> a, Promise<[X] any> b);");
        assert!(
            text.contains("record<[X]") && text.contains("Promise<[X]"),
            "{text}"
        );
    }

    #[test]
    fn extended_attributes_after_required_are_blanked() {
        let (text, rewrites) = rewrite("dictionary D { required [EnforceRange] long x; };");
        assert_eq!(text, "dictionary D { required                long x; };");
        assert_eq!(
            rewrites.required_ext_attrs,
            [(24, "[EnforceRange]".to_owned())]
        );
    }

    #[test]
    fn namespace_constants_are_blanked() {
        let (text, rewrites) =
            rewrite("namespace N {\n  [X] const short A = 1;\n  undefined f();\n};");
        assert_eq!(
            text,
            "namespace N {\n                        \n  undefined f();\n};"
        );
        assert_eq!(
            rewrites.namespace_consts,
            [(16, "[X] const short A = 1;".to_owned())]
        );
        let (text, _) = rewrite("interface N { const short A = 1; };");
        assert!(text.contains("const short"));
    }

    #[test]
    fn leading_hyphens_become_escapes() {
        let (text, rewrites) = rewrite(
            "[Foo=margin-top] attribute DOMString -will-change; const float x = -Infinity;",
        );
        assert!(
            text.contains("margin-top") && text.contains(" _will-change"),
            "{text}"
        );
        assert!(text.contains("-Infinity"), "{text}");
        assert_eq!(rewrites.hyphens, [37]);
    }

    #[test]
    fn extended_attribute_values_weedle2_lacks() {
        let (text, rewrites) = rewrite(
            "[A=3.14, B=(\"a\", \"b\"), C=(1, 4), D=(x, _y), E=\"s\", F=*, G=0, H=Image(long x)]",
        );
        assert_eq!(
            text,
            "[A=X   , B=(X       ), C=(1, 4), D=(x, _y), E=\"s\", F=*, G=0, H=Image(long x)]"
        );
        // weedle2 reads `0`, `1` and `4` as identifiers: they stay (the outline tells integers).
        let values: Vec<_> = rewrites
            .ext_values
            .iter()
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(values, ["3.14", "(\"a\", \"b\")"]);
        assert_eq!(rewrites.ext_value(3), Some("3.14"));
        // A default value `= []` is not a list of extended attributes.
        let (text, _) = rewrite("dictionary D { sequence<long> s = []; };");
        assert!(text.contains("= []"));
    }
}
