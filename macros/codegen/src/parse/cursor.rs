//! A cursor over scrubbed IDL text: white space skipping, words and punctuation, and
//! "expected X, found Y" failures at exact offsets. The parse stage uses it to walk definitions
//! and members one at a time, handing each piece to weedle2.

use weedle::Parse;

/// White space as Web IDL (and weedle2) has it. Within a definition, other characters that
/// Unicode calls white space (a no-break space copied from a spec, a vertical tab) are not
/// skipped: weedle2 rejects them, so the cursor stops there and the failure is reported at
/// them rather than at the start of the definition.
const WHITE_SPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// Where and why parsing stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    pub text: &'a str,
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, pos: usize) -> Self {
        let mut cursor = Cursor { text, pos };
        cursor.skip_ws();
        cursor
    }

    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn at_end(&self) -> bool {
        self.rest().trim_start().is_empty()
    }

    pub fn skip_ws(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start_matches(WHITE_SPACE).len();
    }

    /// Skips white space as Unicode has it (a no-break space, a form feed): for between
    /// definitions only.
    pub fn skip_any_white_space(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    /// The identifier-like word at the cursor (Web IDL identifiers, keywords, numbers).
    pub fn peek_word(&self) -> Option<&'a str> {
        let rest = self.rest();
        let length = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .map_or(rest.len(), |(i, _)| i);
        (length > 0).then(|| &rest[..length])
    }

    /// The word after the one at the cursor.
    pub fn peek_second_word(&self) -> Option<&'a str> {
        let mut next = *self;
        let first = next.peek_word()?;
        next.pos += first.len();
        next.skip_ws();
        next.peek_word()
    }

    pub fn eat_word(&mut self, word: &str) -> bool {
        if self.peek_word() == Some(word) {
            self.pos += word.len();
            self.skip_ws();
            true
        } else {
            false
        }
    }

    pub fn eat_punct(&mut self, punct: &str) -> bool {
        if self.rest().starts_with(punct) {
            self.pos += punct.len();
            self.skip_ws();
            true
        } else {
            false
        }
    }

    pub fn expect_punct(&mut self, punct: &str) -> Result<(), Failure> {
        if self.eat_punct(punct) {
            Ok(())
        } else {
            Err(self.expected(&format!("`{punct}`")))
        }
    }

    /// Runs a weedle2 parser at the cursor and moves past what it read.
    pub fn parse<P: Parse<'a>>(&mut self) -> Option<P> {
        let (rest, parsed) = P::parse(self.rest()).ok()?;
        self.pos = self.text.len() - rest.len();
        self.skip_ws();
        Some(parsed)
    }

    /// Like [`Cursor::parse`], but a failure says what was expected here.
    pub fn require<P: Parse<'a>>(&mut self, what: &str) -> Result<P, Failure> {
        self.parse().ok_or_else(|| self.expected(what))
    }

    pub fn expect_identifier(&mut self, what: &str) -> Result<&'a str, Failure> {
        let identifier: weedle::common::Identifier = self.require(what)?;
        Ok(identifier.0)
    }

    /// The token at the cursor, as an error message names it.
    pub fn found(&self) -> (String, usize) {
        let rest = self.rest();
        if rest.is_empty() {
            return ("end of input".into(), 0);
        }
        if let Some(word) = self.peek_word() {
            return (format!("`{word}`"), word.len());
        }
        if let Some(body) = rest.strip_prefix('"') {
            return match body.find(['"', '\n', '\r']) {
                Some(i) if body[i..].starts_with('"') => (format!("`{}`", &rest[..i + 2]), i + 2),
                _ => ("an unterminated string".into(), 1),
            };
        }
        let c = rest.chars().next().unwrap_or(' ');
        // Shown by its code point: in backticks it would be invisible.
        if c.is_whitespace() || c.is_control() {
            return (
                format!("the character U+{:04X}", u32::from(c)),
                c.len_utf8(),
            );
        }
        (format!("`{c}`"), c.len_utf8())
    }

    pub fn expected(&self, what: &str) -> Failure {
        let (found, length) = self.found();
        // At the end, blame the end of the last line that has something, not the empty one
        // after the final line break.
        let start = match self.rest().is_empty() {
            true => self.text.trim_end_matches(WHITE_SPACE).len(),
            false => self.pos,
        };
        Failure {
            start,
            end: start + length,
            message: format!("expected {what}, found {found}"),
        }
    }
}

/// The offset just past a definition that failed to parse, so parsing can go on after it: its
/// `;` at nesting depth 0, or the end of its `{ ... }` body (plus a `;` if one follows).
pub fn resync(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = crate::source::closing_quote(bytes, i),
            b'{' | b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let mut after = Cursor::new(text, i + 1);
                    after.eat_punct(";");
                    return after.pos;
                }
            }
            b';' if depth == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// The offset after the `]` that closes the `[` before `start`.
pub fn resync_bracket(text: &str, start: usize) -> Option<usize> {
    let mut depth = 1usize;
    for (i, byte) in text.bytes().enumerate().skip(start) {
        match byte {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_punctuation() {
        let mut cursor = Cursor::new("  partial interface Foo {", 0);
        assert_eq!(cursor.peek_word(), Some("partial"));
        assert_eq!(cursor.peek_second_word(), Some("interface"));
        assert!(cursor.eat_word("partial") && cursor.eat_word("interface"));
        assert_eq!(cursor.expect_identifier("a name"), Ok("Foo"));
        assert_eq!(cursor.expected("x").message, "expected x, found `{`");
    }

    #[test]
    fn resync_skips_one_definition() {
        let text = "interface A { x; }; interface B {};";
        assert_eq!(&text[resync(text, 0)..], "interface B {};");
        let text = "typedef long; enum E {};";
        assert_eq!(&text[resync(text, 0)..], " enum E {};");
    }
}
