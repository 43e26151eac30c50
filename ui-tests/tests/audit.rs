//! The audit of the compiler's messages: every diagnostic that `idl!` can raise has a
//! compile-fail case in `cases/`, or a stated reason why no input reaches it.
//!
//! The table is in `ui-tests/README.md` ("Every diagnostic and its case"), one row per kind:
//! where the message is made (a file of `macros/codegen/src/`), the message as the source
//! writes it (`{..}` are its placeholders), and the cases that show it (or `unreachable: why`,
//! or `relay: ..` for a call that reports a message made elsewhere).
//!
//! This test reads the codegen sources with `syn` and finds every place a message is made:
//!
//! - each `diagnostics.error(loc, message)` and `syn::Error::new(span, message)`. The message
//!   is a literal, a `format!`, or a variable: a `let` in the same function (each string
//!   literal of its value is a kind), or else a value made elsewhere (a relay);
//! - each message an `Err(..)` (or a `map_err` closure) carries to a relay;
//! - in `parse/narrow.rs`, the parser's diagnosis, each description of what was expected
//!   (`c.expected("a type")` says `expected a type, found ..`) and each replaced message
//!   (`failure.message = ".."`).
//!
//! It then fails when a kind has no row (a new message without a case: the failure prints the
//! row to fill in), when a row has no kind (a message changed or removed), when a listed case
//! is missing or its `.stderr` does not show the message, and when a message made at several
//! call sites lists fewer cases than sites (each site is its own path to the message; the
//! parser's descriptions count once, since one walk makes them all).
//!
//! Why this design: the kinds are found in the source, so a new diagnostic cannot be added
//! without this test noticing, and nothing in the codegen has to be written for the audit
//! (an ID at each call would be one more thing to forget, in code others are editing); the
//! table is documentation a reader can check by eye; and the `.stderr` files, which trybuild
//! already compares with the compiler's output, prove that each case triggers its message.
//! What it cannot see: which of several call sites with the same message a case reaches (it
//! only counts cases), and a new arm of a placeholder (`{problem}` in `model/check.rs` has
//! several), which is data, not a kind; list a case for each anyway. `syntax/` and `lint.rs`
//! are the CLI's syntax checker and are not scanned: this test also fails if the pipeline
//! ever uses them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};

/// Where the messages are made, relative to the repository.
const CODEGEN: &str = "macros/codegen/src";

/// The CLI's syntax checker, beside the pipeline.
const NOT_PIPELINE: [&str; 2] = ["syntax", "lint.rs"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Origin {
    /// A diagnostic made at this call.
    Call,
    /// A description in the parser's diagnosis.
    Parse,
    /// A call reporting a message made elsewhere.
    Relay,
}

#[derive(Debug)]
struct Kind {
    origin: Origin,
    /// The lines of the call sites.
    lines: Vec<usize>,
}

type Kinds = BTreeMap<(String, String), Kind>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every kind of message in the pipeline's sources.
fn scan() -> Kinds {
    let base = root().join(CODEGEN);
    let mut files = Vec::new();
    rust_files(&base, &mut files);
    let mut kinds = Kinds::new();
    for path in files {
        let file = path
            .strip_prefix(&base)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_PIPELINE
            .iter()
            .any(|skip| file == *skip || file.starts_with(&format!("{skip}/")))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let consts = string_consts(&syntax);
        let mut scanner = Scanner {
            file: &file,
            narrow: file == "parse/narrow.rs",
            consts,
            functions: Vec::new(),
            kinds: &mut kinds,
        };
        scanner.visit_file(&syntax);
    }
    kinds
}

/// `const NAME: &str = "..";` at the top of a file.
fn string_consts(file: &syn::File) -> BTreeMap<String, String> {
    let mut consts = BTreeMap::new();
    for item in &file.items {
        if let syn::Item::Const(item) = item
            && let Some(value) = literal(&item.expr)
        {
            consts.insert(item.ident.to_string(), value);
        }
    }
    consts
}

struct Scanner<'a> {
    file: &'a str,
    narrow: bool,
    consts: BTreeMap<String, String>,
    /// The bodies of the functions being visited, innermost last.
    functions: Vec<syn::Block>,
    kinds: &'a mut Kinds,
}

impl Scanner<'_> {
    fn add(&mut self, message: String, origin: Origin, line: usize) {
        let kind = self
            .kinds
            .entry((self.file.to_owned(), message))
            .or_insert(Kind {
                origin,
                lines: Vec::new(),
            });
        kind.lines.push(line);
    }

    /// The messages a `let` of the current function binds to the name `expr` is, if it is one.
    fn bound_messages(&self, expr: &syn::Expr) -> Option<Vec<String>> {
        let syn::Expr::Path(path) = expr else {
            return None;
        };
        let ident = path.path.get_ident()?;
        let function = self.functions.last()?;
        let mut finder = LetFinder {
            name: ident.to_string(),
            found: Vec::new(),
        };
        finder.visit_block(function);
        Some(finder.found)
    }

    /// The message argument of a diagnostic call.
    fn message(&mut self, expr: &syn::Expr, line: usize) {
        if let Some(templates) = templates(expr) {
            for template in templates {
                self.add(template, Origin::Call, line);
            }
            return;
        }
        if let Some(found) = self.bound_messages(expr)
            && !found.is_empty()
        {
            for template in found {
                self.add(template, Origin::Call, line);
            }
            return;
        }
        self.add(format!("{{{}}}", tokens(expr)), Origin::Relay, line);
    }

    /// A description of what the parser expected: `expected {what}, found {found}`.
    fn description(&mut self, expr: &syn::Expr, punct: bool, line: usize) {
        let what = match (literal(expr), expr) {
            (Some(text), _) if punct => format!("`{}`", escape(&text)),
            (Some(text), _) => escape(&text),
            (None, syn::Expr::Path(path)) if path.path.get_ident().is_some() => {
                let name = path.path.get_ident().unwrap().to_string();
                match self.consts.get(&name) {
                    Some(text) => escape(text),
                    // A parameter passed on (`attributed_type(c, what)` hands `what` to
                    // `require`): its callers' descriptions are the kinds.
                    None => return,
                }
            }
            (None, other) => format!("{{{}}}", tokens(other)),
        };
        self.add(
            format!("expected {what}, found {{found}}"),
            Origin::Parse,
            line,
        );
    }
}

impl<'ast> Visit<'ast> for Scanner<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let test = item.attrs.iter().any(|a| {
            a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test")
        });
        if !test {
            visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.functions.push((*item.block).clone());
        visit::visit_item_fn(self, item);
        self.functions.pop();
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.functions.push(item.block.clone());
        visit::visit_impl_item_fn(self, item);
        self.functions.pop();
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let module = match names.first().map(String::as_str) {
            Some("crate" | "super") => names.get(1),
            _ => names.first(),
        };
        if let Some(module) = module {
            assert!(
                module != "syntax" && module != "lint",
                "{} uses `{module}`: the audit assumes the pipeline does not (see the module \
                 docs)",
                self.file
            );
        }
        visit::visit_path(self, path);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        // `let mut failure = c.expected(..)` is followed by `failure.message = ..`: the
        // replacement is the message.
        if self.narrow
            && let Some(init) = &local.init
            && let syn::Expr::MethodCall(call) = &*init.expr
            && call.method == "expected"
        {
            return;
        }
        visit::visit_local(self, local);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let line = call.method.span().start().line;
        let method = call.method.to_string();
        if method == "error" && call.args.len() == 2 {
            self.message(&call.args[1], line);
        }
        if self.narrow
            && let Some(last) = call.args.last()
        {
            match method.as_str() {
                "expected" | "expect_identifier" | "require" => self.description(last, false, line),
                "expect_punct" => self.description(last, true, line),
                _ => {}
            }
        }
        if method == "map_err" {
            let mut found = match call.args.first() {
                Some(syn::Expr::Closure(closure)) => carried(&closure.body),
                _ => Vec::new(),
            };
            // `.map_err(unsupported)` with `let unsupported = |what| (loc, format!(..));`
            if let Some(bound) = call.args.first().and_then(|arg| self.bound_messages(arg)) {
                found = bound;
            }
            for template in found {
                self.add(template, Origin::Call, line);
            }
        }
        visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(path) = &*call.func {
            let names: Vec<String> = (path.path.segments.iter())
                .map(|s| s.ident.to_string())
                .collect();
            let line = path.path.segments.last().unwrap().ident.span().start().line;
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            match names.as_slice() {
                [.., "Error", "new" | "new_spanned"] if call.args.len() == 2 => {
                    self.message(&call.args[1], line)
                }
                ["Err"] => {
                    for template in call.args.iter().flat_map(carried) {
                        self.add(template, Origin::Call, line);
                    }
                }
                ["attributed_type" | "return_type"] if self.narrow => {
                    if let Some(last) = call.args.last() {
                        self.description(last, false, line);
                    }
                }
                _ => {}
            }
        }
        visit::visit_expr_call(self, call);
    }

    fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
        if self.narrow
            && let syn::Expr::Field(field) = &*assign.left
            && let syn::Member::Named(name) = &field.member
            && name == "message"
        {
            // A literal, or a choice of literals (`match kind { .. => "..", .. }.into()`).
            let mut literals = Literals::default();
            literals.visit_expr(&assign.right);
            let line = name.span().start().line;
            assert!(
                !literals.found.is_empty(),
                "{}:{line}: a replaced message without a literal",
                self.file
            );
            for template in literals.found {
                self.add(template, Origin::Parse, line);
            }
        }
        visit::visit_expr_assign(self, assign);
    }
}

/// Finds the `let` that binds a name and the message templates in its value.
struct LetFinder {
    name: String,
    found: Vec<String>,
}

impl<'ast> Visit<'ast> for LetFinder {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        let mut binds = false;
        let mut pattern = PatFinder {
            name: &self.name,
            found: &mut binds,
        };
        pattern.visit_pat(&local.pat);
        if binds && let Some(init) = &local.init {
            let mut literals = Literals::default();
            literals.visit_expr(&init.expr);
            self.found.extend(literals.found);
        }
        visit::visit_local(self, local);
    }
}

struct PatFinder<'a> {
    name: &'a str,
    found: &'a mut bool,
}

impl<'ast> Visit<'ast> for PatFinder<'_> {
    fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
        if pat.ident == self.name {
            *self.found = true;
        }
        visit::visit_pat_ident(self, pat);
    }
}

/// Every string literal and `format!` template in an expression.
#[derive(Default)]
struct Literals {
    found: Vec<String>,
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.found.push(escape(&lit.value()));
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Some(template) = format_template(mac) {
            self.found.push(template);
        }
    }
}

/// The template of a message expression: a literal, a `format!`, either turned into a
/// `String` (`.into()`, `.to_owned()`, ..).
fn templates(expr: &syn::Expr) -> Option<Vec<String>> {
    match expr {
        syn::Expr::Lit(_) => literal(expr).map(|text| vec![escape(&text)]),
        syn::Expr::Macro(mac) => format_template(&mac.mac).map(|text| vec![text]),
        syn::Expr::MethodCall(call)
            if ["into", "to_owned", "to_string"].contains(&call.method.to_string().as_str()) =>
        {
            templates(&call.receiver)
        }
        syn::Expr::Paren(inner) => templates(&inner.expr),
        syn::Expr::Reference(inner) => templates(&inner.expr),
        _ => None,
    }
}

/// The messages an `Err(..)` or a `map_err` closure carries: a template, alone or in a tuple
/// (`(loc, message)`).
fn carried(expr: &syn::Expr) -> Vec<String> {
    match expr {
        syn::Expr::Tuple(tuple) => tuple.elems.iter().flat_map(carried).collect(),
        syn::Expr::Block(block) => match block.block.stmts.last() {
            Some(syn::Stmt::Expr(last, None)) => carried(last),
            _ => Vec::new(),
        },
        syn::Expr::Closure(closure) => carried(&closure.body),
        other => templates(other).unwrap_or_default(),
    }
}

fn literal(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}

/// A plain string as a template: its braces doubled, as `format!` writes them.
fn escape(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

fn format_template(mac: &syn::Macro) -> Option<String> {
    if !mac.path.is_ident("format") {
        return None;
    }
    let first = mac.tokens.clone().into_iter().next()?;
    let lit: syn::LitStr = syn::parse2(first.into()).ok()?;
    Some(lit.value())
}

/// An expression as written (`failure.message`).
fn tokens(expr: &syn::Expr) -> String {
    use syn::spanned::Spanned;
    expr.span().source_text().unwrap_or_else(|| "?".into())
}

/// A row of the README's table.
#[derive(Debug)]
struct Row {
    line: usize,
    file: String,
    message: String,
    cases: Result<Vec<String>, String>,
}

fn rows() -> Vec<Row> {
    let readme = std::fs::read_to_string(root().join("ui-tests/README.md")).unwrap();
    let mut rows = Vec::new();
    let mut in_table = false;
    for (index, line) in readme.lines().enumerate() {
        if line.starts_with("## ") {
            in_table = line == "## Every diagnostic and its case";
            continue;
        }
        if !in_table || !line.starts_with("| `") {
            continue;
        }
        let cells: Vec<&str> = line
            .trim_start_matches("| ")
            .trim_end_matches(" |")
            .split(" | ")
            .collect();
        assert_eq!(cells.len(), 3, "README.md:{}: three cells", index + 1);
        let cases = cells[2].trim();
        let cases = if cases.starts_with("unreachable: ") || cases.starts_with("relay: ") {
            Err(cases.to_owned())
        } else {
            Ok(cases
                .split(", ")
                .map(|c| c.trim().trim_matches('`').to_owned())
                .collect())
        };
        rows.push(Row {
            line: index + 1,
            file: cells[0].trim().trim_matches('`').to_owned(),
            message: cells[1].trim().to_owned(),
            cases,
        });
    }
    rows
}

/// The fixed parts of a message template, in order.
fn fragments(template: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                parts.last_mut().unwrap().push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                parts.last_mut().unwrap().push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                parts.push(String::new());
            }
            c => parts.last_mut().unwrap().push(c),
        }
    }
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// Whether an `error` line of the output shows the message.
fn shows(stderr: &str, template: &str) -> bool {
    let fragments = fragments(template);
    stderr
        .lines()
        .filter(|l| l.starts_with("error"))
        .any(|line| {
            let mut rest = line;
            fragments
                .iter()
                .all(|fragment| match rest.find(fragment.as_str()) {
                    Some(at) => {
                        rest = &rest[at + fragment.len()..];
                        true
                    }
                    None => false,
                })
        })
}

#[test]
fn every_diagnostic_has_a_case() {
    let kinds = scan();
    let rows = rows();
    let cases = root().join("ui-tests/cases");
    let mut problems = Vec::new();
    let mut missing = String::new();
    for ((file, message), kind) in &kinds {
        if !rows
            .iter()
            .any(|r| r.file == *file && r.message == *message)
        {
            let lines: Vec<String> = kind.lines.iter().map(usize::to_string).collect();
            let hint = match kind.origin {
                Origin::Relay => "relay: ..",
                _ => "`case_name`",
            };
            let _ = writeln!(
                missing,
                "| `{file}` | {message} | {hint} |   (line {})",
                lines.join(", ")
            );
        }
    }
    if !missing.is_empty() {
        problems.push(format!(
            "messages without a row in ui-tests/README.md (add a case to `cases/` and a \
             row):\n{missing}"
        ));
    }
    for row in &rows {
        let Some(kind) = kinds.get(&(row.file.clone(), row.message.clone())) else {
            problems.push(format!(
                "README.md:{}: no such message in {CODEGEN}/{}: {}",
                row.line, row.file, row.message
            ));
            continue;
        };
        match (&row.cases, kind.origin) {
            (Err(reason), Origin::Relay) if reason.starts_with("relay: ") => {}
            (_, Origin::Relay) => problems.push(format!(
                "README.md:{}: `{}` reports a message made elsewhere: write `relay: ..`",
                row.line, row.message
            )),
            (Err(reason), _) if reason.starts_with("unreachable: ") => {}
            (Err(_), _) => problems.push(format!(
                "README.md:{}: only a relay is written `relay: ..`",
                row.line
            )),
            (Ok(names), origin) => {
                let sites = match origin {
                    Origin::Parse => 1,
                    _ => kind.lines.len(),
                };
                if names.len() < sites {
                    problems.push(format!(
                        "README.md:{}: `{}` is made at {sites} places in {} (lines {:?}): \
                         list a case for each",
                        row.line, row.message, row.file, kind.lines
                    ));
                }
                for name in names {
                    let stderr = cases.join(format!("{name}.stderr"));
                    if !cases.join(format!("{name}.rs")).exists() || !stderr.exists() {
                        problems.push(format!(
                            "README.md:{}: no case `cases/{name}.rs` with its `.stderr`",
                            row.line
                        ));
                        continue;
                    }
                    let output = std::fs::read_to_string(&stderr).unwrap();
                    if !shows(&output, &row.message) {
                        problems.push(format!(
                            "README.md:{}: cases/{name}.stderr does not show: {}",
                            row.line, row.message
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn fragments_of_templates() {
    assert_eq!(
        fragments("`{}` is defined twice (first at line {line}); say `partial`"),
        [
            "`",
            "` is defined twice (first at line ",
            "); say `partial`"
        ]
    );
    assert!(shows(
        "error: `A` is defined twice (first at line 5); say `partial`\n --> x",
        "`{}` is defined twice (first at line {line}); say `partial`"
    ));
    assert!(!shows("error: `A` is defined", "`{}` is defined twice"));
}
