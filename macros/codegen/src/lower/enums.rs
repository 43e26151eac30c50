//! IDL enums become `#[non_exhaustive]` Rust enums: a variant per value, plus `UnknownValue`
//! for values that JavaScript returns but the IDL did not list (browsers add values). Only the
//! runtime can make an `UnknownEnumValue`, so a value that is not in the enum cannot be sent.

use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::names;
use crate::diagnostics::Diagnostics;
use crate::model::Enum;

/// The variant holding values the binding does not know (named by the runtime's `enumeration!`).
const UNKNOWN: &str = "UnknownValue";

pub fn lower_enum(
    definition: &Enum,
    rust_name: &proc_macro2::Ident,
    docs: Vec<String>,
    span_of: &dyn Fn(crate::diagnostics::Loc) -> Span,
    diagnostics: &mut Diagnostics,
) -> TokenStream {
    let idl_name = &definition.name.idl;
    let values = &definition.values;
    // A value listed twice is reported by the model's checks, and bound once.
    let listed = crate::model::repeats(values.iter().map(|v| &v.idl));
    let rust: Vec<String> = values.iter().map(|v| names::enum_variant(&v.idl)).collect();
    // Two values whose variants clash: the first keeps it. Values left out take no variant
    // (each is its own key).
    let kept = |i: usize| listed[i].is_none() && rust[i] != UNKNOWN;
    let clashes = crate::model::repeats(
        (0..values.len()).map(|i| if kept(i) { Ok(&rust[i]) } else { Err(i) }),
    );
    let mut variants = Vec::new();
    let mut idl_values = Vec::new();
    for (i, value) in values.iter().enumerate() {
        if listed[i].is_some() {
            continue;
        }
        let rust = &rust[i];
        let clash = match clashes[i] {
            Some(first) => Some(format!("as \"{}\" does", values[first].idl)),
            None if *rust == UNKNOWN => {
                Some("the variant for values the binding does not know".into())
            }
            None => None,
        };
        if let Some(clash) = clash {
            diagnostics.error(
                value.loc,
                format!(
                    "enum value \"{}\" would become the Rust variant `{rust}`, {clash}",
                    value.idl
                ),
            );
            continue;
        }
        variants.push(names::ident(rust, span_of(value.loc)));
        idl_values.push(value.idl.clone());
    }
    let alias = (rust_name != idl_name).then(|| quote!(#[doc(alias = #idl_name)]));
    let docs = crate::emit::docs(&docs);
    quote! {
        ::idlbind::__private::enumeration! {
            #docs
            #alias
            enum #rust_name = #idl_name {
                #(#variants = #idl_values,)*
            }
        }
    }
}
