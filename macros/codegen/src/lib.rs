//! The idlbind pipeline: Web IDL in, Rust that calls JavaScript through wasm-bindgen out.
//!
//! ```text
//! source → parse → model → lower → emit
//! ```
//!
//! - [`source`]: the macro's tokens, or files, become IDL text with a map back to spans;
//! - [`parse`]: weedle2 reads the text, definition by definition, with exact error positions;
//! - [`model`]: partials merged, mixins included, typedefs resolved, everything checked;
//! - [`lower`]: every decision about the Rust API;
//! - [`emit`]: the plan written out as tokens.
//!
//! Errors are values collected along the way ([`diagnostics`]); on error the expansion still
//! emits what is valid, plus stand-ins for broken definitions, next to a `compile_error!` per
//! problem, each pointing at the IDL. The proc-macro crate is a thin shell over [`expand`].
//!
//! Beside the pipeline, [`syntax`] and [`lint`] check IDL at the level of syntax, without the
//! model, for the CLI's `idlbind check --syntax` and `--strict`.

pub mod adapt;
pub mod diagnostics;
pub mod emit;
pub mod input;
pub mod lint;
pub mod lower;
pub mod model;
pub mod parse;
pub mod platform;
pub mod share;
pub mod source;
pub mod syntax;

use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;

use diagnostics::{Diagnostics, Loc};
use model::select::{Named, Request, Selected};
use source::{Role, Source};

/// Expands an `idl!` invocation; files are read relative to `CARGO_MANIFEST_DIR`.
pub fn expand(input: TokenStream) -> TokenStream {
    let base = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    expand_in(input, Path::new(&base))
}

/// Expands an `idl!` invocation, reading files relative to `base`.
pub fn expand_in(input: TokenStream, base: &Path) -> TokenStream {
    let input = input::read(input);
    let mut errors: Vec<TokenStream> = input
        .errors
        .iter()
        .map(syn::Error::to_compile_error)
        .collect();
    let mut sources = Vec::new();
    if !input.idl.is_empty() {
        sources.push(Source::inline(input.idl, Role::Bind));
    }
    let mut tracked = Vec::new();
    for directive in &input.directives {
        let path = directive.path.value();
        match read_file(base, &path, input.platform.is_some()) {
            Ok((contents, local)) => {
                if local && directive.role == Role::Bind {
                    tracked.push(path.clone());
                }
                let span = directive.path.span();
                sources.push(Source::file(path, span, contents, directive.role));
            }
            Err(error) => errors.push(
                syn::Error::new(
                    directive.path.span(),
                    format!("cannot read `{path}`: {error}"),
                )
                .to_compile_error(),
            ),
        }
    }
    let named: Vec<Named> = (input.uses.names.iter())
        .map(|use_| Named {
            name: use_.name.to_string(),
            members: (use_.members.as_ref())
                .map(|members| members.iter().map(ToString::to_string).collect()),
        })
        .collect();
    let elsewhere = input.bound.as_ref().map(share::elsewhere);
    let platform = input.platform.map(|span| {
        let first = sources.len();
        sources.extend(platform::sources(span));
        Platform {
            first_source: first,
            request: Request {
                named: &named,
                everything: input.uses.everything.is_some(),
                elsewhere: elsewhere.as_ref(),
            },
        }
    });
    let expansion = expand_sources(&sources, platform.as_ref());
    errors.extend(
        expansion
            .diagnostics
            .iter()
            .map(|d| sources[d.loc.source].compile_error(d)),
    );
    errors.extend(
        expansion.selected.unknown.iter().map(|unknown| {
            unknown_use(&input.uses.names[unknown.index], unknown).to_compile_error()
        }),
    );
    let mut code = expansion.code;
    if let Some(bound) = &input.bound {
        code.extend(share::imports(bound, &expansion.selected.used_elsewhere));
    }
    match (&input.export, &input.bound) {
        (Some(name), None) => code.extend(share::export_macro(name, &expansion.model)),
        (Some(name), Some(_)) => errors.push(
            syn::Error::new(
                name.span(),
                "a block written in another block's exported macro cannot export again: \
                 export from the first block",
            )
            .to_compile_error(),
        ),
        (None, _) => {}
    }
    // Reading a file through `include_bytes!` makes the compiler rebuild when it changes.
    let tracking = tracked.iter().map(|path| {
        let path = format!("/{path}");
        quote!(
            const _: &[u8] =
                ::core::include_bytes!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #path));
        )
    });
    quote!(#(#errors)* #(#tracking)* #code)
}

/// A file's text, and whether it was read from the crate (edits rebuild it) rather than from
/// the shipped platform IDL, which a `#![platform]` block may name by a spec's file name.
fn read_file(base: &Path, path: &str, platform: bool) -> std::io::Result<(String, bool)> {
    match std::fs::read_to_string(base.join(path)) {
        Ok(contents) => Ok((contents, true)),
        Err(error) => match platform.then(|| platform::file(path)).flatten() {
            Some(shipped) => Ok((shipped.to_owned(), false)),
            None => Err(error),
        },
    }
}

/// The error for a name of `use` that is not usable.
fn unknown_use(use_: &input::Use, unknown: &model::select::Unknown) -> syn::Error {
    let name = &use_.name;
    let member = unknown
        .member
        .and_then(|at| use_.members.as_ref().map(|members| &members[at]));
    let message = match (&unknown.reason, member, &unknown.suggestion) {
        (Some(reason), _, _) => reason.clone(),
        (None, Some(member), Some(close)) => {
            format!("`{name}` has no member `{member}`: did you mean `{close}`?")
        }
        (None, Some(member), None) => format!("`{name}` has no member `{member}`"),
        (None, None, Some(close)) => format!(
            "`{name}` is not a definition of the web platform's IDL ({}) nor of this block: \
             did you mean `{close}`?",
            platform::PACKAGE
        ),
        (None, None, None) => format!(
            "`{name}` is not a definition of the web platform's IDL ({}) nor of this block",
            platform::PACKAGE
        ),
    };
    syn::Error::new(member.unwrap_or(name).span(), message)
}

/// What a `#![platform]` block asks of the platform's IDL.
pub struct Platform<'a> {
    /// The platform's sources are this one and those after it.
    pub first_source: usize,
    pub request: Request<'a>,
}

/// What the pipeline hands back.
pub struct Expansion {
    pub code: TokenStream,
    /// The model that was lowered: tools that map the generated code back to the IDL (which
    /// file defines a member, its extended attributes) read it.
    pub model: model::Model,
    pub diagnostics: Diagnostics,
    /// What selection found: the names of `use` that nothing defines, what the block uses of
    /// another block's.
    pub selected: Selected,
}

/// Runs parse → model → lower → emit over the sources.
pub fn pipeline(sources: &[Source]) -> (TokenStream, Diagnostics) {
    let expansion = expand_sources(sources, None);
    (expansion.code, expansion.diagnostics)
}

/// [`pipeline`], also returning the model that was lowered.
pub fn pipeline_with_model(sources: &[Source]) -> (TokenStream, model::Model, Diagnostics) {
    let expansion = expand_sources(sources, None);
    (expansion.code, expansion.model, expansion.diagnostics)
}

/// Runs parse → model (with the selection of a `#![platform]` block) → lower → emit.
pub fn expand_sources(sources: &[Source], platform: Option<&Platform<'_>>) -> Expansion {
    let mut diagnostics = Diagnostics::default();
    let texts: Vec<&str> = sources.iter().map(|source| source.text.as_str()).collect();
    let parsed = parse::parse_all(&texts, &mut diagnostics);
    let mut written: Vec<_> = sources
        .iter()
        .zip(&parsed)
        .enumerate()
        .map(|(id, (source, output))| {
            (
                source.role,
                model::build::build(id, source, output, &mut diagnostics),
            )
        })
        .collect();
    if let Some(platform) = platform {
        model::select::drop_shadowed(&mut written, platform.first_source);
    }
    let mut model = model::resolve::resolve(written, sources, &mut diagnostics);
    let selected = match platform {
        Some(platform) => model::select::select(&mut model, &platform.request, &mut diagnostics),
        None => Selected::default(),
    };
    for (source, output) in sources.iter().zip(&parsed) {
        if source.role == Role::Bind {
            model
                .stand_ins
                .extend(output.broken.iter().map(|broken| model::Name {
                    idl: broken.name.clone(),
                    loc: broken.loc,
                }));
        }
    }
    model::check::check(&mut model, &mut diagnostics);
    model::overloads::fold(&mut model);
    let span_of = |loc: Loc| sources[loc.source].span_at(loc.start);
    let plan = lower::lower_model(&model, &span_of, &mut diagnostics);
    Expansion {
        code: emit::emit(plan),
        model,
        diagnostics,
        selected,
    }
}
