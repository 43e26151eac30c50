//! Checks at the level of syntax, for `idlbind check --syntax` and `--strict`: no model, no
//! allow-list of extended attributes, no name resolution, so any Web IDL (with made-up extended
//! attributes, or types defined elsewhere) can be checked.
//!
//! ```text
//! source text → rewrite → parse (weedle2) → outline → grammar (--syntax)
//!                                                   → validate, lint (--strict)
//! ```
//!
//! - [`rewrite`]: syntax weedle2 lacks, rewritten in place (offsets kept) and recorded;
//! - [`outline`]: what weedle2 read, as a plain tree with offsets and names as written;
//! - [`grammar`]: what Web IDL's grammar rejects but weedle2 reads;
//! - [`validate`]: what parses but Web IDL forbids, across definitions;
//! - [`crate::lint`]: old forms, each with the modern one to write.
//!
//! Diagnostics are reported for bound sources only; referred ones are read so that their
//! definitions can be looked up (a dictionary's required members, a typedef's type).

pub mod grammar;
pub mod outline;
pub mod rewrite;
pub mod validate;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::parse;
use crate::source::{Role, Source};
use outline::Definition;

/// Which checks run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Parsing and Web IDL's grammar.
    Syntax,
    /// Also validity across definitions and the style rules.
    Strict,
}

/// What the syntax checks found, in bound sources, each list in the order of the text.
#[derive(Debug, Default)]
pub struct Report {
    /// What weedle2 could not parse.
    pub parse: Vec<Diagnostic>,
    /// What the checks of the level found in what parsed.
    pub checks: Vec<Diagnostic>,
}

/// Parses every source for the syntax checks (parse errors go to `parse`) and checks Web IDL's
/// grammar where weedle2 does not (errors go to `grammar`); the outline of what parsed.
pub fn read(
    sources: &[Source],
    parse: &mut Diagnostics,
    grammar: &mut Diagnostics,
) -> Vec<Definition> {
    let mut definitions = Vec::new();
    for (id, source) in sources.iter().enumerate() {
        let (text, rewrites) = rewrite::apply(&source.text);
        let parsed = parse::parse(&text, id, parse);
        grammar::check_text(id, &text, grammar);
        definitions.extend(outline::outline(
            id,
            source,
            &text,
            &rewrites,
            &parsed.definitions,
        ));
    }
    grammar::check(&definitions, grammar);
    definitions
}

/// Runs the checks of `level` over the sources.
pub fn check(sources: &[Source], level: Level) -> Report {
    let mut parse = Diagnostics::default();
    let mut checks = Diagnostics::default();
    let definitions = read(sources, &mut parse, &mut checks);
    if level == Level::Strict {
        validate::check(&definitions, &mut checks);
        crate::lint::check(&definitions, &mut checks);
    }
    let bound = |diagnostics: Diagnostics| {
        let mut list: Vec<Diagnostic> = (diagnostics.into_vec().into_iter())
            .filter(|d| sources[d.loc.source].role == Role::Bind)
            .collect();
        list.sort_by_key(|d| (d.loc.source, d.loc.start));
        list
    };
    Report {
        parse: bound(parse),
        checks: bound(checks),
    }
}
