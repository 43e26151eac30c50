//! Long lists through the whole pipeline: an enum of 64,000 values, with values listed twice and
//! values whose Rust variants clash at its end, is checked and bound with every error reported
//! once, in order. (Finding the repeats once compared each value with every value before it;
//! `model::repeats`, which now finds them, has a unit test counting its comparisons.)

use idlbind_codegen::pipeline;
use idlbind_codegen::source::{Role, Source};
use proc_macro2::Span;

fn diagnostics(idl: String) -> (String, Vec<String>) {
    let source = Source::file("a.idl".into(), Span::call_site(), idl, Role::Bind);
    let sources = [source];
    let (code, diagnostics) = pipeline(&sources);
    let messages = diagnostics
        .iter()
        .map(|d| {
            let (line, column) = sources[0].line_column(d.loc.start);
            format!("{line}:{column}: {}", d.message)
        })
        .collect();
    (code.to_string(), messages)
}

#[test]
fn a_long_enum_reports_each_repeat_and_clash() {
    let n = 64_000;
    let mut values: Vec<String> = (0..n).map(|i| format!("\"v{i}\"")).collect();
    // Listed twice; a clash (`v-7` is `V7` too); listed twice again; and two values that would
    // take the variant kept for unknown values (each is told so: the first took no variant
    // for the second to clash with).
    values.extend(
        [
            "\"v5\"",
            "\"v-7\"",
            "\"v5\"",
            "\"unknown-value\"",
            "\"unknown_value\"",
        ]
        .map(String::from),
    );
    let idl = format!("enum E {{\n{}\n}};\n", values.join(",\n"));
    let (code, messages) = diagnostics(idl);
    assert_eq!(
        messages,
        [
            format!("{}:2: enum `E` lists \"v5\" twice", n + 2),
            format!("{}:2: enum `E` lists \"v5\" twice", n + 4),
            format!(
                "{}:2: enum value \"v-7\" would become the Rust variant `V7`, as \"v7\" does",
                n + 3
            ),
            format!(
                "{}:2: enum value \"unknown-value\" would become the Rust variant `UnknownValue`, \
                 the variant for values the binding does not know",
                n + 5
            ),
            format!(
                "{}:2: enum value \"unknown_value\" would become the Rust variant `UnknownValue`, \
                 the variant for values the binding does not know",
                n + 6
            ),
        ]
    );
    assert!(code.contains("V63999 = \"v63999\""));
    assert_eq!(code.matches("V5 = \"v5\"").count(), 1);
}
