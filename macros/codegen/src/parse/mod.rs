//! Parse stage: scrubbed IDL text in, weedle2 definitions out, each with the byte ranges of
//! itself and of its members (for doc comments, signatures and error positions).
//!
//! Definitions are parsed one at a time, never with `weedle::parse` (it panics on leftover
//! input). A definition that does not parse is diagnosed piece by piece (see [`narrow`]),
//! skipped, and parsing goes on after it, so one build reports every broken definition.

mod cursor;
pub mod fast;
mod narrow;

pub use cursor::Failure;
pub use narrow::diagnose_removed;
use weedle::Definition;

use crate::diagnostics::{Diagnostics, Loc};
use cursor::Cursor;

/// A definition and where it and its members stand in the text.
pub struct Parsed<'a> {
    pub definition: Definition<'a>,
    pub start: usize,
    pub end: usize,
    /// The `{` of the body, where there is one.
    pub body_start: Option<usize>,
    /// Each member's range, in the order of the definition's member list.
    pub members: Vec<(usize, usize)>,
}

/// A definition that did not parse but whose name could be read: the expansion still emits a
/// stand-in for it so code that uses the name gets no second, misleading error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broken {
    pub keyword: &'static str,
    pub name: String,
    pub loc: Loc,
}

#[derive(Default)]
pub struct ParseOutput<'a> {
    pub definitions: Vec<Parsed<'a>>,
    pub broken: Vec<Broken>,
    /// The range of each definition that did not parse: from its start to where parsing
    /// resumed (after its closing `};` or `;`). Nothing of it reaches the model.
    pub failed: Vec<(usize, usize)>,
}

/// How deeply brackets (`<>`, `()`, `[]`, `{}`) may nest within one definition. weedle2 and the
/// later stages recurse once per level; real IDL nests fewer than ten deep. A definition
/// nesting deeper is an error, so that no input can overflow the compiler's stack.
pub const MAX_NESTING: usize = 32;

/// Below this much text in all, the sources are parsed on the calling thread: threads would
/// cost more than they save.
const PARALLEL_FROM: usize = 256 * 1024;

/// The stack of a parsing thread: the parser recurses once per nesting level (at most
/// [`MAX_NESTING`]), and a build without optimizations has large frames.
const THREAD_STACK: usize = 32 * 1024 * 1024;

/// Parses each text (source `i` is `texts[i]`), the diagnostics in the order of the texts.
///
/// A `#![platform]` block reads the platform's 334 files: split across the machine's cores,
/// their parse takes half the time or less, which matters most where cargo builds the proc
/// macro without optimizations (every `cargo check`). Parsing uses no compiler API (text in,
/// syntax trees out), so it may leave the macro's thread.
pub fn parse_all<'a>(texts: &[&'a str], diagnostics: &mut Diagnostics) -> Vec<ParseOutput<'a>> {
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if total < PARALLEL_FROM || threads < 2 {
        return (texts.iter().enumerate())
            .map(|(id, text)| parse(text, id, diagnostics))
            .collect();
    }
    // Consecutive runs of texts of about equal size, one a thread.
    let share = total.div_ceil(threads);
    let mut chunks: Vec<std::ops::Range<usize>> = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (id, text) in texts.iter().enumerate() {
        size += text.len();
        if size >= share || id + 1 == texts.len() {
            chunks.push(start..id + 1);
            (start, size) = (id + 1, 0);
        }
    }
    let results: Vec<(Vec<ParseOutput<'a>>, Diagnostics)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (chunks.into_iter())
            .map(|ids| {
                std::thread::Builder::new()
                    .stack_size(THREAD_STACK)
                    .spawn_scoped(scope, move || {
                        let mut diagnostics = Diagnostics::default();
                        let outputs = ids
                            .map(|id| parse(texts[id], id, &mut diagnostics))
                            .collect();
                        (outputs, diagnostics)
                    })
                    .expect("a parsing thread starts")
            })
            .collect();
        (handles.into_iter())
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut outputs = Vec::with_capacity(texts.len());
    for (chunk, found) in results {
        outputs.extend(chunk);
        diagnostics.append(found);
    }
    outputs
}

pub fn parse<'a>(text: &'a str, source: usize, diagnostics: &mut Diagnostics) -> ParseOutput<'a> {
    let mut output = ParseOutput::default();
    let mut cursor = Cursor::new(text, 0);
    loop {
        // Between definitions any white space is skipped (weedle2 reads a definition from its
        // first token); within one, only Web IDL's.
        cursor.skip_any_white_space();
        if cursor.at_end() {
            break;
        }
        let start = cursor.pos;
        let next = cursor::resync(text, start);
        if let Some(at) = too_deep(text, start, next) {
            diagnostics.error(
                Loc::new(source, at, at + 1),
                format!(
                    "brackets nested deeper than {MAX_NESTING} levels; idlbind reads at most \
                     {MAX_NESTING}"
                ),
            );
            output.broken.extend(broken_name(text, start, source));
            let end = start + text[start..next].trim_end().len();
            output.failed.push((start, end));
            cursor = Cursor::new(text, next);
            continue;
        }
        match parse_definition(&mut cursor) {
            Some(definition) => {
                let end = start + text[start..cursor.pos].trim_end().len();
                let (body_start, members) = member_ranges(text, start, &definition);
                output.definitions.push(Parsed {
                    definition,
                    start,
                    end,
                    body_start,
                    members,
                });
            }
            None => {
                let failure = narrow::diagnose(text, start);
                diagnostics.error(
                    Loc::new(source, failure.start, failure.end),
                    failure.message,
                );
                output.broken.extend(broken_name(text, start, source));
                let end = start + text[start..next].trim_end().len();
                output.failed.push((start, end));
                cursor = Cursor::new(text, next);
            }
        }
    }
    output
}

/// The definition at the cursor. weedle2's `Definition` tries each kind in turn, reading the
/// extended attributes again for each; the common kinds are known here by their keyword, and
/// parsed as that kind alone. Every kind before them in weedle2's order starts with another
/// keyword, so where that parse succeeds weedle2's would have found the same; where it fails,
/// weedle2's own is the judge.
fn parse_definition<'a>(cursor: &mut Cursor<'a>) -> Option<Definition<'a>> {
    if let Some((rest, definition)) = fast::definition(cursor.rest()) {
        cursor.pos = cursor.text.len() - rest.len();
        cursor.skip_ws();
        return Some(definition);
    }
    let mut keyword = *cursor;
    if keyword.eat_punct("[") {
        keyword = Cursor::new(
            keyword.text,
            cursor::resync_bracket(keyword.text, keyword.pos)?,
        );
    }
    let parsed = match (keyword.peek_word(), keyword.peek_second_word()) {
        (Some("interface"), second) if second != Some("mixin") => {
            cursor.parse().map(Definition::Interface)
        }
        (Some("dictionary"), _) => cursor.parse().map(Definition::Dictionary),
        (Some("enum"), _) => cursor.parse().map(Definition::Enum),
        (Some("typedef"), _) => cursor.parse().map(Definition::Typedef),
        (Some("callback"), second) if second != Some("interface") => {
            cursor.parse().map(Definition::Callback)
        }
        _ => None,
    };
    parsed.or_else(|| cursor.parse::<Definition>())
}

/// The offset of the first bracket in `start..end` that opens level `MAX_NESTING + 1`.
fn too_deep(text: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'"' => i = crate::source::closing_quote(bytes, i),
            b'<' | b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'>' | b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where the body starts and each member's range, from its first token to its `;`. weedle2 has
/// accepted the whole definition, so each member ends where [`cursor::resync`] finds the end
/// of a statement: a scan, not a second parse.
fn member_ranges(
    text: &str,
    start: usize,
    definition: &Definition<'_>,
) -> (Option<usize>, Vec<(usize, usize)>) {
    let has_members = matches!(
        definition,
        Definition::Interface(_)
            | Definition::PartialInterface(_)
            | Definition::CallbackInterface(_)
            | Definition::InterfaceMixin(_)
            | Definition::PartialInterfaceMixin(_)
            | Definition::Namespace(_)
            | Definition::PartialNamespace(_)
            | Definition::Dictionary(_)
            | Definition::PartialDictionary(_)
    );
    if !has_members {
        return (None, Vec::new());
    }
    let Some(body_start) = body_brace(text, start) else {
        return (None, Vec::new());
    };
    let mut ranges = Vec::new();
    let mut cursor = Cursor::new(text, body_start + 1);
    while !cursor.at_end() && !cursor.rest().starts_with('}') {
        let member_start = cursor.pos;
        let end = cursor::resync(text, member_start);
        ranges.push((member_start, end));
        cursor = Cursor::new(text, end);
    }
    (Some(body_start), ranges)
}

/// The `{` that opens a definition's body: the first one outside extended attributes.
fn body_brace(text: &str, start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, byte) in text.bytes().enumerate().skip(start) {
        match byte {
            b'[' | b'(' => depth += 1,
            b']' | b')' => depth = depth.saturating_sub(1),
            b'{' if depth == 0 => return Some(i),
            b';' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Reads `interface Foo`, `dictionary Foo`, ... at the start of a broken definition.
fn broken_name(text: &str, start: usize, source: usize) -> Option<Broken> {
    let mut cursor = Cursor::new(text, start);
    if cursor.eat_punct("[") {
        cursor = Cursor::new(text, cursor::resync_bracket(text, cursor.pos)?);
    }
    if cursor.eat_word("partial") {
        return None;
    }
    cursor.eat_word("callback");
    let keyword = match cursor.peek_word()? {
        "interface" => "interface",
        "dictionary" => "dictionary",
        "enum" => "enum",
        "namespace" => "namespace",
        _ => return None,
    };
    cursor.eat_word(keyword);
    if cursor.eat_word("mixin") {
        return None;
    }
    let name_start = cursor.pos;
    let name = cursor.peek_word()?;
    let trimmed = name.trim_start_matches('_');
    let valid = trimmed.starts_with(|c: char| c.is_ascii_alphabetic());
    valid.then(|| Broken {
        keyword,
        name: name.trim_start_matches('_').to_owned(),
        loc: Loc::new(source, name_start, name_start + name.len()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_have_ranges() {
        let text = "interface A {\n  attribute long x;\n  undefined f();\n};";
        let mut diagnostics = Diagnostics::default();
        let output = parse(text, 0, &mut diagnostics);
        assert!(diagnostics.is_empty());
        let members: Vec<_> = output.definitions[0]
            .members
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(members, ["attribute long x;", "undefined f();"]);
    }

    #[test]
    fn goes_on_after_a_broken_definition() {
        let text = "interface A { bogus };\ninterface B {};\ninterface C { attribute; };";
        let mut diagnostics = Diagnostics::default();
        let output = parse(text, 0, &mut diagnostics);
        assert_eq!(output.definitions.len(), 1);
        assert_eq!(diagnostics.len(), 2);
        let names: Vec<_> = output.broken.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["A", "C"]);
        let failed: Vec<_> = output.failed.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            failed,
            ["interface A { bogus };", "interface C { attribute; };"]
        );
    }

    #[test]
    fn rejects_deep_nesting() {
        let nested = |depth: usize| {
            let ty = format!("{}long{}", "sequence<".repeat(depth), ">".repeat(depth));
            format!("interface A {{ undefined f({ty} x); }};\ninterface B {{}};")
        };
        // The body and the argument list are two levels.
        let mut diagnostics = Diagnostics::default();
        let text = nested(MAX_NESTING - 2);
        let output = parse(&text, 0, &mut diagnostics);
        assert!(diagnostics.is_empty());
        assert_eq!(output.definitions.len(), 2);
        let text = nested(MAX_NESTING - 1);
        let output = parse(&text, 0, &mut diagnostics);
        let messages: Vec<_> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0].contains("nested deeper than 32"),
            "{messages:?}"
        );
        let at = diagnostics.iter().next().unwrap().loc.start;
        assert_eq!(&text[at - 8..=at], "sequence<");
        assert_eq!(output.definitions.len(), 1);
        assert_eq!(output.broken[0].name, "A");
    }

    #[test]
    fn other_white_space_only_between_definitions() {
        let text = "interface A {};\u{c}\u{a0}\ninterface B {};\u{a0}";
        let mut diagnostics = Diagnostics::default();
        let output = parse(text, 0, &mut diagnostics);
        assert!(diagnostics.is_empty());
        assert_eq!(output.definitions.len(), 2);
        let text = "interface A {\u{a0}};";
        let _ = parse(text, 0, &mut diagnostics);
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.loc.start, &*d.message))
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "interface A {".len());
        assert!(
            found[0].1.ends_with("found the character U+00A0"),
            "{found:?}"
        );
    }

    #[test]
    fn never_panics_on_leftovers() {
        for text in [
            "}",
            "interface",
            "\"",
            "[",
            "/*",
            "interface A {};;",
            "typedef",
        ] {
            let mut diagnostics = Diagnostics::default();
            let _ = parse(text, 0, &mut diagnostics);
            assert!(!diagnostics.is_empty(), "{text}");
        }
    }
}
