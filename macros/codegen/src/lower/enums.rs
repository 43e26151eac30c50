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
    let mut variants = Vec::new();
    let mut values = Vec::new();
    let mut taken: Vec<(String, &str)> = Vec::new();
    for value in &definition.values {
        let rust = names::enum_variant(&value.idl);
        if values.contains(&value.idl) {
            continue; // listed twice: reported by the model's checks
        }
        let clash = match taken.iter().find(|(name, _)| *name == rust) {
            Some((_, first)) => Some(format!("as \"{first}\" does")),
            None if rust == UNKNOWN => {
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
        taken.push((rust.clone(), &value.idl));
        variants.push(names::ident(&rust, span_of(value.loc)));
        values.push(value.idl.clone());
    }
    let alias = (rust_name != idl_name).then(|| quote!(#[doc(alias = #idl_name)]));
    let docs = crate::emit::docs(&docs);
    quote! {
        ::idlbind::__private::enumeration! {
            #docs
            #alias
            enum #rust_name = #idl_name {
                #(#variants = #values,)*
            }
        }
    }
}
