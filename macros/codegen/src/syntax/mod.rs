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
    /// Like `Strict`, for a check that runs the model too: the validity rules the model enforces
    /// itself are left out, so that each fault is reported once.
    StrictBesideModel,
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
    let scope = match level {
        Level::Syntax => None,
        Level::Strict => Some(validate::Scope::All),
        Level::StrictBesideModel => Some(validate::Scope::BesideModel),
    };
    if let Some(scope) = scope {
        validate::check(&definitions, scope, &mut checks);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `line: message` for every error of `idl` at `level`.
    fn errors(idl: &str, level: Level) -> Vec<String> {
        let source = Source::file(
            "a.webidl".into(),
            proc_macro2::Span::call_site(),
            idl.into(),
            Role::Bind,
        );
        let report = check(std::slice::from_ref(&source), level);
        (report.parse.iter().chain(&report.checks))
            .map(|d| format!("{}: {}", source.line_column(d.loc.start).0, d.message))
            .collect()
    }

    #[test]
    fn syntax_level_ignores_style_and_unknown_names() {
        let idl = "interface A { void f([Whatever] Unknown x); };";
        assert_eq!(errors(idl, Level::Syntax), Vec::<String>::new());
        assert_eq!(
            errors(idl, Level::Strict).len(),
            2,
            "{:?}",
            errors(idl, Level::Strict)
        );
    }

    #[test]
    fn each_style_rule_says_what_to_write() {
        let idl = "[Exposed=Window, Constructor(long x), NoInterfaceObject]\n\
                   interface A {\n\
                   void f([AllowShared] BufferSource b);\n\
                   async iterable<long>;\n\
                   };\n\
                   [LegacyNoInterfaceObject] interface B {};";
        let found = errors(idl, Level::Strict);
        let expected = [
            "1: `[Constructor]` is obsolete",
            "1: `[NoInterfaceObject]` is now named `[LegacyNoInterfaceObject]`",
            "3: `void` is now `undefined`",
            "3: `[AllowShared] BufferSource` is now `AllowSharedBufferSource`",
            "4: `async iterable<..>` is the old syntax: write `async_iterable<..>`",
            "6: `[LegacyNoInterfaceObject]` is a legacy feature",
            "6: interface `B` has no `[Exposed]`",
        ];
        for prefix in expected {
            assert!(
                found.iter().any(|f| f.starts_with(prefix)),
                "{prefix}\n{found:#?}"
            );
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }

    #[test]
    fn overloads_across_partials_and_mixins() {
        let idl = "[Exposed=Window] interface A { undefined f(); static undefined g(); };\n\
                   partial interface A { undefined f(long x); undefined g(); };\n\
                   interface mixin M { undefined g(long x); };\n\
                   A includes M;";
        let found = errors(idl, Level::Strict);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0].starts_with("2: operation `f` is already declared"),
            "{found:#?}"
        );
        assert!(
            found[1].starts_with("3: operation `g` is already declared"),
            "{found:#?}"
        );
    }

    #[test]
    fn dictionary_arguments() {
        let idl = "dictionary D { long x; };\n\
                   dictionary R { required long x; };\n\
                   [Exposed=Window] interface A {\n\
                   undefined a(D d);\n\
                   undefined b(optional D d);\n\
                   undefined c(optional D? d = {});\n\
                   undefined d(R r);\n\
                   undefined e(D d, long last);\n\
                   undefined f(optional D d = {});\n\
                   };";
        let found = errors(idl, Level::Strict);
        let lines: Vec<_> = found.iter().map(|f| &f[..2]).collect();
        assert_eq!(lines, ["4:", "5:", "6:"], "{found:#?}");
    }
}
