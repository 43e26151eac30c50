//! `idlbind check` and its modes.
//!
//! | Command | Reports |
//! |---|---|
//! | `check` | what the macro reports: parsing, the model's checks (extended attributes idlbind knows, names that resolve, ...), lowering |
//! | `check --syntax` | parsing and Web IDL's grammar only, for IDL of any origin: made-up extended attributes and types defined elsewhere are fine; syntax the macro does not bind yet (`async_sequence`, namespace constants, extended attributes inside generic types, ...) is read |
//! | `check --strict` | what `check` reports, plus validity rules across definitions (duplicate names, overloads across partials and mixins, dictionary arguments, ...; those the model enforces itself are reported once, in its words) and style rules for old forms (`void`, `async iterable`, `[Constructor]`, old names of legacy extended attributes, a missing `[Exposed]`, ...), each saying what to write instead |
//! | `check --syntax --strict` | `--syntax` plus those rules, still without the model |
//!
//! The rules are those of webidl2.js's validator (of the same names); the macro itself keeps
//! binding the old forms it binds correctly (`void` as `undefined`, ...), so they are errors only
//! here. The syntax-level checks live in `idlbind_codegen::syntax` and `idlbind_codegen::lint`.

use idlbind_codegen::diagnostics::{Diagnostic, Diagnostics};
use idlbind_codegen::pipeline;
use idlbind_codegen::source::Source;
use idlbind_codegen::syntax::{self, Level};

/// The flags of `idlbind check`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Mode {
    pub syntax: bool,
    pub strict: bool,
}

impl Mode {
    /// Takes a flag of `check`; whether `arg` was one.
    pub fn flag(&mut self, arg: &str) -> bool {
        match arg {
            "--syntax" => self.syntax = true,
            "--strict" => self.strict = true,
            _ => return false,
        }
        true
    }

    fn level(self) -> Level {
        match self.strict {
            true => Level::Strict,
            false => Level::Syntax,
        }
    }
}

/// The errors of the sources in this mode, in the order of the text for `--syntax` and
/// `--strict`, in the order the pipeline finds them otherwise.
pub fn run(sources: &[Source], mode: Mode) -> Vec<Diagnostic> {
    if mode.syntax {
        let report = syntax::check(sources, mode.level());
        let mut all = report.parse;
        all.extend(report.checks);
        sort(&mut all);
        return all;
    }
    let (_, diagnostics) = pipeline(sources);
    if !mode.strict {
        return diagnostics.into_vec();
    }
    // The pipeline reports parse errors itself (of the text as the macro reads it), and the model
    // some validity rules: only the other checks are added.
    let mut all = diagnostics;
    add(
        &mut all,
        syntax::check(sources, Level::StrictBesideModel).checks,
    );
    let mut all = all.into_vec();
    sort(&mut all);
    all
}

fn add(all: &mut Diagnostics, more: Vec<Diagnostic>) {
    for diagnostic in more {
        all.error(diagnostic.loc, diagnostic.message);
    }
}

fn sort(list: &mut [Diagnostic]) {
    list.sort_by_key(|d| (d.loc.source, d.loc.start));
}
