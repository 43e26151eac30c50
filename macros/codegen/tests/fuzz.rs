//! Property tests of the whole pipeline over generated and mutated Web IDL.
//!
//! For any input text the pipeline must not panic, and either report diagnostics whose ranges
//! lie inside the input, or produce code that `syn` parses as a file. (It is held to more than
//! that: the code must parse even when there are diagnostics, since the expansion emits it next
//! to the `compile_error!`s.)
//!
//! The inputs come from a small seeded generator (xorshift), so every case is reproducible from
//! its seed:
//!
//! - `generated`: grammar-aware IDL — every kind of definition and member, nested types,
//!   extended attributes, names that collide with Rust and with each other;
//! - `mutated`: the IDL files under `tests/idl`, and generated IDL, cut, swapped, stripped of
//!   brackets and sprinkled with random bytes and characters;
//! - `regressions`: each file under `tests/fuzz_regressions`, an input that once failed.
//!
//! The default run is a bounded smoke run. A longer run, in release:
//!
//! ```sh
//! IDLBIND_FUZZ_CASES=200000 cargo test -p idlbind-codegen --release --test fuzz -- --nocapture
//! ```
//!
//! `IDLBIND_FUZZ_SEED` moves the first seed. A failing case is written to
//! `target/fuzz-findings/` and its seed printed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Instant;

use idlbind_codegen::pipeline;
use idlbind_codegen::source::{Role, Source};
use proc_macro2::{Span, TokenStream};

// ---------------------------------------------------------------------------------------------
// Random numbers

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so that neighbouring seeds start far apart; never zero.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// The generator

/// Names that collide with Rust, with the prelude, with wasm-bindgen and with the generated code.
const NAMES: &[&str] = &[
    "A",
    "B",
    "C",
    "Foo",
    "Node",
    "Element",
    "Event",
    "Result",
    "Option",
    "Vec",
    "String",
    "JsValue",
    "JsError",
    "Self",
    "self",
    "type",
    "async",
    "await",
    "new",
    "_",
    "_x",
    "crate",
    "super",
    "fn",
    "loop",
    "match",
    "move",
    "ref",
    "static",
    "struct",
    "trait",
    "impl",
    "dyn",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "From",
    "Into",
    "Clone",
    "Promise",
    "raw",
    "value",
    "object",
    "this",
    "undefined",
    "__idl_raw",
    "__Raw",
    "__get_0",
    "inner",
    "obj",
    "f",
    "x",
    "X",
    "HTMLElement",
    "URL",
    "getElementById",
    "XMLHttpRequest",
    "a_b",
    "A_B",
    "abc-def",
    "_self",
    "_type",
    "u8",
    "i32",
    "bool",
    "str",
    "char",
    "core",
    "std",
    "alloc",
    "wasm_bindgen",
    "js_sys",
    "idlbind",
    "Callback",
    "Guard",
    "CallbackGuard",
    "Unknown",
    "UnknownValue",
    "Iter",
    "entries",
    "keys",
    "values",
    "forEach",
    "get",
    "set",
    "has",
    "delete",
    "clear",
    "size",
    "length",
    "item",
    "namedItem",
    "then",
    "constructor",
    "toString",
    "toJSON",
    "prototype",
    "Symbol",
    "Object",
    "Function",
    "Array",
    "Map",
    "Window",
    "globalThis",
];

const PRIMITIVES: &[&str] = &[
    "any",
    "object",
    "boolean",
    "byte",
    "octet",
    "short",
    "unsigned short",
    "long",
    "unsigned long",
    "long long",
    "unsigned long long",
    "float",
    "unrestricted float",
    "double",
    "unrestricted double",
    "DOMString",
    "ByteString",
    "USVString",
    "symbol",
    "bigint",
    "undefined",
    "ArrayBuffer",
    "DataView",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "Float16Array",
    "ArrayBufferView",
    "BufferSource",
    "AllowSharedBufferSource",
    "DOMTimeStamp",
    "DOMHighResTimeStamp",
    "EventHandler",
    "Function",
    "VoidFunction",
];

const EXT_ATTRS: &[&str] = &[
    "Throws",
    "Exposed=Window",
    "Exposed=(Window,Worker)",
    "Exposed=*",
    "SecureContext",
    "SameObject",
    "NewObject",
    "Replaceable",
    "LegacyUnforgeable",
    "CEReactions",
    "Clamp",
    "EnforceRange",
    "AllowShared",
    "LegacyNullToEmptyString",
    "Global=Window",
    "Global=(Worker,DedicatedWorker)",
    "LegacyNoInterfaceObject",
    "PutForwards=value",
    "LegacyWindowAlias=webkitFoo",
    "LegacyFactoryFunction=Image(optional unsigned long width)",
    "RustName=renamed",
    "RustName=type",
    "RustName=_",
    "RustName=Self",
    "Default",
    "LegacyLenientThis",
    "Unknown",
    "HTMLConstructor",
    "Serializable",
    "Transferable",
    "ReflectDefault=1.0",
];

struct Gen<'r> {
    rng: &'r mut Rng,
    /// Names of the definitions made so far: types refer to them.
    defined: Vec<String>,
    out: String,
}

impl Gen<'_> {
    fn name(&mut self) -> String {
        if !self.defined.is_empty() && self.rng.chance(30) {
            return self.rng.pick(&self.defined).clone();
        }
        let base = *self.rng.pick(NAMES);
        if self.rng.chance(30) {
            format!("{base}{}", self.rng.below(4))
        } else {
            base.to_owned()
        }
    }

    fn ext_attrs(&mut self) -> String {
        if !self.rng.chance(25) {
            return String::new();
        }
        let count = 1 + self.rng.below(3);
        let list: Vec<&str> = (0..count).map(|_| *self.rng.pick(EXT_ATTRS)).collect();
        format!("[{}] ", list.join(", "))
    }

    fn ty(&mut self, depth: usize) -> String {
        let roll = if depth > 3 { 0 } else { self.rng.below(12) };
        let mut ty = match roll {
            0..=3 => (*self.rng.pick(PRIMITIVES)).to_owned(),
            4 | 5 => self.name(),
            6 => format!("sequence<{}>", self.ty(depth + 1)),
            7 => format!("record<DOMString, {}>", self.ty(depth + 1)),
            8 => format!("Promise<{}>", self.ty(depth + 1)),
            9 => format!(
                "{}<{}>",
                self.rng
                    .pick(&["FrozenArray", "ObservableArray", "async_sequence"]),
                self.ty(depth + 1)
            ),
            _ => {
                let count = 2 + self.rng.below(3);
                let members: Vec<String> = (0..count).map(|_| self.ty(depth + 1)).collect();
                format!("({})", members.join(" or "))
            }
        };
        if self.rng.chance(15) {
            ty.push('?');
        }
        ty
    }

    fn value(&mut self) -> String {
        match self.rng.below(9) {
            0 => "null".into(),
            1 => "true".into(),
            2 => "false".into(),
            3 => format!("{}", self.rng.below(1000)),
            4 => format!("-{}.5", self.rng.below(100)),
            5 => format!("\"{}\"", self.name()),
            6 => "[]".into(),
            7 => "{}".into(),
            _ => (*self
                .rng
                .pick(&["Infinity", "-Infinity", "NaN", "0x1F", "1e3"]))
            .into(),
        }
    }

    fn arguments(&mut self) -> String {
        let count = self.rng.below(4);
        let mut list = Vec::new();
        for i in 0..count {
            let mut argument = self.ext_attrs();
            let last = i + 1 == count;
            if self.rng.chance(30) {
                argument.push_str("optional ");
                argument.push_str(&self.ty(0));
                argument.push(' ');
                argument.push_str(&self.name());
                if self.rng.chance(40) {
                    argument.push_str(" = ");
                    argument.push_str(&self.value());
                }
            } else {
                argument.push_str(&self.ty(0));
                if last && self.rng.chance(15) {
                    argument.push_str("...");
                }
                argument.push(' ');
                argument.push_str(&self.name());
            }
            list.push(argument);
        }
        format!("({})", list.join(", "))
    }

    fn interface_member(&mut self, mixin: bool) {
        let attrs = self.ext_attrs();
        let member = match self.rng.below(14) {
            0 | 1 => {
                let readonly = if self.rng.chance(40) { "readonly " } else { "" };
                let stat = if !mixin && self.rng.chance(15) {
                    "static "
                } else {
                    ""
                };
                format!("{stat}{readonly}attribute {} {};", self.ty(0), self.name())
            }
            2..=4 => {
                let stat = if !mixin && self.rng.chance(15) {
                    "static "
                } else {
                    ""
                };
                format!("{stat}{} {}{};", self.ty(0), self.name(), self.arguments())
            }
            5 => format!("constructor{};", self.arguments()),
            6 => format!(
                "const {} {} = {};",
                self.rng
                    .pick(&["long", "short", "double", "boolean", "octet"]),
                self.name(),
                self.value()
            ),
            7 => "stringifier;".into(),
            8 => format!("stringifier attribute DOMString {};", self.name()),
            9 => {
                if self.rng.chance(50) {
                    format!("iterable<{}>;", self.ty(1))
                } else {
                    format!("iterable<{}, {}>;", self.ty(1), self.ty(1))
                }
            }
            10 => format!(
                "{}maplike<{}, {}>;",
                if self.rng.chance(50) { "readonly " } else { "" },
                self.ty(1),
                self.ty(1)
            ),
            11 => format!(
                "{}setlike<{}>;",
                if self.rng.chance(50) { "readonly " } else { "" },
                self.ty(1)
            ),
            12 => format!(
                "{} {} {}{};",
                self.rng.pick(&["getter", "setter", "deleter"]),
                self.ty(0),
                if self.rng.chance(50) {
                    self.name()
                } else {
                    String::new()
                },
                self.arguments()
            ),
            _ => format!("async_iterable<{}>{};", self.ty(1), self.arguments()),
        };
        self.out.push_str(&format!("  {attrs}{member}\n"));
    }

    fn definition(&mut self) {
        let name = self.name();
        let attrs = self.ext_attrs();
        if self.rng.chance(10) {
            self.out.push_str(&format!("/// Docs for {name}.\n"));
        }
        match self.rng.below(13) {
            0..=3 => {
                let partial = if self.rng.chance(15) { "partial " } else { "" };
                let parent = if partial.is_empty() && self.rng.chance(30) {
                    format!(" : {}", self.name())
                } else {
                    String::new()
                };
                self.out
                    .push_str(&format!("{attrs}{partial}interface {name}{parent} {{\n"));
                for _ in 0..self.rng.below(6) {
                    self.interface_member(false);
                }
                self.out.push_str("};\n");
            }
            4 => {
                self.out
                    .push_str(&format!("{attrs}interface mixin {name} {{\n"));
                for _ in 0..self.rng.below(4) {
                    self.interface_member(true);
                }
                self.out.push_str("};\n");
                let includer = self.name();
                self.out.push_str(&format!("{includer} includes {name};\n"));
            }
            5 | 6 => {
                let partial = if self.rng.chance(10) { "partial " } else { "" };
                let parent = if partial.is_empty() && self.rng.chance(20) {
                    format!(" : {}", self.name())
                } else {
                    String::new()
                };
                self.out
                    .push_str(&format!("{attrs}{partial}dictionary {name}{parent} {{\n"));
                for _ in 0..self.rng.below(5) {
                    let member_attrs = self.ext_attrs();
                    let member = if self.rng.chance(25) {
                        format!("required {} {};", self.ty(0), self.name())
                    } else if self.rng.chance(40) {
                        format!("{} {} = {};", self.ty(0), self.name(), self.value())
                    } else {
                        format!("{} {};", self.ty(0), self.name())
                    };
                    self.out.push_str(&format!("  {member_attrs}{member}\n"));
                }
                self.out.push_str("};\n");
            }
            7 => {
                let count = self.rng.below(5);
                let values: Vec<String> = (0..count)
                    .map(|_| {
                        let value = self.rng.pick(&[
                            "",
                            "a",
                            "b",
                            "a-b",
                            "A",
                            "no-cors",
                            "2d",
                            "self",
                            "Self",
                            "_",
                            "unknown-value",
                            "UnknownValue",
                            "é",
                            " ",
                            "x y",
                        ]);
                        format!("\"{value}\"")
                    })
                    .collect();
                self.out
                    .push_str(&format!("enum {name} {{ {} }};\n", values.join(", ")));
            }
            8 => {
                let ty = self.ty(0);
                self.out.push_str(&format!("typedef {attrs}{ty} {name};\n"));
            }
            9 => {
                let ret = self.ty(0);
                let arguments = self.arguments();
                self.out
                    .push_str(&format!("{attrs}callback {name} = {ret} {arguments};\n"));
            }
            10 => {
                self.out
                    .push_str(&format!("{attrs}callback interface {name} {{\n"));
                for _ in 0..1 + self.rng.below(2) {
                    let ty = self.ty(0);
                    let member = self.name();
                    let arguments = self.arguments();
                    self.out.push_str(&format!("  {ty} {member}{arguments};\n"));
                }
                self.out.push_str("};\n");
            }
            _ => {
                let partial = if self.rng.chance(10) { "partial " } else { "" };
                self.out
                    .push_str(&format!("{attrs}{partial}namespace {name} {{\n"));
                for _ in 0..self.rng.below(4) {
                    let member = if self.rng.chance(70) {
                        format!("{} {}{};", self.ty(0), self.name(), self.arguments())
                    } else if self.rng.chance(50) {
                        format!("readonly attribute {} {};", self.ty(0), self.name())
                    } else {
                        format!("const long {} = {};", self.name(), self.value())
                    };
                    self.out.push_str(&format!("  {member}\n"));
                }
                self.out.push_str("};\n");
            }
        }
        self.defined.push(name);
    }
}

fn generate(rng: &mut Rng, definitions: usize) -> String {
    let mut generator = Gen {
        rng,
        defined: Vec::new(),
        out: String::new(),
    };
    for _ in 0..definitions {
        generator.definition();
    }
    generator.out
}

// ---------------------------------------------------------------------------------------------
// Mutations

const SPLICES: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    ";",
    ",",
    "=",
    "?",
    "...",
    "\"",
    "/*",
    "*/",
    "//",
    "///",
    "-",
    ".",
    "0",
    "-1",
    "1e",
    "interface",
    "partial",
    "mixin",
    "includes",
    "typedef",
    "callback",
    "dictionary",
    "enum",
    "namespace",
    "required",
    "optional",
    "sequence<",
    "record<",
    "Promise<",
    "or",
    "any",
    "unsigned",
    "long",
    "attribute",
    "readonly",
    "static",
    "constructor",
    "getter",
    "setter",
    "iterable<",
    "maplike<",
    "setlike<",
    "\u{0}",
    "\u{feff}",
    "é",
    "日本",
    "\u{1F600}",
    "\u{202E}",
    "\r",
    "\t",
    "\n",
    "\\",
    "'",
    "#",
    "$",
    "`",
    "r#",
    "ObservableArray<",
    "async_sequence<",
    "async_iterable<",
    "[Exposed=*]",
    "[Throws]",
];

fn char_floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut text = text.to_owned();
    for _ in 0..1 + rng.below(6) {
        let len = text.len();
        let at = char_floor(&text, rng.below(len + 1));
        match rng.below(8) {
            // Truncate.
            0 => text.truncate(at),
            // Delete a span.
            1 => {
                let end = char_floor(&text, at + rng.below(40));
                text.replace_range(at..end.max(at), "");
            }
            // Delete every bracket of one kind.
            2 => {
                let bracket = *rng.pick(&['{', '}', '(', ')', '[', ']', '<', '>', ';', '"']);
                if rng.chance(50) {
                    text = text.replace(bracket, "");
                } else if let Some(i) = text[at..].find(bracket) {
                    text.remove(at + i);
                }
            }
            // Swap two tokens (runs of non-space).
            3 => {
                let tokens: Vec<&str> = text.split(' ').collect();
                if tokens.len() > 2 {
                    let mut tokens: Vec<String> = tokens.into_iter().map(str::to_owned).collect();
                    let i = rng.below(tokens.len());
                    let j = rng.below(tokens.len());
                    tokens.swap(i, j);
                    text = tokens.join(" ");
                }
            }
            // Insert a token.
            4 | 5 => text.insert_str(at, rng.pick::<&str>(SPLICES)),
            // Insert a random character.
            6 => {
                let c = match rng.below(3) {
                    0 => (rng.below(128) as u8) as char,
                    1 => char::from_u32(rng.below(0x800) as u32).unwrap_or('?'),
                    _ => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'),
                };
                text.insert(at, c);
            }
            // Duplicate a span.
            _ => {
                let end = char_floor(&text, at + rng.below(80));
                let copy = text[at..end.max(at)].to_owned();
                let to = char_floor(&text, rng.below(len + 1));
                text.insert_str(to, &copy);
            }
        }
    }
    text
}

// ---------------------------------------------------------------------------------------------
// The property

/// Runs the pipeline over `text` as a file, and as inline tokens where it lexes as Rust;
/// returns what went wrong.
fn check(text: &str) -> Result<(), String> {
    quiet_panics();
    CHECKING.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut problems = Vec::new();
        let file = Source::file(
            "fuzz.webidl".into(),
            Span::call_site(),
            text.to_owned(),
            Role::Bind,
        );
        // The parse stage's own reading of common definitions must be weedle2's exactly.
        if let Err(at) = idlbind_codegen::parse::fast::agrees_throughout(&file.text) {
            problems.push(format!("the fast parse and weedle2's differ at byte {at}"));
        }
        problems.extend(check_sources(&[file]));
        if let Ok(tokens) = TokenStream::from_str(text) {
            let inline = Source::inline(tokens, Role::Bind);
            problems.extend(
                check_sources(&[inline])
                    .into_iter()
                    .map(|p| format!("inline: {p}")),
            );
        }
        problems
    }));
    CHECKING.with(|c| c.set(false));
    match result {
        Ok(problems) if problems.is_empty() => Ok(()),
        Ok(problems) => Err(problems.join("\n")),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            Err(format!("panicked: {message}"))
        }
    }
}

fn check_sources(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    let (code, diagnostics) = pipeline(sources);
    for diagnostic in diagnostics.iter() {
        let source = &sources[diagnostic.loc.source];
        let text = &source.text;
        let loc = diagnostic.loc;
        if loc.start > loc.end
            || loc.end > text.len()
            || !text.is_char_boundary(loc.start)
            || !text.is_char_boundary(loc.end)
        {
            problems.push(format!(
                "diagnostic outside the input ({}..{} of {}): {}",
                loc.start,
                loc.end,
                text.len(),
                diagnostic.message
            ));
        }
        // Both ways of showing it must work too.
        let _ = source.render(diagnostic);
        let _ = source.compile_error(diagnostic);
    }
    if let Err(error) = syn::parse2::<syn::File>(code) {
        problems.push(format!(
            "generated code does not parse ({} diagnostics): {error}",
            diagnostics.len()
        ));
    }
    problems
}

fn findings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-findings")
}

/// Checks one case; on failure keeps the input and returns a line naming it.
fn run_case(kind: &str, seed: u64, text: &str) -> Option<String> {
    let problem = check(text).err()?;
    let dir = findings_dir();
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("{kind}-{seed}.webidl"));
    let _ = std::fs::write(&path, text);
    Some(format!(
        "{kind} seed {seed} ({}): {problem}",
        path.display()
    ))
}

fn cases() -> u64 {
    std::env::var("IDLBIND_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

fn first_seed() -> u64 {
    std::env::var("IDLBIND_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

thread_local! {
    static CHECKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Silences the default panic message inside [`check`]: those panics are caught and reported
/// with their input.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CHECKING.with(std::cell::Cell::get) {
                default(info);
            }
        }));
    });
}

fn report(kind: &str, findings: &[String], cases: u64, started: Instant) {
    println!(
        "{kind}: {cases} cases in {:.1} s, {} findings",
        started.elapsed().as_secs_f64(),
        findings.len()
    );
    let shown: Vec<&str> = findings.iter().take(20).map(String::as_str).collect();
    assert!(findings.is_empty(), "{}", shown.join("\n"));
}

/// A line every 5000 cases, so that a long run stopped early still tells how far it got.
fn progress(kind: &str, seed: u64, first: u64, findings: &[String], started: Instant) {
    if (seed - first + 1).is_multiple_of(5000) {
        println!(
            "{kind}: through seed {seed} in {:.1} s, {} findings",
            started.elapsed().as_secs_f64(),
            findings.len()
        );
    }
}

#[test]
fn generated() {
    quiet_panics();
    let started = Instant::now();
    let (first, count) = (first_seed(), cases());
    let mut findings = Vec::new();
    for seed in first..first + count {
        let mut rng = Rng::new(seed);
        let definitions = 1 + rng.below(8);
        let text = generate(&mut rng, definitions);
        findings.extend(run_case("generated", seed, &text));
        progress("generated", seed, first, &findings, started);
    }
    report("generated", &findings, count, started);
}

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/idl");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("webref")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path
                .extension()
                .is_some_and(|e| e == "idl" || e == "webidl")
            {
                files.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    assert!(!files.is_empty());
    files
}

/// A piece of a corpus file, a few definitions long, so that a mutation is not lost in a
/// large file.
fn excerpt(rng: &mut Rng, text: &str) -> String {
    let starts: Vec<usize> = text
        .match_indices("\n\n")
        .map(|(i, _)| i + 2)
        .chain([0])
        .collect();
    let start = *rng.pick(&starts);
    let end = char_floor(text, start + 200 + rng.below(3000));
    text[start..end.max(start)].to_owned()
}

#[test]
fn mutated() {
    quiet_panics();
    let started = Instant::now();
    let corpus = corpus();
    let (first, count) = (first_seed(), cases());
    let mut findings = Vec::new();
    for seed in first..first + count {
        let mut rng = Rng::new(seed ^ 0x6d75_7461_7465);
        let base = if rng.chance(50) {
            let file = rng.pick(&corpus).clone();
            excerpt(&mut rng, &file)
        } else {
            let definitions = 1 + rng.below(6);
            generate(&mut rng, definitions)
        };
        let text = mutate(&mut rng, &base);
        findings.extend(run_case("mutated", seed, &text));
        progress("mutated", seed, first, &findings, started);
    }
    report("mutated", &findings, count, started);
}

#[test]
fn whole_corpus_files() {
    for text in corpus() {
        check(&text).unwrap();
    }
}

#[test]
fn regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "webidl") {
            count += 1;
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            if let Err(problem) = check(&text) {
                failures.push(format!("{}: {problem}", path.display()));
            }
        }
    }
    assert!(count > 0, "no regression inputs in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Deep nesting and size

/// Nesting far deeper than any real IDL: a clear error, not a stack overflow. Run on a thread
/// with a small stack, like a test thread's or a compiler's.
fn check_deep(text: String) {
    let messages = expand_on_small_stack(text);
    assert!(
        messages.iter().any(|m| m.contains("nested")),
        "{messages:?}"
    );
}

/// Expands on a thread with a 2 MiB stack; returns the diagnostics' messages.
fn expand_on_small_stack(text: String) -> Vec<String> {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let file = Source::file("deep.webidl".into(), Span::call_site(), text, Role::Bind);
            let (code, diagnostics) = pipeline(std::slice::from_ref(&file));
            syn::parse2::<syn::File>(code).unwrap();
            diagnostics
                .iter()
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
        })
        .unwrap();
    handle.join().unwrap()
}

/// At the limit (32 levels, the body and argument list included) the whole pipeline runs on a
/// small stack, even unoptimized.
#[test]
fn nesting_at_the_limit() {
    let depth = 30;
    let ty = format!("{}long{}", "sequence<".repeat(depth), ">".repeat(depth));
    let messages = expand_on_small_stack(format!("interface A {{ undefined f({ty} x); }};"));
    assert!(messages.is_empty(), "{messages:?}");
    let mut ty = "long".to_owned();
    for i in 0..depth / 2 {
        ty = format!("(sequence<{ty}> or A{i})");
    }
    let mut text = format!("interface A {{ undefined f({ty} x); }};");
    for i in 0..depth / 2 {
        text.push_str(&format!("interface A{i} {{}};"));
    }
    let messages = expand_on_small_stack(text);
    assert!(messages.is_empty(), "{messages:?}");
}

#[test]
fn deep_generics() {
    let depth = 10_000;
    let ty = format!("{}long{}", "sequence<".repeat(depth), ">".repeat(depth));
    check_deep(format!("interface A {{ undefined f({ty} x); }};"));
    let ty = format!("{}long{}", "Promise<".repeat(depth), ">".repeat(depth));
    check_deep(format!("typedef {ty} T; interface A {{ T f(); }};"));
}

#[test]
fn deep_unions() {
    let depth = 10_000;
    let ty = format!(
        "{}long{}",
        "(DOMString or ".repeat(depth),
        ")".repeat(depth)
    );
    check_deep(format!("interface A {{ undefined f({ty} x); }};"));
}

#[test]
fn deep_brackets() {
    let depth = 10_000;
    check_deep(format!(
        "[A={}] interface A {{}};",
        "(".repeat(depth) + &")".repeat(depth)
    ));
}

/// Generated IDL of about `bytes` bytes, every definition valid on its own.
fn large_idl(bytes: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&format!(
            "[Exposed=Window]\ninterface I{i}{parent} {{\n  constructor(DOMString s, optional long n = 0);\n  \
             attribute DOMString name{i};\n  [Throws] sequence<(long or DOMString)> get{i}(record<DOMString, any> r);\n  \
             const long K{i} = {i};\n}};\ndictionary D{i} {{ required long a; DOMString b = \"x\"; sequence<I{i}> c; }};\n\
             enum E{i} {{ \"a\", \"b-c\" }};\ntypedef (I{i} or D{i}) U{i};\ncallback C{i} = undefined (U{i} u);\n",
            // A tree, not a chain: each interface's ancestors are few, as in real IDL.
            parent = if i == 0 { String::new() } else { format!(" : I{}", i / 2) },
        ));
        i += 1;
    }
    text
}

/// How long a ~1 MB IDL takes, against 1/4 of it: not run by default (timing is for a release
/// build on a quiet machine). With `IDLBIND_LARGE_OUT=DIR`, the two inputs are also written to
/// `DIR/large-256k.webidl` and `DIR/large-1m.webidl`, for the CLI and profilers:
///
/// ```sh
/// cargo test -p idlbind-codegen --release --test fuzz -- --ignored --nocapture large_input
/// ```
#[test]
#[ignore]
fn large_input() {
    let out = std::env::var_os("IDLBIND_LARGE_OUT").map(PathBuf::from);
    for (bytes, name) in [(256 << 10, "large-256k"), (1 << 20, "large-1m")] {
        let text = large_idl(bytes);
        if let Some(dir) = &out {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(format!("{name}.webidl")), &text).unwrap();
        }
        let file = Source::file("large.webidl".into(), Span::call_site(), text, Role::Bind);
        let started = Instant::now();
        let (code, diagnostics) = pipeline(std::slice::from_ref(&file));
        let elapsed = started.elapsed();
        let printed = code.to_string().len();
        println!(
            "{} bytes of IDL: {:.3} s, {} diagnostics, {} bytes of Rust, {} tokens",
            file.text.len(),
            elapsed.as_secs_f64(),
            diagnostics.len(),
            printed,
            count_tokens(&code)
        );
        for diagnostic in diagnostics.iter().take(3) {
            println!("  {}", diagnostic.message);
        }
    }
    // And the same size of broken IDL: every definition an error.
    let text = "interface A { attribute; };\n".repeat((1 << 20) / 28);
    let file = Source::file("broken.webidl".into(), Span::call_site(), text, Role::Bind);
    let started = Instant::now();
    let (_, diagnostics) = pipeline(std::slice::from_ref(&file));
    println!(
        "{} bytes of broken IDL: {:.3} s, {} diagnostics",
        file.text.len(),
        started.elapsed().as_secs_f64(),
        diagnostics.len()
    );
}

/// Every token of `tokens`, a group and each token inside it counted.
fn count_tokens(tokens: &TokenStream) -> usize {
    (tokens.clone().into_iter())
        .map(|token| match token {
            proc_macro2::TokenTree::Group(group) => 1 + count_tokens(&group.stream()),
            _ => 1,
        })
        .sum()
}

/// Chains through names rather than brackets: typedefs of typedefs, long inheritance chains,
/// and cycles of each.
#[test]
fn long_chains() {
    let n = 10_000;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!("typedef sequence<T{}> T{i};\n", i + 1));
    }
    text.push_str(&format!(
        "typedef long T{n};\ninterface A {{ undefined f(T0 x); }};\n"
    ));
    let messages = expand_on_small_stack(text);
    println!("typedef chain: {:?}", messages.first());
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!("interface I{i} : I{} {{}};\n", i + 1));
        text.push_str(&format!("dictionary D{i} : D{} {{ long m{i}; }};\n", i + 1));
    }
    text.push_str(&format!("interface I{n} {{}};\ndictionary D{n} {{}};\n"));
    let messages = expand_on_small_stack(text);
    println!("inheritance chain: {:?}", messages.first());
    let cycles = "typedef B A; typedef A B; interface I : J {}; interface J : I {}; \
                  dictionary D : E {}; dictionary E : D {}; interface K { undefined f(A a, D d); };";
    let messages = expand_on_small_stack(cycles.into());
    assert!(!messages.is_empty());
}

/// Replays one input and prints what the pipeline made of it:
///
/// ```sh
/// IDLBIND_FUZZ_FILE=path.webidl cargo test -p idlbind-codegen --test fuzz -- --ignored --nocapture replay
/// ```
#[test]
#[ignore]
fn replay() {
    let path = std::env::var("IDLBIND_FUZZ_FILE").expect("IDLBIND_FUZZ_FILE names the input");
    let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
    let file = Source::file(
        "replay.webidl".into(),
        Span::call_site(),
        text.clone(),
        Role::Bind,
    );
    let (code, diagnostics) = pipeline(std::slice::from_ref(&file));
    for diagnostic in diagnostics.iter() {
        println!("{}", file.render(diagnostic));
    }
    let code = code.to_string();
    if let Err(error) = syn::parse_str::<syn::File>(&code) {
        // The code is one line: show the error's neighbourhood.
        let at = error.span().start().column;
        let from = code.floor_char_boundary(at.saturating_sub(400));
        let to = code.floor_char_boundary(at + 100);
        println!("{error} at {at}: ...{}", &code[from..to]);
    } else {
        println!("{code}");
    }
    println!("{:?}", check(&text));
}
