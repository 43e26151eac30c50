//! The macro's own syntax around the IDL: directives written as inner attributes at the top
//! of the block, then `use` lists of platform definitions.
//!
//! - `#![file = "path.idl"]`: bind the definitions of an IDL file (relative to the crate's
//!   `Cargo.toml`); editing the file rebuilds the crate.
//! - `#![refer = "path.idl"]`: read an IDL file only to resolve names (parents, typedefs,
//!   mixins); nothing is generated for it.
//! - `#![platform]`: resolve names against the web platform's IDL that idlbind ships, and
//!   bind what the block uses of it (see [`crate::model::select`]).
//! - `use Document, MouseEvent;` (after `#![platform]`): bind these platform definitions in
//!   full; `use Document::{title, querySelector};` binds only these members of an interface,
//!   mixin or namespace; `use *;` binds the whole platform.
//! - `#![export(name)]`: also write a macro `name!` that other blocks (in crates depending on
//!   this one) are written in, so that they use this block's platform types instead of making
//!   their own (see [`crate::share`]); `#![bound(..)]` is what that macro hands them.
//!
//! Everything after them is inline IDL.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use syn::LitStr;

use crate::source::Role;

pub struct Directive {
    pub path: LitStr,
    pub role: Role,
}

/// The platform definitions a block names in its `use` lists.
#[derive(Default)]
pub struct Uses {
    pub names: Vec<Use>,
    /// `use *;`: where it was written.
    pub everything: Option<Span>,
}

/// One name of a `use` list: `Document`, or `Document::{title, body}` (`Document::title`)
/// for only these members.
pub struct Use {
    pub name: Ident,
    pub members: Option<Vec<Ident>>,
}

/// `#![bound(PATH; full: A B; declared: C; other: D)]`: the platform definitions another
/// block bound, and the path of its types. Written by the macro of `#![export(..)]`.
pub struct Bound {
    pub path: TokenStream,
    pub full: Vec<String>,
    pub declared: Vec<String>,
    pub other: Vec<String>,
}

pub struct Input {
    pub directives: Vec<Directive>,
    /// `#![platform]`: the span of `platform`.
    pub platform: Option<Span>,
    /// `#![export(name)]`.
    pub export: Option<Ident>,
    pub bound: Option<Bound>,
    pub uses: Uses,
    pub idl: TokenStream,
    pub errors: Vec<syn::Error>,
}

pub fn read(input: TokenStream) -> Input {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut directives = Vec::new();
    let mut platform = None;
    let mut export = None;
    let mut bound = None;
    let mut errors = Vec::new();
    let mut index = 0;
    while let [
        TokenTree::Punct(hash),
        TokenTree::Punct(bang),
        TokenTree::Group(group),
        ..,
    ] = &tokens[index..]
    {
        if hash.as_char() != '#' || bang.as_char() != '!' || group.delimiter() != Delimiter::Bracket
        {
            break;
        }
        index += 3;
        match directive(group.stream()) {
            Ok(Read::File(directive)) => directives.push(directive),
            Ok(Read::Platform(span)) => platform = Some(span),
            Ok(Read::Export(name)) => export = Some(name),
            Ok(Read::Bound(read)) => bound = Some(read),
            // `//!` comments arrive as `#![doc = ...]`: nothing to do with them.
            Ok(Read::Doc) => {}
            Err(error) => errors.push(error),
        }
    }
    let mut uses = Uses::default();
    while let [TokenTree::Ident(keyword), ..] = &tokens[index..] {
        if keyword != "use" {
            break;
        }
        let end = (tokens[index..].iter())
            .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'))
            .map_or(tokens.len(), |at| index + at);
        match use_list(keyword.span(), &tokens[index + 1..end], &mut uses) {
            Ok(()) if platform.is_none() => errors.push(syn::Error::new(
                keyword.span(),
                "`use` names definitions of the web platform's IDL: write `#![platform]` \
                 first",
            )),
            Ok(()) => {}
            Err(error) => errors.push(error),
        }
        if end == tokens.len() {
            errors.push(syn::Error::new(
                keyword.span(),
                "expected `;` after the `use` list",
            ));
        }
        index = (end + 1).min(tokens.len());
    }
    Input {
        directives,
        platform,
        export,
        bound,
        uses,
        idl: tokens[index..].iter().cloned().collect(),
        errors,
    }
}

enum Read {
    File(Directive),
    Platform(Span),
    Export(Ident),
    Bound(Bound),
    Doc,
}

fn directive(tokens: TokenStream) -> syn::Result<Read> {
    if let [TokenTree::Ident(keyword), TokenTree::Group(arguments)] =
        &tokens.clone().into_iter().collect::<Vec<_>>()[..]
        && arguments.delimiter() == Delimiter::Parenthesis
    {
        if keyword == "export" {
            return match &arguments.stream().into_iter().collect::<Vec<_>>()[..] {
                [TokenTree::Ident(name)] => Ok(Read::Export(name.clone())),
                _ => Err(syn::Error::new(
                    arguments.span(),
                    "expected the name of the macro to write: `#![export(web_platform)]`",
                )),
            };
        }
        if keyword == "bound" {
            return Ok(Read::Bound(bound(arguments.stream())));
        }
    }
    if let Ok(path) = syn::parse2::<syn::Path>(tokens.clone())
        && path.is_ident("platform")
    {
        return Ok(Read::Platform(path.segments[0].ident.span()));
    }
    let meta: syn::MetaNameValue = syn::parse2(tokens.clone()).map_err(|_| {
        syn::Error::new_spanned(
            &tokens,
            "expected `#![file = \"path.idl\"]`, `#![refer = \"path.idl\"]` or `#![platform]`",
        )
    })?;
    let role = if meta.path.is_ident("file") {
        Role::Bind
    } else if meta.path.is_ident("refer") {
        Role::Refer
    } else if meta.path.is_ident("doc") {
        return Ok(Read::Doc);
    } else {
        return Err(syn::Error::new_spanned(
            &meta.path,
            "unknown directive: idlbind knows `#![file = \"..\"]`, `#![refer = \"..\"]` and \
             `#![platform]`",
        ));
    };
    match meta.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(path),
            ..
        }) => Ok(Read::File(Directive { path, role })),
        other => Err(syn::Error::new_spanned(
            other,
            "expected a path in a string literal",
        )),
    }
}

/// `Name, Name::member, Name::{member, ..}, ...` or `*`, the tokens between `use` and `;`.
fn use_list(keyword: Span, tokens: &[TokenTree], uses: &mut Uses) -> syn::Result<()> {
    if let [TokenTree::Punct(star)] = tokens
        && star.as_char() == '*'
    {
        uses.everything = Some(star.span());
        return Ok(());
    }
    if tokens.is_empty() {
        return Err(syn::Error::new(
            keyword,
            "expected the names of platform definitions after `use`, or `*`",
        ));
    }
    let not_a_list = |span: Span| {
        syn::Error::new(
            span,
            "expected the IDL names of platform definitions, separated by commas \
             (`use Document, Node;`)",
        )
    };
    let mut names = Vec::new();
    let mut rest = tokens;
    loop {
        let (name, after) = match rest {
            [TokenTree::Ident(name), after @ ..] => (name, after),
            [other, ..] => return Err(not_a_list(other.span())),
            [] => return Err(not_a_list(tokens[tokens.len() - 1].span())),
        };
        let (members, after) = match after {
            [TokenTree::Punct(a), TokenTree::Punct(b), after @ ..]
                if a.as_char() == ':' && b.as_char() == ':' =>
            {
                let (members, after) = member_list(b.span(), after)?;
                (Some(members), after)
            }
            _ => (None, after),
        };
        names.push(Use {
            name: name.clone(),
            members,
        });
        match after {
            [] => break,
            [TokenTree::Punct(comma), after @ ..] if comma.as_char() == ',' => rest = after,
            [other, ..] => return Err(not_a_list(other.span())),
        }
    }
    uses.names.extend(names);
    Ok(())
}

/// The members after `Name::`: one name, or names in braces separated by commas.
fn member_list(colons: Span, tokens: &[TokenTree]) -> syn::Result<(Vec<Ident>, &[TokenTree])> {
    let expected = |span: Span| {
        syn::Error::new(
            span,
            "expected the IDL names of members after `::`, one or in braces \
             (`use Document::{title, querySelector};`)",
        )
    };
    match tokens {
        [TokenTree::Ident(member), after @ ..] => Ok((vec![member.clone()], after)),
        [TokenTree::Group(group), after @ ..] if group.delimiter() == Delimiter::Brace => {
            let inside: Vec<TokenTree> = group.stream().into_iter().collect();
            let mut members = Vec::new();
            for (position, token) in inside.iter().enumerate() {
                match (position % 2, token) {
                    (0, TokenTree::Ident(member)) => members.push(member.clone()),
                    (1, TokenTree::Punct(comma)) if comma.as_char() == ',' => {}
                    (_, other) => return Err(expected(other.span())),
                }
            }
            if members.is_empty() {
                return Err(expected(group.span()));
            }
            Ok((members, after))
        }
        [other, ..] => Err(expected(other.span())),
        [] => Err(expected(colons)),
    }
}

/// `PATH; full: A B; declared: C; other: D`, as the macro of `#![export(..)]` writes it.
fn bound(tokens: TokenStream) -> Bound {
    let mut parts = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(semicolon) if semicolon.as_char() == ';' => parts.push(Vec::new()),
            _ => parts.last_mut().expect("one part at least").push(token),
        }
    }
    let mut read = Bound {
        path: parts[0].iter().cloned().collect(),
        full: Vec::new(),
        declared: Vec::new(),
        other: Vec::new(),
    };
    for part in &parts[1..] {
        let (list, names) = match &part[..] {
            [TokenTree::Ident(kind), TokenTree::Punct(colon), names @ ..]
                if colon.as_char() == ':' =>
            {
                let list = match kind.to_string().as_str() {
                    "full" => &mut read.full,
                    "declared" => &mut read.declared,
                    "other" => &mut read.other,
                    _ => break,
                };
                (list, names)
            }
            _ => break,
        };
        list.extend(names.iter().map(ToString::to_string));
    }
    read
}
