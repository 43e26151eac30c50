//! One Rust type per JavaScript class across blocks and crates.
//!
//! A block written `#![export(web_platform)]` also writes a macro, `web_platform!`, exported
//! from its crate. A block written in that macro (`web::web_platform! { #![platform] .. }`, in
//! a crate depending on it) reaches the proc macro with a `#![bound(..)]` directive listing
//! what the exporting block bound and the path of its types (its crate's root). Selection
//! (`model::select`) then treats those definitions as bound already: the block makes no type
//! of its own for them, and imports the exporting block's (`use web::{Node, Element};`).
//!
//! The exporting block must be at its crate's root (or its items re-exported there: the macro
//! names them as `$crate::Node`).

use std::collections::HashSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::input::Bound;
use crate::lower::names;
use crate::model::Model;
use crate::model::select::{Elsewhere, bound_names};

/// What another block bound, as selection reads it.
pub fn elsewhere(bound: &Bound) -> Elsewhere {
    let set = |names: &[String]| names.iter().cloned().collect::<HashSet<_>>();
    Elsewhere {
        full: set(&bound.full),
        declared: set(&bound.declared),
        other: set(&bound.other),
    }
}

/// `use PATH::{A, B};` for the definitions bound elsewhere that the block uses.
pub fn imports(bound: &Bound, used: &[String]) -> TokenStream {
    if used.is_empty() {
        return TokenStream::new();
    }
    let path = &bound.path;
    let names = used
        .iter()
        .map(|idl| Ident::new(&names::type_name(idl), Span::call_site()));
    quote! {
        #[allow(unused_imports)]
        use #path::{#(#names),*};
    }
}

/// The macro of `#![export(name)]`: a block written in it is expanded with what this block
/// bound (its model after selection).
pub fn export_macro(name: &Ident, model: &Model) -> TokenStream {
    let idents = |names: Vec<&str>| -> Vec<Ident> {
        (names.into_iter())
            .map(|n| Ident::new(n, Span::call_site()))
            .collect()
    };
    let bound = bound_names(model);
    let (full, declared, other) = (
        idents(bound.full),
        idents(bound.declared),
        idents(bound.other),
    );
    let doc = format!(
        " Binds Web IDL as `idlbind::idl!` does, using the platform types that the block of \
         `#![export({name})]` bound instead of making new ones, in a crate that depends on \
         this one. The block is a `#![platform]` block (`#![platform]` may be left out)."
    );
    quote! {
        #[doc = #doc]
        #[macro_export]
        macro_rules! #name {
            ($($block:tt)*) => {
                ::idlbind::idl! {
                    #![bound($crate; full: #(#full)*; declared: #(#declared)*; other: #(#other)*)]
                    #![platform]
                    $($block)*
                }
            };
        }
    }
}
