//! Source stage: the macro's tokens, or a file, become one IDL text per source, with a way back
//! from any byte offset of that text to something the compiler can point at.
//!
//! Inline IDL reaches the macro as Rust tokens, which lose what Web IDL cares about: `-1` is two
//! tokens, `>>` is one, comments are gone. The text is rebuilt by placing each token at its own
//! line and column, so adjacency (and therefore meaning) is exactly as written. `///` doc
//! comments arrive as `#[doc = "..."]` attributes and are put back as `///` lines.
//!
//! Every text is then scrubbed: comments become spaces (weedle2 cannot skip `///`, nor a `//`
//! comment without a final newline), and doc comments are kept aside with their offsets so that
//! the model can attach them to the definition or member that follows.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use std::fmt::Write as _;

use crate::adapt::{Adaptations, adapt};
use crate::diagnostics::{Diagnostic, Loc};

/// What a source is for: bound (code is generated) or only read to resolve names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Bind,
    Refer,
    /// Of a definition, never of a source: an interface of referred IDL that a bound
    /// definition mentions, whose Rust type (with its inheritance chain and conversions) is
    /// made without its members (set by [`crate::model::select`]).
    Declare,
}

/// A `///` (or `/** */`) comment: its text and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    pub offset: usize,
    pub text: String,
}

/// One token of inline IDL: where it stands in the rebuilt text and in the user's file.
#[derive(Clone, Debug)]
pub struct PlacedToken {
    end: usize,
    span: Span,
    line: usize,
    column: usize,
}

#[derive(Clone, Debug)]
pub enum Origin {
    /// IDL written inside the macro call.
    Inline { tokens: Vec<PlacedToken> },
    /// IDL read from a file; errors name the file and point at the directive naming it.
    File {
        path: String,
        span: Span,
        original: String,
    },
}

#[derive(Clone, Debug)]
pub struct Source {
    /// The text handed to the parser: comments blanked, offsets unchanged.
    pub text: String,
    pub origin: Origin,
    pub role: Role,
    pub docs: Vec<Doc>,
    /// What was rewritten for weedle2, and where (see [`crate::adapt`]).
    pub adapted: Adaptations,
}

impl Source {
    pub fn inline(tokens: TokenStream, role: Role) -> Source {
        let mut builder = TextBuilder::default();
        builder.push_stream(tokens);
        let TextBuilder { text, tokens, .. } = builder;
        let (text, docs) = scrub(&text);
        let (text, adapted) = adapt(text);
        Source {
            text,
            origin: Origin::Inline { tokens },
            role,
            docs,
            adapted,
        }
    }

    /// A file's text; a byte order mark at its start is not part of the IDL.
    pub fn file(path: String, span: Span, contents: String, role: Role) -> Source {
        let contents = match contents.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => contents,
        };
        let (text, docs) = scrub(&contents);
        let (text, adapted) = adapt(text);
        Source {
            text,
            origin: Origin::File {
                path,
                span,
                original: contents,
            },
            role,
            docs,
            adapted,
        }
    }

    /// The doc comments that start in `range`, joined as rustdoc lines.
    pub fn docs_in(&self, range: std::ops::Range<usize>) -> Vec<String> {
        self.docs
            .iter()
            .filter(|doc| range.contains(&doc.offset))
            .map(|doc| doc.text.clone())
            .collect()
    }

    /// The IDL as written between two offsets, with runs of white space folded to one space.
    pub fn snippet(&self, start: usize, end: usize) -> String {
        let raw = self.text.get(start..end.min(self.text.len())).unwrap_or("");
        let mut folded = String::with_capacity(raw.len());
        for word in raw.split_whitespace() {
            if !folded.is_empty() {
                folded.push(' ');
            }
            folded.push_str(word);
        }
        folded
    }

    /// One-based line and column (in characters) of an offset, as the user sees it.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        match &self.origin {
            Origin::Inline { tokens } => match token_at(tokens, offset) {
                Some(token) => (token.line, token.column + 1),
                None => (1, 1),
            },
            Origin::File { .. } => text_line_column(&self.text, offset),
        }
    }

    /// Where an offset of this source stands, as a diagnostic of the source `from` says it:
    /// `line 5` in the same source; in another, `` `a.idl:2:11` `` for a file and `line 5 of
    /// the `idl!` block` for inline IDL (whose lines are those of the Rust file).
    pub fn place(&self, offset: usize, this: usize, from: usize) -> String {
        let (line, column) = self.line_column(offset);
        match &self.origin {
            _ if this == from => format!("line {line}"),
            Origin::File { path, .. } => format!("`{path}:{line}:{column}`"),
            Origin::Inline { .. } => format!("line {line} of the `idl!` block"),
        }
    }

    /// The compiler span to blame for an offset.
    pub fn span_at(&self, offset: usize) -> Span {
        self.spans(offset, offset + 1).0
    }

    /// The first and last compiler spans covering `start..end`.
    fn spans(&self, start: usize, end: usize) -> (Span, Span) {
        match &self.origin {
            Origin::Inline { tokens } => {
                let first = token_at(tokens, start).map_or_else(Span::call_site, |t| t.span);
                let last_offset = end.saturating_sub(1).max(start);
                let last = token_at(tokens, last_offset).map_or(first, |t| t.span);
                (first, last)
            }
            Origin::File { span, .. } => (*span, *span),
        }
    }

    /// A diagnostic as text: for a file, `file:line:column: message`, the line and a caret.
    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        let Loc { start, .. } = diagnostic.loc;
        match &self.origin {
            Origin::Inline { .. } => {
                let (line, column) = self.line_column(start);
                format!("{line}:{column}: {}", diagnostic.message)
            }
            Origin::File { path, original, .. } => {
                file_message(path, original, &self.text, start, &diagnostic.message)
            }
        }
    }

    /// Turns a diagnostic into a `compile_error!` that the compiler shows at the IDL.
    pub fn compile_error(&self, diagnostic: &Diagnostic) -> TokenStream {
        let Loc { start, end, .. } = diagnostic.loc;
        let message = match &self.origin {
            Origin::Inline { .. } => diagnostic.message.clone(),
            Origin::File { path, original, .. } => {
                file_message(path, original, &self.text, start, &diagnostic.message)
            }
        };
        let (first, last) = self.spans(start, end);
        let ends: TokenStream = [
            TokenTree::Ident(proc_macro2::Ident::new("__idl", first)),
            TokenTree::Ident(proc_macro2::Ident::new("__idl", last)),
        ]
        .into_iter()
        .collect();
        syn::Error::new_spanned(ends, message).to_compile_error()
    }
}

/// `path:line:column: message`, then the line and a caret under the column. A line longer
/// than [`MAX_SHOWN`] characters is shown around the column only, its cut ends marked `...`.
fn file_message(path: &str, original: &str, text: &str, offset: usize, message: &str) -> String {
    let (line, column) = text_line_column(text, offset);
    let line_text = lines(original).nth(line - 1).unwrap_or("");
    let (shown, caret) = excerpt(line_text, column);
    let gutter = " ".repeat(line.to_string().len());
    let mut out = format!("{path}:{line}:{column}: {message}\n");
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{line} | {shown}");
    let _ = write!(out, "{gutter} | {}^", " ".repeat(caret - 1));
    out
}

/// The longest line a file's diagnostic shows whole, in characters.
pub const MAX_SHOWN: usize = 200;

/// How much of a long line is shown before and after the column, in characters.
const BEFORE: usize = 80;
const AFTER: usize = 40;

/// The part of a line to show for a (one-based) column, and the column of the caret in it.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let length = line.chars().count();
    if length <= MAX_SHOWN {
        return (line.to_owned(), column);
    }
    let first = column.saturating_sub(1).saturating_sub(BEFORE);
    let last = (column + AFTER).min(length);
    let mut shown = String::new();
    let mut caret = column - first;
    if first > 0 {
        shown.push_str("...");
        caret += 3;
    }
    shown.extend(line.chars().skip(first).take(last - first));
    if last < length {
        shown.push_str("...");
    }
    (shown, caret)
}

/// Whether the byte at `i` ends a line: `\n`, or `\r` not followed by `\n` (a `\r\n` pair ends
/// at its `\n`; a lone `\r`, as old Mac files have, is a line break too).
pub fn is_line_break(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(i + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// The lines of a text, without their breaks (`\n`, `\r\n` or a lone `\r`).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let at = i;
            i += 1;
            if is_line_break(bytes, at) {
                let end = match at > start && bytes[at] == b'\n' && bytes[at - 1] == b'\r' {
                    true => at - 1,
                    false => at,
                };
                let line = &text[start..end];
                start = i;
                return Some(line);
            }
        }
        // The text after the last break, unless it is empty.
        (start < bytes.len()).then(|| {
            let line = &text[start..];
            start = bytes.len();
            line
        })
    })
}

/// One-based line and column (in characters) of an offset of a file's text.
fn text_line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..floor_char_boundary(text, offset)];
    let bytes = text.as_bytes();
    let mut line = 1;
    let mut line_start = 0;
    for i in 0..before.len() {
        if is_line_break(bytes, i) {
            line += 1;
            line_start = i + 1;
        }
    }
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The token at an offset, or the nearest one after it (an offset in white space blames what
/// follows), or the last one (an offset at the very end).
fn token_at(tokens: &[PlacedToken], offset: usize) -> Option<&PlacedToken> {
    let index = tokens.partition_point(|t| t.end <= offset);
    tokens.get(index).or_else(|| tokens.last())
}

/// Lays tokens out at their own line and column.
#[derive(Default)]
struct TextBuilder {
    text: String,
    tokens: Vec<PlacedToken>,
    /// Where the cursor stands, in the user's file.
    line: usize,
    column: usize,
    started: bool,
}

impl TextBuilder {
    fn push_stream(&mut self, stream: TokenStream) {
        let mut iter = stream.into_iter().peekable();
        while let Some(tree) = iter.next() {
            if let TokenTree::Punct(punct) = &tree
                && punct.as_char() == '#'
                && let Some(TokenTree::Group(group)) = iter.peek()
                && let Some(doc) = doc_attribute(group)
            {
                self.push_doc(&doc, punct.span());
                iter.next();
                continue;
            }
            match tree {
                TokenTree::Group(group) => {
                    let (open, close) = match group.delimiter() {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::None => ("", ""),
                    };
                    if !open.is_empty() {
                        self.push_token(open, group.span_open());
                    }
                    self.push_stream(group.stream());
                    if !close.is_empty() {
                        self.push_token(close, group.span_close());
                    }
                }
                TokenTree::Ident(ident) => self.push_token(&ident.to_string(), ident.span()),
                TokenTree::Punct(punct) => {
                    self.push_token(&punct.as_char().to_string(), punct.span())
                }
                TokenTree::Literal(literal) => {
                    self.push_token(&literal.to_string(), literal.span())
                }
            }
        }
    }

    /// A doc comment goes back in as `///` lines, one per line of its text.
    fn push_doc(&mut self, doc: &str, span: Span) {
        let text: String = doc
            .lines()
            .map(|line| format!("///{line}"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = if text.is_empty() { "///".into() } else { text };
        self.push_token(&text, span);
        // A `///` line must end before the next token, whatever the spans say.
        self.text.push('\n');
        self.line += 1;
        self.column = 0;
    }

    fn push_token(&mut self, text: &str, span: Span) {
        let start = span.start();
        let (line, column) = (start.line, start.column);
        self.move_to(line, column);
        self.text.push_str(text);
        self.tokens.push(PlacedToken {
            end: self.text.len(),
            span,
            line,
            column,
        });
        match text.rfind('\n') {
            Some(i) => {
                self.line += text.matches('\n').count();
                self.column = text[i + 1..].chars().count();
            }
            None => self.column += text.chars().count(),
        }
    }

    fn move_to(&mut self, line: usize, column: usize) {
        // Tokens without a position (line 0), or out of order (made by another macro), are
        // separated by one space: that keeps identifiers apart, which is all that can be done.
        let forward = line > self.line || (line == self.line && column >= self.column && line != 0);
        if !self.started {
            self.started = true;
            self.line = line;
            self.column = column;
        } else if forward {
            if line > self.line {
                for _ in self.line..line {
                    self.text.push('\n');
                }
                self.line = line;
                self.column = 0;
            }
            for _ in self.column..column {
                self.text.push(' ');
            }
            self.column = column;
        } else {
            self.text.push(' ');
            self.column += 1;
        }
    }
}

/// The text of a `#[doc = "..."]` attribute: what a `///` comment becomes in tokens.
fn doc_attribute(group: &proc_macro2::Group) -> Option<String> {
    if group.delimiter() != Delimiter::Bracket {
        return None;
    }
    let attribute: syn::Meta = syn::parse2(group.stream()).ok()?;
    let syn::Meta::NameValue(pair) = attribute else {
        return None;
    };
    if !pair.path.is_ident("doc") {
        return None;
    }
    match pair.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}

/// Blanks every comment (keeping line breaks, so offsets and lines stay put) and collects the
/// doc comments: `///` lines (not `////`) and `/** */` blocks (not `/**/`).
pub fn scrub(input: &str) -> (String, Vec<Doc>) {
    let bytes = input.as_bytes();
    let mut out = input.as_bytes().to_vec();
    let mut docs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = closing_quote(bytes, i) + 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = input[i..].find(['\n', '\r']).map_or(bytes.len(), |n| i + n);
                let comment = &input[i..end];
                if let Some(text) = comment.strip_prefix("///")
                    && !text.starts_with('/')
                {
                    docs.push(Doc {
                        offset: i,
                        text: text.strip_prefix(' ').unwrap_or(text).trim_end().into(),
                    });
                }
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let Some(length) = input[i + 2..].find("*/") else {
                    // Unterminated: left as is, so the parser reports it where it starts.
                    break;
                };
                let end = i + 2 + length + 2;
                let comment = &input[i..end];
                if comment.starts_with("/**") && comment != "/**/" && !comment.starts_with("/***") {
                    let body = &comment[3..comment.len() - 2];
                    for line in lines(body) {
                        let line = line.trim();
                        let line = line.strip_prefix('*').unwrap_or(line);
                        docs.push(Doc {
                            offset: i,
                            text: line.strip_prefix(' ').unwrap_or(line).trim_end().into(),
                        });
                    }
                    trim_blank_doc_lines(&mut docs, i);
                }
                blank(&mut out, i, end);
                i = end;
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes were replaced by ASCII spaces: still UTF-8.
    let text = String::from_utf8(out).unwrap_or_else(|_| input.to_owned());
    (text, docs)
}

/// The index of the `"` closing the string opened at `open`, or of the line break or end
/// where an unterminated one stops (IDL strings have no escapes and no line breaks; an
/// unterminated one is the parser's to report). A line break is `\n` or `\r`.
pub fn closing_quote(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// A `/**` block's first and last lines are usually empty; they are not part of the doc.
fn trim_blank_doc_lines(docs: &mut Vec<Doc>, offset: usize) {
    let first = docs
        .iter()
        .position(|d| d.offset == offset)
        .unwrap_or(docs.len());
    while docs.len() > first && docs.last().is_some_and(|d| d.text.is_empty()) {
        docs.pop();
    }
    while docs.len() > first && docs[first].text.is_empty() {
        docs.remove(first);
    }
}

fn blank(out: &mut [u8], start: usize, end: usize) {
    for byte in &mut out[start..end] {
        if !matches!(*byte, b'\n' | b'\r') {
            *byte = b' ';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn rebuild(source: &str) -> String {
        let tokens = TokenStream::from_str(source).unwrap();
        Source::inline(tokens, Role::Bind).text
    }

    #[test]
    fn keeps_adjacency_rust_tokens_lose() {
        let text =
            rebuild("const long a = -1; [Foo=margin-top] attribute sequence<sequence<long>> b;");
        assert!(text.contains("= -1;"), "{text}");
        assert!(text.contains("[Foo=margin-top]"), "{text}");
        assert!(text.contains("sequence<sequence<long>>"), "{text}");
    }

    #[test]
    fn keeps_hex_and_ellipsis() {
        let text = rebuild("const unsigned long x = 0xFF; undefined f(long... rest);");
        assert!(text.contains("0xFF"), "{text}");
        assert!(text.contains("long... rest"), "{text}");
    }

    #[test]
    fn doc_comments_become_docs_and_leave_the_text() {
        let source = Source::inline(
            TokenStream::from_str("/// The answer.\n/// Second line.\ninterface A {};").unwrap(),
            Role::Bind,
        );
        assert!(!source.text.contains("///"), "{}", source.text);
        assert!(source.text.contains("interface A {};"));
        let texts: Vec<_> = source.docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["The answer.", "Second line."]);
    }

    #[test]
    fn scrub_blanks_comments_but_not_strings() {
        let input = "enum E { \"a//b\" }; // tail\n/* c */ //// not a doc\n/// doc";
        let (text, docs) = scrub(input);
        assert!(text.contains("\"a//b\""));
        assert!(!text.contains("tail") && !text.contains("not a doc") && !text.contains("doc"));
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "doc");
        assert_eq!(text.len(), input.len());
        assert_eq!(text.lines().count(), input.lines().count());
    }

    #[test]
    fn block_docs() {
        let (_, docs) = scrub("/**\n * One.\n * Two.\n */\ninterface A {};");
        let texts: Vec<_> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["One.", "Two."]);
    }

    #[test]
    fn file_messages_show_the_line_and_a_caret() {
        let message = file_message("a.idl", "x\n  bad;\n", "x\n  bad;\n", 4, "oops");
        assert_eq!(message, "a.idl:2:3: oops\n  |\n2 |   bad;\n  |   ^");
    }

    #[test]
    fn a_long_line_is_shown_around_the_column() {
        // A column beyond what `format!` widths take (65535) once panicked.
        let line = format!(
            "interface A {{{}attribute Bogus? ? x; }};",
            " ".repeat(65_536)
        );
        let offset = line.find("? x").unwrap();
        let column = offset + 1;
        let message = file_message("a.idl", &line, &line, offset, "oops");
        let shown: Vec<&str> = message.lines().collect();
        assert_eq!(shown[0], format!("a.idl:1:{column}: oops"));
        assert_eq!(
            shown[2],
            format!("1 | ...{}attribute Bogus? ? x; }};", " ".repeat(63))
        );
        assert_eq!(shown[3], format!("  | {}^", " ".repeat(3 + 80)));
        let caret = shown[3].len() - 1;
        assert_eq!(&shown[2][caret..caret + 3], "? x");
        // Cut at both ends.
        let line = format!("{}x{}", "a".repeat(300), "b".repeat(300));
        let (shown, caret) = excerpt(&line, 301);
        assert_eq!(
            shown,
            format!("...{}x{}...", "a".repeat(80), "b".repeat(40))
        );
        assert_eq!(shown.chars().nth(caret - 1), Some('x'));
        // A line of `MAX_SHOWN` characters is shown whole.
        let line = "c".repeat(MAX_SHOWN);
        assert_eq!(excerpt(&line, MAX_SHOWN), (line.clone(), MAX_SHOWN));
    }

    #[test]
    fn lone_carriage_returns_break_lines() {
        let text = "a\rb\r\nc\nd\r";
        assert_eq!(lines(text).collect::<Vec<_>>(), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n\nb").collect::<Vec<_>>(), ["a", "", "b"]);
        assert_eq!(text_line_column(text, 2), (2, 1));
        assert_eq!(text_line_column(text, 4), (2, 3));
        assert_eq!(text_line_column(text, 5), (3, 1));
        assert_eq!(text_line_column(text, 7), (4, 1));
        assert_eq!(text_line_column(text, 9), (5, 1));
        let text = "x\r  bad;\r";
        let message = file_message("a.idl", text, text, 4, "oops");
        assert_eq!(message, "a.idl:2:3: oops\n  |\n2 |   bad;\n  |   ^");
    }

    #[test]
    fn comments_end_at_a_lone_carriage_return() {
        let (text, docs) = scrub("// note\rinterface A {};\r/* a\rb */\r/// doc\rx");
        assert_eq!(text, "       \rinterface A {};\r    \r    \r       \rx");
        let texts: Vec<_> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["doc"]);
        let (_, docs) = scrub("/**\r * One.\r * Two.\r */");
        let texts: Vec<_> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["One.", "Two."]);
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let source = Source::file(
            "a.idl".into(),
            Span::call_site(),
            "\u{feff}interface A {};".into(),
            Role::Bind,
        );
        assert_eq!(source.text, "interface A {};");
        assert_eq!(source.line_column(10), (1, 11));
    }
}
