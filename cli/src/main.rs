//! `idlbind`: the macro's pipeline on the command line.
//!
//! ```text
//! idlbind expand [--refer FILE]... FILE.idl...            print the generated Rust, pretty-printed
//! idlbind check [--syntax] [--strict] [--refer FILE]... FILE.idl...   report errors
//! ```
//!
//! Every file named is read together, so names defined in one resolve in the others; `--refer`
//! files are read for resolution only (nothing is generated for them, and the checks that
//! `--syntax` and `--strict` add report nothing in them). Errors are printed as
//! `file:line:column: message`, the line and a caret. Any error makes the exit status 1; a usage
//! error makes it 2.
//!
//! `check` alone reports what the macro would. `--syntax` checks syntax only: parsing and Web
//! IDL's grammar, with no model (unknown extended attributes and types are fine), and reads
//! syntax the macro does not bind yet. `--strict` adds validity rules across definitions and
//! style rules for old forms that the macro still accepts where it binds them correctly
//! (`void`, `async iterable`, the old names of legacy extended attributes, a missing
//! `[Exposed]`, ...): see [`check`].

mod check;
mod files;

use std::process::ExitCode;

use idlbind_codegen::pipeline;

use check::Mode;
use files::Files;

const USAGE: &str = "usage:
  idlbind expand [--refer FILE]... FILE.idl...
  idlbind check [--syntax] [--strict] [--refer FILE]... FILE.idl...";

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
        "expand" => rest.to_vec(),
        other => return Err(format!("unknown command `{other}`")),
    };
    let files = Files::from_args(&rest)?;
    let sources = files.read()?;
    let diagnostics = match command.as_str() {
        "expand" => {
            let (code, diagnostics) = pipeline(&sources);
            let file = syn::parse2::<syn::File>(code)
                .map_err(|e| format!("the generated code does not parse: {e}"))?;
            print!("{}", prettyplease::unparse(&file));
            diagnostics.into_vec()
        }
        _ => check::run(&sources, mode),
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
