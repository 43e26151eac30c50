//! `idlbind report`: what the pipeline binds of each file, as a Markdown table.
//!
//! The pipeline runs once over every file read together (so cross-references resolve, as for
//! `check`); each file is also parsed and built on its own, which gives the definitions and
//! members as written there, with their byte ranges. Every diagnostic of the pipeline is then
//! placed by its location: in a member, the member is skipped; in a definition but outside its
//! members (or in a definition that does not parse), the whole definition failed.

use std::fmt::Write as _;

use idlbind_codegen::diagnostics::{Diagnostic, Diagnostics};
use idlbind_codegen::model::build::{Written, build};
use idlbind_codegen::model::{Member, MemberKind, Name};
use idlbind_codegen::parse::parse;
use idlbind_codegen::source::{Origin, Role, Source};

/// How the table counts, printed above it.
const RULES: &str = "\
How to read it: one row per file, counting what is written in that file. A partial interface, \
dictionary, namespace or mixin counts where it is written, not where the definition it extends \
is; a mixin's members count once, in the mixin's file, not in each interface that includes it. \
`includes` statements, typedefs, enums and callbacks are definitions without members. Members are \
those of interfaces, mixins, namespaces, dictionaries and callback interfaces, as written (a \
`stringifier attribute` is one member; enum values are not members). A member is *skipped* when \
an error of the pipeline points inside it. A definition *failed* when it does not parse, or an \
error points inside it but outside its members (its extended attributes, name or parent): all its \
members count as skipped. *Bound* is members minus skipped. The errors are the pipeline's (what \
`idlbind check` reports); whether the generated Rust compiles is not part of this table.";

/// The report of one run: the table, the rules above it and the list of what was skipped.
pub fn report(sources: &[Source], diagnostics: &Diagnostics) -> String {
    let mut files: Vec<File> = sources
        .iter()
        .enumerate()
        .filter(|(_, source)| source.role == Role::Bind)
        .map(|(id, source)| File::read(id, source))
        .collect();
    let mut diagnostics: Vec<&Diagnostic> = diagnostics.iter().collect();
    diagnostics.sort_by(|a, b| {
        (a.loc.source, a.loc.start, a.loc.end, &a.message).cmp(&(
            b.loc.source,
            b.loc.start,
            b.loc.end,
            &b.message,
        ))
    });
    let mut elsewhere = Vec::new();
    for diagnostic in diagnostics {
        let placed = files
            .iter_mut()
            .find(|file| file.id == diagnostic.loc.source)
            .is_some_and(|file| file.place(diagnostic));
        if !placed {
            elsewhere.push(diagnostic);
        }
    }

    let mut out = String::new();
    let _ = writeln!(out, "{RULES}\n");
    out.push_str("| File | Definitions | Failed | Members | Bound | Skipped |\n");
    out.push_str("|---|--:|--:|--:|--:|--:|\n");
    let mut total = Counts::default();
    for file in &files {
        let counts = file.counts();
        total.add(&counts);
        let _ = writeln!(out, "| `{}` | {} |", file.name, counts.cells());
    }
    let _ = writeln!(
        out,
        "| **Total** ({} files) | {} |",
        files.len(),
        total.cells()
    );

    out.push_str("\n## Skipped\n\n");
    let mut any = false;
    for file in &files {
        for definition in &file.definitions {
            if !definition.errors.is_empty() {
                any = true;
                let members = match definition.members.len() {
                    1 => "1 member".to_string(),
                    n => format!("{n} members"),
                };
                for (i, error) in definition.errors.iter().enumerate() {
                    let what = match i {
                        0 => format!("definition failed, {members}"),
                        _ => "also".to_string(),
                    };
                    let _ = writeln!(
                        out,
                        "- `{}:{}` {} ({what}): {}",
                        file.name, error.line, definition.label, error.message
                    );
                }
            }
            for member in &definition.members {
                for error in &member.errors {
                    any = true;
                    let _ = writeln!(
                        out,
                        "- `{}:{}` {}: {}",
                        file.name, error.line, member.label, error.message
                    );
                }
            }
        }
    }
    for diagnostic in elsewhere {
        any = true;
        let source = &sources[diagnostic.loc.source];
        let (line, _) = source.line_column(diagnostic.loc.start);
        let _ = writeln!(
            out,
            "- `{}:{line}` (outside any definition): {}",
            file_name(source),
            diagnostic.message
        );
    }
    if !any {
        out.push_str("Nothing.\n");
    }
    out
}

/// The definitions of one file, as written there.
struct File<'s> {
    id: usize,
    name: String,
    source: &'s Source,
    definitions: Vec<Definition>,
}

struct Definition {
    /// `interface Foo`, `partial dictionary Bar`, `Foo includes Bar`, ...
    label: String,
    start: usize,
    end: usize,
    /// False for a definition that did not parse: its members are only counted.
    parsed: bool,
    /// Errors that make the whole definition fail.
    errors: Vec<Error>,
    members: Vec<MemberEntry>,
}

struct MemberEntry {
    /// `Foo.bar`, `Foo.constructor`, ...
    label: String,
    start: usize,
    end: usize,
    errors: Vec<Error>,
}

struct Error {
    line: usize,
    message: String,
}

impl<'s> File<'s> {
    fn read(id: usize, source: &'s Source) -> File<'s> {
        // Diagnostics of this second reading are the pipeline's too; only its structure is used.
        let mut ignored = Diagnostics::default();
        let parsed = parse(&source.text, id, &mut ignored);
        let written = build(id, source, &parsed, &mut ignored);
        let mut definitions = Vec::new();
        for item in &parsed.definitions {
            let inside = |loc_start: usize| (item.start..item.end).contains(&loc_start);
            let written = written
                .iter()
                .find(|written| inside(written_name(written).loc.start));
            let (label, owner) = match written {
                Some(written) => (written_label(written), written_name(written).idl.clone()),
                None => {
                    let header = header(source, item.start, item.end);
                    let owner = header.rsplit(' ').next().unwrap_or("").to_string();
                    (format!("`{header}`"), owner)
                }
            };
            let members = item
                .members
                .iter()
                .map(|&(start, end)| MemberEntry {
                    label: format!(
                        "`{owner}.{}`",
                        written
                            .and_then(|w| member_label(w, start, end))
                            .unwrap_or_else(|| source.snippet(start, end))
                    ),
                    start,
                    end,
                    errors: Vec::new(),
                })
                .collect();
            definitions.push(Definition {
                label,
                start: item.start,
                end: item.end,
                parsed: true,
                errors: Vec::new(),
                members,
            });
        }
        for &(start, end) in &parsed.failed {
            let label = match parsed
                .broken
                .iter()
                .find(|b| (start..end).contains(&b.loc.start))
            {
                Some(broken) => format!("`{} {}`", broken.keyword, broken.name),
                None => format!("`{}`", header(source, start, end)),
            };
            definitions.push(Definition {
                label,
                start,
                end,
                parsed: false,
                errors: Vec::new(),
                members: count_members(&source.text[start..end])
                    .into_iter()
                    .map(|(s, e)| MemberEntry {
                        label: String::new(),
                        start: start + s,
                        end: start + e,
                        errors: Vec::new(),
                    })
                    .collect(),
            });
        }
        definitions.sort_by_key(|d| d.start);
        File {
            id,
            name: file_name(source),
            source,
            definitions,
        }
    }

    /// Records a diagnostic of this file where it points; false if it is outside every
    /// definition.
    fn place(&mut self, diagnostic: &Diagnostic) -> bool {
        let at = diagnostic.loc.start;
        let (line, _) = self.source.line_column(at);
        let error = Error {
            line,
            message: diagnostic.message.clone(),
        };
        let Some(definition) = self
            .definitions
            .iter_mut()
            .find(|d| d.start <= at && at < d.end.max(d.start + 1))
        else {
            return false;
        };
        let member = definition
            .members
            .iter_mut()
            .find(|m| m.start <= at && at < m.end.max(m.start + 1));
        match member {
            Some(member) if definition.parsed => member.errors.push(error),
            _ => definition.errors.push(error),
        }
        true
    }

    fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for definition in &self.definitions {
            counts.definitions += 1;
            counts.members += definition.members.len();
            if !definition.errors.is_empty() {
                counts.failed += 1;
                counts.skipped += definition.members.len();
            } else {
                counts.skipped += definition
                    .members
                    .iter()
                    .filter(|m| !m.errors.is_empty())
                    .count();
            }
        }
        counts
    }
}

#[derive(Default)]
struct Counts {
    definitions: usize,
    failed: usize,
    members: usize,
    skipped: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.definitions += other.definitions;
        self.failed += other.failed;
        self.members += other.members;
        self.skipped += other.skipped;
    }

    /// The numeric cells of a row, `|`-separated.
    fn cells(&self) -> String {
        format!(
            "{} | {} | {} | {} | {}",
            self.definitions,
            self.failed,
            self.members,
            self.members - self.skipped,
            self.skipped
        )
    }
}

/// The file's name without its directory (the table is about one directory of files).
fn file_name(source: &Source) -> String {
    match &source.origin {
        Origin::File { path, .. } => std::path::Path::new(path)
            .file_name()
            .map_or_else(|| path.clone(), |name| name.to_string_lossy().into_owned()),
        Origin::Inline { .. } => "(inline)".into(),
    }
}

fn written_name(written: &Written) -> &Name {
    match written {
        Written::Interface { interface, .. } => &interface.name,
        Written::Mixin { mixin, .. } => &mixin.name,
        Written::Includes { target, .. } => target,
        Written::Typedef { name, .. } => name,
        Written::Dictionary { dictionary, .. } => &dictionary.name,
        Written::Enum(e) => &e.name,
        Written::Callback(callback) => &callback.name,
        Written::Namespace { namespace, .. } => &namespace.name,
    }
}

/// `interface Foo`, `partial interface mixin Bar`, `Foo includes Bar`, in backticks.
fn written_label(written: &Written) -> String {
    let partial = |partial: &bool| if *partial { "partial " } else { "" };
    let label = match written {
        Written::Interface {
            interface,
            partial: p,
        } => {
            format!("{}interface {}", partial(p), interface.name.idl)
        }
        Written::Mixin { mixin, partial: p } => {
            format!("{}interface mixin {}", partial(p), mixin.name.idl)
        }
        Written::Includes { target, mixin } => format!("{} includes {}", target.idl, mixin.idl),
        Written::Typedef { name, .. } => format!("typedef {}", name.idl),
        Written::Dictionary {
            dictionary,
            partial: p,
        } => format!("{}dictionary {}", partial(p), dictionary.name.idl),
        Written::Enum(e) => format!("enum {}", e.name.idl),
        Written::Callback(callback) => match callback.interface {
            Some(_) => format!("callback interface {}", callback.name.idl),
            None => format!("callback {}", callback.name.idl),
        },
        Written::Namespace {
            namespace,
            partial: p,
        } => format!("{}namespace {}", partial(p), namespace.name.idl),
    };
    format!("`{label}`")
}

/// The name of the member written in `start..end`: its own name, or what kind of member it is.
fn member_label(written: &Written, start: usize, end: usize) -> Option<String> {
    let inside = |name: &Name| (start..end).contains(&name.loc.start);
    let of_members = |members: &[Member]| {
        members
            .iter()
            .find(|member| (start..end).contains(&member.loc.start))
            .map(|member| kind_label(&member.kind))
    };
    match written {
        Written::Interface { interface, .. } => of_members(&interface.members),
        Written::Mixin { mixin, .. } => of_members(&mixin.members),
        Written::Namespace { namespace, .. } => of_members(&namespace.members),
        Written::Dictionary { dictionary, .. } => dictionary
            .members
            .iter()
            .find(|member| inside(&member.name))
            .map(|member| member.name.idl.clone()),
        Written::Callback(callback) => {
            let interface = callback.interface.as_ref()?;
            if inside(&interface.operation) {
                return Some(interface.operation.idl.clone());
            }
            of_members(&interface.consts)
        }
        Written::Includes { .. } | Written::Typedef { .. } | Written::Enum(_) => None,
    }
}

fn kind_label(kind: &MemberKind) -> String {
    if let Some(name) = kind.name() {
        return name.idl.clone();
    }
    match kind {
        MemberKind::Constructor { .. } => "constructor".into(),
        MemberKind::Iterable { is_async: true, .. } => "async iterable".into(),
        MemberKind::Iterable { .. } => "iterable".into(),
        MemberKind::Maplike { .. } => "maplike".into(),
        MemberKind::Setlike { .. } => "setlike".into(),
        MemberKind::Special { special, .. } => format!("{special:?}").to_lowercase(),
        MemberKind::Stringifier => "stringifier".into(),
        MemberKind::Unsupported(_) => "(unnamed member)".into(),
        MemberKind::Const { .. } | MemberKind::Attribute { .. } | MemberKind::Operation { .. } => {
            unreachable!("named members are labelled by their name")
        }
    }
}

/// What a definition that did not parse, or did not build, starts with: extended attributes
/// left out, up to its body or its end.
fn header(source: &Source, start: usize, end: usize) -> String {
    let text = &source.text[start..end];
    let mut from = 0;
    if text.starts_with('[') {
        let mut depth = 0usize;
        for (i, c) in text.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        from = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    let to = text[from..]
        .find(['{', ';', ':', '='])
        .map_or(text.len(), |i| from + i);
    source.snippet(start + from, start + to)
}

/// The members of a definition that did not parse, found without parsing them: the pieces of
/// its body ending with a `;` outside brackets, parentheses and strings.
fn count_members(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let Some(open) = text.find('{') else {
        return Vec::new();
    };
    let mut members = Vec::new();
    let mut depth = 0usize;
    let mut member_start = open + 1;
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = idlbind_codegen::source::closing_quote(bytes, i);
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth == 0 => {
                // A last piece without its `;` is a member too.
                let piece = &text[member_start..i];
                if !piece.trim().is_empty() {
                    let start = member_start + (piece.len() - piece.trim_start().len());
                    members.push((start, member_start + piece.trim_end().len()));
                }
                break;
            }
            b'}' => depth -= 1,
            b';' if depth == 0 => {
                let piece = &text[member_start..i];
                let start = member_start + (piece.len() - piece.trim_start().len());
                members.push((start, i + 1));
                member_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    members
}

#[cfg(test)]
mod tests {
    use super::*;
    use idlbind_codegen::pipeline;

    fn run(files: &[(&str, &str)]) -> String {
        let sources: Vec<Source> = files
            .iter()
            .map(|(name, text)| {
                Source::file(
                    (*name).into(),
                    proc_macro2::Span::call_site(),
                    (*text).into(),
                    Role::Bind,
                )
            })
            .collect();
        let (_, diagnostics) = pipeline(&sources);
        report(&sources, &diagnostics)
    }

    #[test]
    fn counts_members_and_definitions_per_file() {
        let out = run(&[
            (
                "dir/a.idl",
                "[Exposed=Window] interface A {\n  attribute long x;\n  undefined f();\n};\n\
                 enum E { \"a\" };\n",
            ),
            (
                "b.idl",
                "partial interface A { readonly attribute long y; };\nA includes M;\n\
                 interface mixin M { const long C = 1; };\n",
            ),
        ]);
        assert!(out.contains("| `a.idl` | 2 | 0 | 2 | 2 | 0 |"), "{out}");
        assert!(out.contains("| `b.idl` | 3 | 0 | 2 | 2 | 0 |"), "{out}");
        assert!(
            out.contains("| **Total** (2 files) | 5 | 0 | 4 | 4 | 0 |"),
            "{out}"
        );
        assert!(out.ends_with("## Skipped\n\nNothing.\n"), "{out}");
    }

    #[test]
    fn an_error_in_a_member_skips_it_an_error_outside_fails_the_definition() {
        let out = run(&[(
            "a.idl",
            "interface A {\n  [Bogus] attribute long x;\n  undefined f();\n};\n\
             [Bogus] interface B {\n  attribute long y;\n};\n\
             interface C { bogus };\n",
        )]);
        assert!(out.contains("| `a.idl` | 3 | 2 | 4 | 1 | 3 |"), "{out}");
        assert!(
            out.contains("- `a.idl:2` `A.x`: unknown extended attribute"),
            "{out}"
        );
        assert!(
            out.contains("- `a.idl:5` `interface B` (definition failed, 1 member): "),
            "{out}"
        );
        assert!(
            out.contains("- `a.idl:8` `interface C` (definition failed, 1 member): "),
            "{out}"
        );
    }

    #[test]
    fn members_of_a_definition_that_does_not_parse_are_counted() {
        let text = "interface X { [A=(b;c)] attribute long a; f(\";\"); bogus };";
        let members: Vec<_> = count_members(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(
            members,
            ["[A=(b;c)] attribute long a;", "f(\";\");", "bogus"]
        );
    }
}
