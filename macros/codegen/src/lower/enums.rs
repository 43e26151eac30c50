//! IDL enums become `#[non_exhaustive]` Rust enums: a variant per value, plus `UnknownValue`
//! for values that JavaScript returns but the IDL did not list (browsers add values). Only the
//! runtime can make an `UnknownEnumValue`, so a value that is not in the enum cannot be sent.

use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::names;
use super::types::private;
use crate::diagnostics::Diagnostics;
use crate::model::Enum;

/// The variant holding values the binding does not know.
const UNKNOWN: &str = "UnknownValue";

pub fn lower_enum(
    definition: &Enum,
    rust_name: &proc_macro2::Ident,
    docs: Vec<String>,
    span_of: &dyn Fn(crate::diagnostics::Loc) -> Span,
    diagnostics: &mut Diagnostics,
) -> TokenStream {
    let private = private();
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
    let variant_docs = values.iter().map(|value| format!(" `\"{value}\"`"));
    let alias = (rust_name != idl_name).then(|| quote!(#[doc(alias = #idl_name)]));
    let docs = crate::emit::docs(&docs);
    let unknown = names::ident(UNKNOWN, Span::call_site());
    quote! {
        #docs
        #alias
        #[non_exhaustive]
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #rust_name {
            #(#[doc = #variant_docs] #variants,)*
            /// A value JavaScript returned that this binding does not list (browsers add
            /// values). It can be sent back as it is, but not made from Rust.
            #unknown(::idlbind::UnknownEnumValue),
        }

        #[allow(dead_code)]
        impl #rust_name {
            /// Every value the IDL lists, in its order.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            /// The value as the IDL writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::#unknown(value) => value.as_str(),
                }
            }
        }

        impl ::std::str::FromStr for #rust_name {
            type Err = ::idlbind::ParseEnumError;

            /// The variant of a value the IDL lists; any other string is an error.
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                match value {
                    #(#values => ::std::result::Result::Ok(Self::#variants),)*
                    _ => ::std::result::Result::Err(::idlbind::ParseEnumError::new(#idl_name, value)),
                }
            }
        }

        impl ::std::fmt::Display for #rust_name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::AsRef<str> for #rust_name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::idlbind::ToJs for #rust_name {
            fn to_js(&self) -> #private::wasm_bindgen::JsValue {
                #private::wasm_bindgen::JsValue::from_str(self.as_str())
            }
        }

        impl ::idlbind::FromJs for #rust_name {
            fn from_js(
                value: #private::wasm_bindgen::JsValue,
            ) -> ::std::result::Result<Self, #private::wasm_bindgen::JsValue> {
                match value.as_string() {
                    ::std::option::Option::Some(text) => ::std::result::Result::Ok(
                        text.parse().unwrap_or_else(|_| {
                            Self::#unknown(#private::unknown_enum_value(text))
                        }),
                    ),
                    ::std::option::Option::None => ::std::result::Result::Err(value),
                }
            }
        }
    }
}
