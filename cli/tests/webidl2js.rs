//! webidl2.js's test fixtures (`tests/webidl2js/`, see `SOURCES.md` there) against idlbind:
//!
//! - every valid file passes `idlbind check --syntax`, silently;
//! - what the project parsed of each valid file has the structure of webidl2.js's JSON
//!   baseline (the fields compared are listed above [`b_definition`]);
//! - every invalid file is rejected by `idlbind check --strict` and by `check --syntax
//!   --strict`, with exit status 1 and an error on the line of each of the baseline's messages;
//! - the files webidl2.js rejects with a syntax error are rejected by `check --syntax` on that
//!   line; those it rejects only in validation do parse (`check --syntax` passes them), and
//!   `check --syntax --strict` reports errors on exactly the baseline's lines.
//!
//! webidl2.js stops at the first syntax error, so for those files only its line is known: other
//! errors idlbind finds further on are not compared.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use idlbind_codegen::diagnostics::Diagnostics;
use idlbind_codegen::source::{Role, Source};
use idlbind_codegen::syntax::outline::{
    Argument, DefKind, Definition, ExtAttr, IdlType, Member, MemberKind, Rhs, TypeKind, Value,
};
use serde_json::{Map, Value as Json, json};

fn fixtures(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/webidl2js")
        .join(kind)
}

/// The `.webidl` files of `syntax` or `invalid`, by name (without the extension).
fn files(kind: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures(kind).join("idl"))
        .expect("the fixtures are in tests/webidl2js")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".webidl")?.to_owned())
        })
        .collect();
    names.sort();
    names
}

struct Run {
    status: Option<i32>,
    stderr: String,
}

impl Run {
    /// The lines that errors are reported on, in `file`.
    fn error_lines(&self, file: &str) -> BTreeSet<usize> {
        let prefix = format!("{file}:");
        self.stderr
            .lines()
            .filter_map(|line| line.strip_prefix(&prefix)?.split(':').next()?.parse().ok())
            .collect()
    }
}

/// Runs `idlbind check FLAGS... NAME.webidl` in the folder of the fixture.
fn check(kind: &str, name: &str, flags: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_idlbind"))
        .arg("check")
        .args(flags)
        .arg(format!("{name}.webidl"))
        .current_dir(fixtures(kind).join("idl"))
        .output()
        .expect("the idlbind binary runs");
    Run {
        status: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A message of an invalid baseline: its rule (`None` for a syntax error) and line.
struct Expected {
    rule: Option<String>,
    line: usize,
}

fn baseline_messages(name: &str) -> Vec<Expected> {
    let path = fixtures("invalid").join(format!("baseline/{name}.txt"));
    let text = std::fs::read_to_string(path).expect("every invalid file has a baseline");
    text.lines()
        .filter_map(|line| {
            let (head, rest) = line.split_once(" error at line ")?;
            let line_number = rest
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()?;
            let rule = head
                .strip_prefix('(')
                .and_then(|h| h.split_once(')'))
                .map(|(rule, _)| rule.to_owned());
            Some(Expected {
                rule,
                line: line_number,
            })
        })
        .collect()
}

#[test]
fn valid_files_pass_the_syntax_check() {
    let names = files("syntax");
    assert_eq!(names.len(), 68, "the 68 valid files of webidl2.js");
    let failures: Vec<String> = names
        .iter()
        .filter_map(|name| {
            let run = check("syntax", name, &["--syntax"]);
            (run.status != Some(0) || !run.stderr.is_empty())
                .then(|| format!("{name}: exit {:?}\n{}", run.status, run.stderr))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every invalid file, in `flags`' mode: exit status 1 and an error on every baseline line.
fn invalid_files_rejected(flags: &[&str]) {
    let names = files("invalid");
    assert_eq!(names.len(), 102, "the 102 invalid files of webidl2.js");
    let mut failures = Vec::new();
    for name in &names {
        let expected = baseline_messages(name);
        assert!(!expected.is_empty(), "{name}: no message in the baseline");
        let run = check("invalid", name, flags);
        let file = format!("{name}.webidl");
        let lines = run.error_lines(&file);
        let missing: Vec<usize> = (expected.iter())
            .map(|e| e.line)
            .filter(|line| !lines.contains(line))
            .collect();
        if run.status != Some(1) || !missing.is_empty() {
            failures.push(format!(
                "{name}: exit {:?}, no error on line(s) {missing:?}\n{}",
                run.status, run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn invalid_files_are_rejected_by_check_strict_on_the_baseline_lines() {
    invalid_files_rejected(&["--strict"]);
}

#[test]
fn invalid_files_are_rejected_by_check_syntax_strict_on_the_baseline_lines() {
    invalid_files_rejected(&["--syntax", "--strict"]);
}

#[test]
fn syntax_errors_and_validation_errors_fall_on_the_same_side() {
    let mut syntax_errors = 0;
    let mut validation_errors = 0;
    let mut failures = Vec::new();
    for name in files("invalid") {
        let expected = baseline_messages(&name);
        let file = format!("{name}.webidl");
        let syntax = check("invalid", &name, &["--syntax"]);
        if expected[0].rule.is_none() {
            // webidl2.js stops at the first syntax error: its line must be among ours.
            syntax_errors += 1;
            if syntax.status != Some(1) || !syntax.error_lines(&file).contains(&expected[0].line) {
                failures.push(format!(
                    "{name}: `check --syntax` has no error on line {}\n{}",
                    expected[0].line, syntax.stderr
                ));
            }
        } else {
            // Valid syntax that webidl2.js's validator rejects: it reports every problem, so the
            // lines must be exactly the same.
            validation_errors += 1;
            if syntax.status != Some(0) {
                failures.push(format!(
                    "{name}: `check --syntax` rejects what webidl2.js parses\n{}",
                    syntax.stderr
                ));
            }
            let strict = check("invalid", &name, &["--syntax", "--strict"]);
            let want: BTreeSet<usize> = expected.iter().map(|e| e.line).collect();
            let got = strict.error_lines(&file);
            if want != got {
                failures.push(format!(
                    "{name}: errors on lines {got:?}, the baseline on {want:?}\n{}",
                    strict.stderr
                ));
            }
        }
    }
    assert_eq!((syntax_errors, validation_errors), (84, 18));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn usage_errors_exit_with_status_2() {
    for args in [
        &["check"][..],
        &["check", "--bogus", "a.webidl"],
        &["expand", "--syntax", "a.webidl"],
        &["frobnicate", "a.webidl"],
        &[],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_idlbind"))
            .args(args)
            .output()
            .expect("the idlbind binary runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("usage:"), "{args:?}: {stderr}");
    }
}

#[test]
fn errors_show_the_file_line_column_the_line_and_a_caret() {
    let run = check("invalid", "void-keyword", &["--strict"]);
    assert_eq!(run.status, Some(1));
    assert!(
        run.stderr.starts_with(
            "void-keyword.webidl:3:3: `void` is now `undefined`: write `undefined`\n  |\n3 |   \
             void foo();\n  |   ^\n"
        ),
        "{}",
        run.stderr
    );
}

// The structural comparison with the JSON baselines.

// The fields compared, for each kind of node (everything else in the baselines is left out):
//
// - definitions: `type` (`interface`, `interface mixin`, `callback interface`, `callback`,
//   `dictionary`, `enum`, `typedef`, `includes`, `namespace`), `name`, `partial`,
//   `inheritance`, `members`, `extAttrs`, and for some kinds `idlType` (typedef, callback),
//   `arguments` (callback), `values` (enum), `target` and `includes` (includes);
// - members: `type` (`operation`, `attribute`, `const`, `constructor`, `field`, `iterable`,
//   `async_iterable`, `maplike`, `setlike`), `name`, `special`, `readonly`, `async`,
//   `required`, `idlType`, `arguments`, `default`, `value`, `extAttrs`;
// - arguments: `name`, `optional`, `variadic`, `idlType`, `default`, `extAttrs`;
// - types: `generic`, `nullable`, `union`, `idlType` (a name, or the list of type arguments or
//   union members), `extAttrs`;
// - extended attributes: `name`, `rhs` (`type` and `value`), `arguments`;
// - values: `type`, `value`, `negative`.
//
// Left out: the `type` of a type node (`argument-type`, `return-type`, ...: the role of the
// place it stands in, implied by the tree), the `type` tags of nodes whose kind the tree
// implies (`argument`, `extended-attribute`, `enum-value`), and the final `eof` entry (the
// text after the last definition).

fn keep(node: &Json, keys: &[&str], mut each: impl FnMut(&str, &Json) -> Json) -> Json {
    let mut out = Map::new();
    for key in keys {
        let value = node.get(*key).unwrap_or(&Json::Null);
        out.insert((*key).to_owned(), each(key, value));
    }
    Json::Object(out)
}

fn list(value: &Json, each: impl Fn(&Json) -> Json) -> Json {
    match value {
        Json::Array(items) => Json::Array(items.iter().map(each).collect()),
        _ => Json::Array(Vec::new()),
    }
}

fn b_definition(d: &Json) -> Json {
    let keys: &[&str] = match d["type"].as_str().unwrap_or("") {
        "includes" => &["type", "target", "includes", "extAttrs"],
        "typedef" => &["type", "name", "idlType", "extAttrs"],
        "callback" => &["type", "name", "idlType", "arguments", "extAttrs"],
        "enum" => &["type", "name", "values", "extAttrs"],
        _ => &[
            "type",
            "name",
            "partial",
            "inheritance",
            "members",
            "extAttrs",
        ],
    };
    keep(d, keys, |key, value| match key {
        "members" => list(value, b_member),
        "extAttrs" => list(value, b_ext_attr),
        "idlType" => b_type(value),
        "arguments" => list(value, b_argument),
        "values" => list(value, |v| v["value"].clone()),
        _ => value.clone(),
    })
}

fn b_member(m: &Json) -> Json {
    let keys: &[&str] = match m["type"].as_str().unwrap_or("") {
        "operation" => &[
            "type",
            "name",
            "special",
            "idlType",
            "arguments",
            "extAttrs",
        ],
        "attribute" => &["type", "name", "special", "readonly", "idlType", "extAttrs"],
        "const" => &["type", "name", "idlType", "value", "extAttrs"],
        "constructor" => &["type", "arguments", "extAttrs"],
        "field" => &["type", "name", "required", "idlType", "default", "extAttrs"],
        _ => &[
            "type",
            "idlType",
            "arguments",
            "readonly",
            "async",
            "extAttrs",
        ],
    };
    keep(m, keys, |key, value| match key {
        "idlType" => b_type(value),
        "arguments" => list(value, b_argument),
        "extAttrs" => list(value, b_ext_attr),
        _ => value.clone(),
    })
}

fn b_argument(a: &Json) -> Json {
    keep(
        a,
        &[
            "name", "optional", "variadic", "idlType", "default", "extAttrs",
        ],
        |key, value| match key {
            "idlType" => b_type(value),
            "extAttrs" => list(value, b_ext_attr),
            _ => value.clone(),
        },
    )
}

fn b_type(t: &Json) -> Json {
    match t {
        Json::Null => Json::Null,
        Json::Array(_) => list(t, b_type),
        _ => keep(
            t,
            &["generic", "nullable", "union", "idlType", "extAttrs"],
            |key, value| match (key, value) {
                ("idlType", Json::Array(_)) => list(value, b_type),
                ("extAttrs", _) => list(value, b_ext_attr),
                _ => value.clone(),
            },
        ),
    }
}

fn b_ext_attr(e: &Json) -> Json {
    keep(e, &["name", "rhs", "arguments"], |key, value| match key {
        "rhs" if value.is_object() => json!({
            "type": value["type"],
            "value": match &value["value"] {
                Json::Array(items) => items.iter().map(|i| i["value"].clone()).collect(),
                other => other.clone(),
            },
        }),
        "arguments" => list(value, b_argument),
        _ => value.clone(),
    })
}

fn o_definition(d: &Definition) -> Json {
    let ext_attrs = o_ext_attrs(&d.ext_attrs);
    let name = &d.name.text;
    match d.kind {
        DefKind::Includes | DefKind::Implements => json!({
            "type": d.kind.keyword(),
            "target": name,
            "includes": d.includes.as_ref().map(|n| n.text.clone()),
            "extAttrs": ext_attrs,
        }),
        DefKind::Typedef => json!({
            "type": "typedef",
            "name": name,
            "idlType": d.idl_type.as_ref().map_or(Json::Null, o_type),
            "extAttrs": ext_attrs,
        }),
        DefKind::Callback => json!({
            "type": "callback",
            "name": name,
            "idlType": d.idl_type.as_ref().map_or(Json::Null, o_type),
            "arguments": o_arguments(&d.arguments),
            "extAttrs": ext_attrs,
        }),
        DefKind::Enum => json!({
            "type": "enum",
            "name": name,
            "values": d.values.iter().map(|v| v.text.clone()).collect::<Vec<_>>(),
            "extAttrs": ext_attrs,
        }),
        _ => json!({
            "type": d.kind.keyword(),
            "name": name,
            "partial": d.partial,
            "inheritance": d.inheritance.as_ref().map(|n| n.text.clone()),
            "members": d.members.iter().map(o_member).collect::<Vec<_>>(),
            "extAttrs": ext_attrs,
        }),
    }
}

fn o_member(m: &Member) -> Json {
    let ext_attrs = o_ext_attrs(&m.ext_attrs);
    let name = m.name.as_ref().map_or(String::new(), |n| n.text.clone());
    let special = m.special.map_or("", |(kind, _)| kind.keyword());
    let first = m.types.first().map_or(Json::Null, o_type);
    match m.kind {
        MemberKind::Operation => json!({
            "type": "operation",
            "name": name,
            "special": special,
            "idlType": first,
            "arguments": o_arguments(&m.arguments),
            "extAttrs": ext_attrs,
        }),
        MemberKind::Attribute => json!({
            "type": "attribute",
            "name": name,
            "special": special,
            "readonly": m.readonly,
            "idlType": first,
            "extAttrs": ext_attrs,
        }),
        MemberKind::Const => json!({
            "type": "const",
            "name": name,
            "idlType": first,
            "value": m.value.as_ref().map_or(Json::Null, o_value),
            "extAttrs": ext_attrs,
        }),
        MemberKind::Constructor => json!({
            "type": "constructor",
            "arguments": o_arguments(&m.arguments),
            "extAttrs": ext_attrs,
        }),
        MemberKind::Field => json!({
            "type": "field",
            "name": name,
            "required": m.required,
            "idlType": first,
            "default": m.value.as_ref().map_or(Json::Null, o_value),
            "extAttrs": ext_attrs,
        }),
        MemberKind::Iterable
        | MemberKind::AsyncIterable
        | MemberKind::Maplike
        | MemberKind::Setlike => {
            let kind = match m.kind {
                MemberKind::AsyncIterable if !m.spaced_async => "async_iterable",
                MemberKind::Maplike => "maplike",
                MemberKind::Setlike => "setlike",
                _ => "iterable",
            };
            json!({
                "type": kind,
                "idlType": m.types.iter().map(o_type).collect::<Vec<_>>(),
                "arguments": o_arguments(&m.arguments),
                "readonly": m.readonly,
                "async": m.kind == MemberKind::AsyncIterable && m.spaced_async,
                "extAttrs": ext_attrs,
            })
        }
    }
}

fn o_arguments(arguments: &[Argument]) -> Json {
    arguments
        .iter()
        .map(|a| {
            json!({
                "name": a.name.text,
                "optional": a.optional,
                "variadic": a.variadic,
                "idlType": o_type(&a.idl_type),
                "default": a.default.as_ref().map_or(Json::Null, o_value),
                "extAttrs": o_ext_attrs(&a.ext_attrs),
            })
        })
        .collect()
}

fn o_type(t: &IdlType) -> Json {
    let (generic, union, idl_type) = match &t.kind {
        TypeKind::Named(name) => ("", false, json!(name)),
        TypeKind::Generic(name, types) => (*name, false, types.iter().map(o_type).collect()),
        TypeKind::Union(types) => ("", true, types.iter().map(o_type).collect()),
    };
    json!({
        "generic": generic,
        "nullable": t.nullable,
        "union": union,
        "idlType": idl_type,
        "extAttrs": o_ext_attrs(&t.ext_attrs),
    })
}

fn o_ext_attrs(attributes: &[ExtAttr]) -> Json {
    attributes
        .iter()
        .map(|a| {
            let rhs = match &a.rhs {
                None => Json::Null,
                Some(Rhs::Wildcard) => json!({"type": "*", "value": null}),
                Some(Rhs::Token(kind, value)) => json!({"type": kind, "value": value}),
                Some(Rhs::List(kind, items)) => {
                    json!({"type": format!("{kind}-list"), "value": items})
                }
            };
            json!({
                "name": a.name.text,
                "rhs": rhs,
                "arguments": a.arguments.as_deref().map_or(json!([]), o_arguments),
            })
        })
        .collect()
}

fn o_value(v: &Value) -> Json {
    match v {
        Value::Boolean(b) => json!({"type": "boolean", "value": b}),
        Value::Number(n) => json!({"type": "number", "value": n}),
        Value::Infinity { negative } => json!({"type": "Infinity", "negative": negative}),
        Value::NaN => json!({"type": "NaN"}),
        Value::Null => json!({"type": "null"}),
        Value::String(s) => json!({"type": "string", "value": s}),
        Value::EmptySequence => json!({"type": "sequence", "value": []}),
        Value::EmptyDictionary => json!({"type": "dictionary"}),
    }
}

/// The first place two values differ, as a path.
fn difference(path: &str, ours: &Json, theirs: &Json) -> Option<String> {
    match (ours, theirs) {
        (Json::Object(a), Json::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter().find_map(|key| {
                let (x, y) = (&a.get(key), &b.get(key));
                let (x, y) = (x.unwrap_or(&Json::Null), y.unwrap_or(&Json::Null));
                difference(&format!("{path}.{key}"), x, y)
            })
        }
        (Json::Array(a), Json::Array(b)) if a.len() == b.len() => (a.iter().zip(b))
            .enumerate()
            .find_map(|(i, (x, y))| difference(&format!("{path}[{i}]"), x, y)),
        _ if ours == theirs => None,
        _ => Some(format!("{path}: ours {ours}, webidl2.js {theirs}")),
    }
}

/// Counts the fields of a tree (every key of every object), to show how much is compared.
fn fields(value: &Json) -> usize {
    match value {
        Json::Object(map) => map.len() + map.values().map(fields).sum::<usize>(),
        Json::Array(items) => items.iter().map(fields).sum(),
        _ => 0,
    }
}

#[test]
fn parsed_structure_matches_the_json_baselines() {
    let mut failures = Vec::new();
    let mut compared_fields = 0;
    let names = files("syntax");
    for name in &names {
        let idl = std::fs::read_to_string(fixtures("syntax").join(format!("idl/{name}.webidl")))
            .expect("the fixture reads");
        let baseline =
            std::fs::read_to_string(fixtures("syntax").join(format!("baseline/{name}.json")))
                .expect("every valid file has a baseline");
        let baseline: Json = serde_json::from_str(&baseline).expect("the baseline is JSON");
        let theirs: Vec<Json> = (baseline.as_array().expect("a list of definitions").iter())
            .filter(|d| d["type"] != "eof")
            .map(b_definition)
            .collect();
        let source = Source::file(
            format!("{name}.webidl"),
            proc_macro2::Span::call_site(),
            idl,
            Role::Bind,
        );
        let (mut parse, mut grammar) = (Diagnostics::default(), Diagnostics::default());
        let definitions = idlbind_codegen::syntax::read(&[source], &mut parse, &mut grammar);
        assert!(
            parse.is_empty() && grammar.is_empty(),
            "{name}: {parse:?} {grammar:?}"
        );
        let ours: Vec<Json> = definitions.iter().map(o_definition).collect();
        let (ours, theirs) = (Json::Array(ours), Json::Array(theirs));
        compared_fields += fields(&theirs);
        if let Some(difference) = difference("", &ours, &theirs) {
            failures.push(format!("{name}{difference}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every file compared, and a tree of some size each (the projection drops nothing wholesale).
    assert_eq!(names.len(), 68);
    assert!(compared_fields > 2000, "{compared_fields} fields compared");
    eprintln!("{compared_fields} fields compared in {} files", names.len());
}
