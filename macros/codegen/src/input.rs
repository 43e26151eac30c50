//! The macro's own syntax around the IDL: directives written as inner attributes at the top
//! of the block.
//!
//! - `#![file = "path.idl"]`: bind the definitions of an IDL file (relative to the crate's
//!   `Cargo.toml`); editing the file rebuilds the crate.
//! - `#![refer = "path.idl"]`: read an IDL file only to resolve names (parents, typedefs,
//!   mixins); nothing is generated for it.
//!
//! Everything after the directives is inline IDL.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::LitStr;

use crate::source::Role;

pub struct Directive {
    pub path: LitStr,
    pub role: Role,
}

pub struct Input {
    pub directives: Vec<Directive>,
    pub idl: TokenStream,
    pub errors: Vec<syn::Error>,
}

pub fn read(input: TokenStream) -> Input {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut directives = Vec::new();
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
            Ok(Some(directive)) => directives.push(directive),
            // `//!` comments arrive as `#![doc = ...]`: nothing to do with them.
            Ok(None) => {}
            Err(error) => errors.push(error),
        }
    }
    Input {
        directives,
        idl: tokens[index..].iter().cloned().collect(),
        errors,
    }
}

fn directive(tokens: TokenStream) -> syn::Result<Option<Directive>> {
    let meta: syn::MetaNameValue = syn::parse2(tokens.clone()).map_err(|_| {
        syn::Error::new_spanned(
            &tokens,
            "expected `#![file = \"path.idl\"]` or `#![refer = \"path.idl\"]`",
        )
    })?;
    let role = if meta.path.is_ident("file") {
        Role::Bind
    } else if meta.path.is_ident("refer") {
        Role::Refer
    } else if meta.path.is_ident("doc") {
        return Ok(None);
    } else {
        return Err(syn::Error::new_spanned(
            &meta.path,
            "unknown directive: idlbind knows `#![file = \"..\"]` and `#![refer = \"..\"]`",
        ));
    };
    match meta.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(path),
            ..
        }) => Ok(Some(Directive { path, role })),
        other => Err(syn::Error::new_spanned(
            other,
            "expected a path in a string literal",
        )),
    }
}
