//! `idlbind`: the macro's pipeline on the command line.
//!
//! ```text
//! idlbind expand FILE.idl...            print the generated Rust, pretty-printed
//! idlbind check [--refer FILE]... FILE.idl...   report errors as the macro would
//! idlbind manifest [--refer FILE]... FILE.idl... print, as JSON, every JavaScript lookup the
//!                                                generated glue makes (see `manifest.rs`)
//! idlbind report [--refer FILE]... FILE.idl...  a Markdown table of what each file binds
//! ```
//!
//! Every file named is read together, so names defined in one resolve in the others; `--refer`
//! files are read for resolution only (nothing is generated for them). Errors are printed as
//! `file:line:column: message`, the line and a caret, and any error makes the exit status 1
//! (except for `report`, whose table lists them: it succeeds whatever the errors).
//!
//! `--time` prints to standard error how long each phase took: reading the files, the pipeline
//! (parse, model, lower and emit, up to the generated tokens), and for `expand` the conversion
//! of the tokens to pretty-printed text.

mod report;

mod manifest;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use idlbind_codegen::pipeline_with_model;
use idlbind_codegen::source::{Role, Source};

const USAGE: &str = "usage:
  idlbind expand [--time] [--refer FILE]... FILE.idl...
  idlbind check [--time] [--refer FILE]... FILE.idl...
  idlbind manifest [--refer FILE]... FILE.idl...
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
    if !matches!(command.as_str(), "expand" | "check" | "manifest" | "report") {
        return Err(format!("unknown command `{command}`"));
    }
    let time = rest.iter().any(|arg| arg == "--time");
    let rest: Vec<String> = rest
        .iter()
        .filter(|arg| *arg != "--time")
        .cloned()
        .collect();
    let files = Files::from_args(&rest)?;
    let mut timing = Timing::default();
    let sources = timing.measure("read", || files.read())?;
    let (code, model, diagnostics) = timing.measure("pipeline", || pipeline_with_model(&sources));
    for diagnostic in diagnostics.iter() {
        eprintln!("{}\n", sources[diagnostic.loc.source].render(diagnostic));
    }
    match command.as_str() {
        "expand" => {
            let text = timing.measure("pretty-print", || {
                syn::parse2::<syn::File>(code.clone())
                    .map(|file| prettyplease::unparse(&file))
                    .map_err(|e| {
                        let item = first_unparsable_item(code);
                        format!("the generated code does not parse: {e}\nin: {item}")
                    })
            })?;
            print!("{text}");
        }
        "manifest" => {
            let names: Vec<String> = files
                .list
                .iter()
                .map(|(p, _)| p.display().to_string())
                .collect();
            print!("{}", manifest::manifest(code, &model, &names)?);
        }
        "report" => print!("{}", report::report(&sources, &diagnostics)),
        _ => {}
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

/// The files of one run: those bound and those only referred to.
struct Files {
    list: Vec<(PathBuf, Role)>,
}

impl Files {
    fn from_args(args: &[String]) -> Result<Files, String> {
        let mut list = Vec::new();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--refer" => {
                    let path = args.next().ok_or("`--refer` needs a file")?;
                    list.push((PathBuf::from(path), Role::Refer));
                }
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
                path => list.push((PathBuf::from(path), Role::Bind)),
            }
        }
        if !list.iter().any(|(_, role)| *role == Role::Bind) {
            return Err("no IDL file given".into());
        }
        Ok(Files { list })
    }

    fn read(&self) -> Result<Vec<Source>, String> {
        self.list
            .iter()
            .map(|(path, role)| {
                let contents = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
                let name = path.display().to_string();
                Ok(Source::file(
                    name,
                    proc_macro2::Span::call_site(),
                    contents,
                    *role,
                ))
            })
            .collect()
    }
}
