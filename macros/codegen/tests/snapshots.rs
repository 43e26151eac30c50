//! Snapshot tests: each `snapshots/NAME.webidl` is expanded, pretty-printed and compared with
//! `snapshots/NAME.rs`. The pairs document what each construct becomes.
//!
//! After a deliberate change, `IDLBIND_BLESS=1 cargo test -p idlbind-codegen --test snapshots`
//! rewrites the `.rs` files; review them like code.

use std::path::Path;
use std::str::FromStr;

use proc_macro2::TokenStream;

fn expand(idl: &str, dir: &Path) -> String {
    let tokens = TokenStream::from_str(idl).expect("snapshot IDL must lex as Rust tokens");
    let expanded = idlbind_codegen::expand_in(tokens, dir);
    let expanded = idlbind_codegen::emit::doc_lines(expanded);
    let file: syn::File = syn::parse2(expanded).expect("expansion must be valid Rust");
    prettyplease::unparse(&file)
}

#[test]
fn snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("IDLBIND_BLESS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "webidl"))
        .collect();
    entries.sort();
    assert!(
        !entries.is_empty(),
        "no snapshots found in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for idl_path in &entries {
        let idl = std::fs::read_to_string(idl_path).unwrap();
        let actual = expand(&idl, &dir);
        let expected_path = idl_path.with_extension("rs");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{} differs from its expansion:\n{actual}",
                expected_path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    println!("{} snapshots compared", entries.len());
}
