//! `idlbind`: the macro's pipeline on the command line.
//!
//! ```text
//! idlbind expand [--refer FILE]... FILE.idl...     print the generated Rust, pretty-printed
//! idlbind check [--syntax] [--strict] [--refer FILE]... FILE.idl...   report errors
//! idlbind manifest [--refer FILE]... FILE.idl...   print, as JSON, every JavaScript lookup the
//!                                                  generated glue makes (see `manifest.rs`)
//! ```
//!
//! Every file named is read together, so names defined in one resolve in the others; `--refer`
//! files are read for resolution only (nothing is generated for them, and the checks that
//! `--syntax` and `--strict` add report nothing in them). Errors are printed as
//! `file:line:column: message`, the line and a caret. Any error makes the exit status 1; a usage
//! error makes it 2.
//!
//! `check` alone reports what the macro would. `--syntax` checks syntax only: parsing and Web
//! IDL's grammar, with no model (unknown extended attributes and types are fine). `--strict`
//! adds validity rules across definitions and style rules for old forms that the macro still
//! accepts where it binds them correctly (`void`, `async iterable`, the old names of legacy
//! extended attributes, a missing `[Exposed]`, ...): see [`check`].

mod check;
mod files;
mod manifest;

use std::process::ExitCode;

use idlbind_codegen::pipeline_with_model;

use check::Mode;
use files::Files;

const USAGE: &str = "usage:
  idlbind expand [--refer FILE]... FILE.idl...
  idlbind check [--syntax] [--strict] [--refer FILE]... FILE.idl...
  idlbind manifest [--refer FILE]... FILE.idl...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("idlbind: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or("no command given")?;
    let mut mode = Mode::default();
    let rest: Vec<String> = match command.as_str() {
        "check" => rest.iter().filter(|arg| !mode.flag(arg)).cloned().collect(),
        "expand" | "manifest" => rest.to_vec(),
        other => return Err(format!("unknown command `{other}`")),
    };
    let files = Files::from_args(&rest)?;
    let sources = files.read()?;
    let diagnostics = match command.as_str() {
        "check" => check::run(&sources, mode),
        command => {
            let (code, model, diagnostics) = pipeline_with_model(&sources);
            if command == "expand" {
                let file = syn::parse2::<syn::File>(code.clone()).map_err(|e| {
                    let item = first_unparsable_item(code);
                    format!("the generated code does not parse: {e}\nin: {item}")
                })?;
                print!("{}", prettyplease::unparse(&file));
            } else {
                print!("{}", manifest::manifest(code, &model, &files.names())?);
            }
            diagnostics.into_vec()
        }
    };
    for diagnostic in &diagnostics {
        eprintln!("{}\n", sources[diagnostic.loc.source].render(diagnostic));
    }
    Ok(if diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("{} error(s)", diagnostics.len());
        ExitCode::FAILURE
    })
}

/// The first top-level item of generated code that does not parse, for the error message
/// (a bug in idlbind, which this helps to report).
fn first_unparsable_item(code: proc_macro2::TokenStream) -> String {
    let mut pending = proc_macro2::TokenStream::new();
    for tree in code {
        pending.extend([tree]);
        let ends_item = matches!(pending.clone().into_iter().last(),
            Some(proc_macro2::TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Brace)
            || pending.to_string().ends_with(';');
        if ends_item && syn::parse2::<syn::File>(pending.clone()).is_ok() {
            pending = proc_macro2::TokenStream::new();
        }
    }
    // What never parsed starts with the faulty item.
    pending.to_string().chars().take(2000).collect()
}
