//! Web IDL that weedle2 cannot read and that only the syntax checks need, rewritten in place on
//! top of the source stage's adaptations (`crate::adapt`): each rewrite keeps the length of what
//! it replaces, so offsets (and lines and columns) stay exact, and records what it replaced so
//! that the outline reads the IDL as written.
//!
//! | Written | Rewritten | Recorded |
//! |---|---|---|
//! | `-will-change` (an identifier with a leading hyphen) | `_will-change` | offset of the `-` |
//! | `[A=("x", "y")]`, `[A=(1.5, 4)]` (a list of strings or numbers) | `[A=(X        )]` | offset and text of the value |
//!
//! The macro has no use for either: a name with a leading hyphen is CSSOM's dashed alias of a
//! camel-case attribute, and list values are reflection details bindings never read.

use crate::source::closing_quote;

/// What was rewritten, by offset in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rewrites {
    /// The `-` starting an identifier (`-will-change`), now `_`, which weedle2 drops as Web
    /// IDL's escape.
    pub hyphens: Vec<usize>,
    /// Extended attribute values that are lists of strings or numbers: now `(X)` padded with
    /// spaces.
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
    ext_values(&mut bytes, &mut rewrites);
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
        if !matches!(*byte, b'\n' | b'\r') {
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
        // A scalar: weedle2 reads identifiers and strings, the source stage makes numbers `X`s.
        _ => start + 1,
    }
}

/// What weedle2 reads as an identifier: an optional `_`, then letters, digits, `_` and `-`
/// (starting with a letter or digit).
fn is_identifier(item: &[u8]) -> bool {
    let item = item.strip_prefix(b"_").unwrap_or(item);
    item.first().is_some_and(u8::is_ascii_alphanumeric) && item.iter().all(|&b| is_word_byte(b))
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
            "[B=(\"a\", \"b\"), C=(1.5, 4), D=(x, _y, 0), E=\"s\", F=*, G=0, H=Image(long x)]",
        );
        assert_eq!(
            text,
            "[B=(X       ), C=(X     ), D=(x, _y, 0), E=\"s\", F=*, G=0, H=Image(long x)]"
        );
        // weedle2 reads `0` as an identifier: it stays (the outline tells an integer).
        let values: Vec<_> = rewrites
            .ext_values
            .iter()
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(values, ["(\"a\", \"b\")", "(1.5, 4)"]);
        assert_eq!(rewrites.ext_value(3), Some("(\"a\", \"b\")"));
        // A default value `= []` is not a list of extended attributes.
        let (text, _) = rewrite("dictionary D { sequence<long> s = []; };");
        assert!(text.contains("= []"));
    }
}
