//! `idlbind`: the macro's pipeline on the command line.
//!
//! ```text
//! idlbind expand [--refer FILE]... FILE.idl...     print the generated Rust, pretty-printed
//! idlbind check [--syntax] [--strict] [--refer FILE]... FILE.idl...   report errors
//! idlbind manifest [--refer FILE]... FILE.idl...   print, as JSON, every JavaScript lookup the
//!                                                  generated glue makes (see `manifest.rs`)
//! idlbind report [--refer FILE]... FILE.idl...     a Markdown table of what each file binds
//!                                                  (see `report.rs`)
//! ```
//!
//! Every file named is read together, so names defined in one resolve in the others; `--refer`
//! files are read for resolution only (nothing is generated for them, and the checks that
//! `--syntax` and `--strict` add report nothing in them). Errors are printed as
//! `file:line:column: message`, the line and a caret. Any error makes the exit status 1; a usage
//! error makes it 2. `report` succeeds whatever the errors: its table lists them.
//!
//! `--time` (any command) prints to standard error how long each phase took: reading the files,
//! the pipeline (parse, model, lower and emit, up to the generated tokens), and for `expand` the
//! conversion of the tokens to pretty-printed text.
//!
//! `check` alone reports what the macro would. `--syntax` checks syntax only: parsing and Web
//! IDL's grammar, with no model (unknown extended attributes and types are fine). `--strict`
//! adds validity rules across definitions and style rules for old forms that the macro still
//! accepts where it binds them correctly (`void`, `async iterable`, the old names of legacy
//! extended attributes, a missing `[Exposed]`, ...): see [`check`].

mod check;
mod files;
mod manifest;
mod report;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use idlbind_codegen::pipeline_with_model;

use check::Mode;
use files::Files;

const USAGE: &str = "usage:
  idlbind expand [--time] [--refer FILE]... FILE.idl...
  idlbind check [--time] [--syntax] [--strict] [--refer FILE]... FILE.idl...
  idlbind manifest [--time] [--refer FILE]... FILE.idl...
  idlbind report [--time] [--refer FILE]... FILE.idl...";

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
    let time = rest.iter().any(|arg| arg == "--time");
    let rest: Vec<&String> = rest.iter().filter(|arg| *arg != "--time").collect();
    let mut mode = Mode::default();
    let rest: Vec<String> = match command.as_str() {
        "check" => rest
            .into_iter()
            .filter(|arg| !mode.flag(arg))
            .cloned()
            .collect(),
        "expand" | "manifest" | "report" => rest.into_iter().cloned().collect(),
        other => return Err(format!("unknown command `{other}`")),
    };
    let files = Files::from_args(&rest)?;
    let mut timing = Timing::default();
    let sources = timing.measure("read", || files.read())?;
    let diagnostics = match command.as_str() {
        "check" => timing.measure("pipeline", || check::run(&sources, mode)),
        command => {
            let (code, model, diagnostics) =
                timing.measure("pipeline", || pipeline_with_model(&sources));
            match command {
                "expand" => {
                    let text = timing.measure("pretty-print", || {
                        syn::parse2::<syn::File>(idlbind_codegen::emit::doc_lines(code.clone()))
                            .map(|file| prettyplease::unparse(&file))
                            .map_err(|e| {
                                let item = first_unparsable_item(code);
                                format!("the generated code does not parse: {e}\nin: {item}")
                            })
                    })?;
                    print!("{text}");
                }
                "manifest" => print!("{}", manifest::manifest(code, &model, &files.names())?),
                _ => print!("{}", report::report(&sources, &diagnostics)),
            }
            diagnostics.into_vec()
        }
    };
    for diagnostic in &diagnostics {
        eprintln!("{}\n", sources[diagnostic.loc.source].render(diagnostic));
    }
    if time {
        eprintln!("{}", timing.summary(sources.len()));
    }
    if command == "report" {
        return Ok(ExitCode::SUCCESS);
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

/// How long each phase of a run took, in order.
#[derive(Default)]
struct Timing {
    phases: Vec<(&'static str, Duration)>,
}

impl Timing {
    fn measure<T>(&mut self, phase: &'static str, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let value = f();
        self.phases.push((phase, start.elapsed()));
        value
    }

    /// `time: read 334 files 0.012 s, pipeline 0.801 s, ...` (wall-clock seconds).
    fn summary(&self, files: usize) -> String {
        let phases: Vec<String> = self
            .phases
            .iter()
            .map(|(phase, duration)| {
                let what = match *phase {
                    "read" => format!("read {files} file(s)"),
                    other => other.to_string(),
                };
                format!("{what} {:.3} s", duration.as_secs_f64())
            })
            .collect();
        format!("time: {}", phases.join(", "))
    }
}
