//! Unions become Rust enums: a variant per (flattened) member type, named by Web IDL's type
//! name (`Node`, `DomString`, `ByteStringSequenceSequence`), `From` for every member type, and
//! decoding from JavaScript in the order Web IDL's union conversion checks the member types.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::names;
use super::types::TypeLowering;
use crate::model::{Primitive, Type};

/// The members of a union, in the categories Web IDL's conversion tries in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Undefined,
    Interface,
    Buffer,
    /// Callback functions: any callable value.
    Callable,
    Sequence,
    /// Dictionaries, records, callback interfaces and `object`.
    ObjectLike,
    Boolean,
    Number,
    BigInt,
    Symbol,
    String,
}

impl Category {
    /// Whether the values that pass the category's test are primitives, not objects.
    fn is_primitive(self) -> bool {
        matches!(
            self,
            Category::Undefined
                | Category::Boolean
                | Category::Number
                | Category::BigInt
                | Category::Symbol
                | Category::String
        )
    }
}

fn category(ty: &Type, lowering: &TypeLowering<'_>) -> Category {
    match ty {
        Type::Undefined => Category::Undefined,
        Type::Interface(_) => Category::Interface,
        Type::Callback(name) if !lowering.paths.is_callback_interface(name) => Category::Callable,
        Type::Buffer(_) => Category::Buffer,
        Type::Sequence(_) | Type::FrozenArray(_) | Type::ObservableArray(_) => Category::Sequence,
        Type::Primitive(crate::model::Primitive::Boolean) => Category::Boolean,
        Type::Primitive(_) => Category::Number,
        Type::BigInt => Category::BigInt,
        Type::Symbol => Category::Symbol,
        Type::DomString | Type::UsvString | Type::ByteString | Type::Enum(_) => Category::String,
        _ => Category::ObjectLike,
    }
}

pub struct UnionPlan<'a> {
    pub rust_name: Ident,
    /// The flattened member types.
    pub members: &'a [Type],
    pub docs: Vec<String>,
    pub derive_eq: bool,
}

pub fn lower_union(
    plan: &UnionPlan<'_>,
    lowering: &TypeLowering<'_>,
) -> Result<TokenStream, String> {
    let js_value = quote!(::idlbind::JsValue);
    let name = &plan.rust_name;
    let mut variants = Vec::new();
    let mut owned_types = Vec::new();
    for member in plan.members {
        variants.push(names::ident(
            &names::type_name(&member.type_name()),
            Span::call_site(),
        ));
        owned_types.push(lowering.owned(member)?);
    }

    // With one callback member, whatever converts into its value type converts into the
    // union: a closure (`set_timeout(|arguments: Vec<JsValue>| ..)`), a JavaScript function.
    let callbacks = plan
        .members
        .iter()
        .filter(|m| matches!(m, Type::Callback(_)));
    let one_callback = callbacks.count() == 1;
    let mut conversions = Vec::new();
    for ((member, variant), owned) in plan.members.iter().zip(&variants).zip(&owned_types) {
        conversions.push(match member {
            Type::Callback(_) if one_callback => quote! {
                impl<T: ::std::convert::Into<#owned>> ::std::convert::From<T> for #name {
                    fn from(value: T) -> Self {
                        Self::#variant(::std::convert::Into::into(value))
                    }
                }
            },
            _ => quote! {
                impl ::std::convert::From<#owned> for #name {
                    fn from(value: #owned) -> Self {
                        Self::#variant(value)
                    }
                }
            },
        });
        match member {
            Type::DomString | Type::UsvString | Type::ByteString => conversions.push(quote! {
                impl ::std::convert::From<&str> for #name {
                    fn from(value: &str) -> Self {
                        Self::#variant(::std::string::String::from(value))
                    }
                }
            }),
            Type::Interface(_) => conversions.push(quote! {
                impl ::std::convert::From<&#owned> for #name {
                    fn from(value: &#owned) -> Self {
                        Self::#variant(::std::clone::Clone::clone(value))
                    }
                }
            }),
            _ => {}
        }
    }

    // JS → Rust: Web IDL's order, except that primitive members are tested first. A
    // primitive value never passes an object test, nor an object a primitive test, so the
    // order between the two groups decides nothing; testing primitives first makes the
    // common case (a string, a number) one crossing, as a hand-written `as_string()` is.
    let mut order: Vec<usize> = (0..plan.members.len()).collect();
    order.sort_by_key(|&i| {
        let category = category(&plan.members[i], lowering);
        (!category.is_primitive(), category)
    });
    let mut tests = Vec::new();
    for &index in &order {
        let (member, variant, owned) =
            (&plan.members[index], &variants[index], &owned_types[index]);
        // Once a value passes a member's test, Web IDL converts it to that member or fails:
        // it never tries a later member.
        let decode = quote! {
            return <#owned as ::idlbind::FromJs>::from_js(value).map(Self::#variant);
        };
        let test = match (category(member, lowering), member) {
            (Category::Undefined, _) => quote!(if value.is_undefined() { #decode }),
            (Category::Interface, _) => quote! {
                if ::idlbind::JsCast::has_type::<#owned>(&value) {
                    return ::std::result::Result::Ok(Self::#variant(
                        ::idlbind::JsCast::unchecked_into(value),
                    ));
                }
            },
            (Category::Buffer, Type::Buffer(kind)) => {
                let check = buffer_check(kind);
                quote!(if #check { #decode })
            }
            (Category::Callable, _) => quote!(if value.is_function() { #decode }),
            (Category::Sequence, _) => {
                quote!(if ::idlbind::__private::is_iterable_object(&value) { #decode })
            }
            (Category::ObjectLike, Type::Dictionary(_)) => {
                quote!(if value.is_object() || value.is_null() || value.is_undefined() { #decode })
            }
            // A callback interface also takes a function (Web IDL's "an Object").
            (Category::ObjectLike, Type::Callback(_)) => {
                quote!(if value.is_object() || value.is_function() { #decode })
            }
            (Category::ObjectLike, _) => quote!(if value.is_object() { #decode }),
            // The value is read by the test itself: one crossing, not two.
            (Category::Boolean, _) => quote! {
                if let ::std::option::Option::Some(value) = value.as_bool() {
                    return ::std::result::Result::Ok(Self::#variant(value));
                }
            },
            (Category::Number, member) => {
                // `FromJs` of a number type is `as_f64()` and `as`; `f64` needs no cast.
                let number = match member {
                    Type::Primitive(Primitive::Double | Primitive::UnrestrictedDouble) => {
                        quote!(number)
                    }
                    _ => quote!(number as #owned),
                };
                quote! {
                    if let ::std::option::Option::Some(number) = value.as_f64() {
                        return ::std::result::Result::Ok(Self::#variant(#number));
                    }
                }
            }
            (Category::String, Type::DomString | Type::UsvString) => quote! {
                if let ::std::option::Option::Some(text) = value.as_string() {
                    return ::std::result::Result::Ok(Self::#variant(text));
                }
            },
            (Category::BigInt, _) => quote!(if value.is_bigint() { #decode }),
            (Category::Symbol, _) => quote!(if value.is_symbol() { #decode }),
            (Category::String, _) => quote!(if value.is_string() { #decode }),
            (Category::Buffer, _) => decode,
        };
        tests.push(test);
    }
    // Web IDL's last resort: a string member takes anything through `String(value)`, then a
    // numeric one through `Number(value)`, then a boolean one by truthiness.
    let fallback = [Category::String, Category::Number, Category::Boolean]
        .iter()
        .find_map(|wanted| {
            let index = order.iter().copied().find(|&i| {
                category(&plan.members[i], lowering) == *wanted
                    && !matches!(plan.members[i], Type::Enum(_))
            })?;
            let (variant, owned) = (&variants[index], &owned_types[index]);
            Some(match wanted {
                Category::String => {
                    quote!(Self::#variant(::idlbind::__private::js_to_string(&value)))
                }
                Category::Number => {
                    quote!(Self::#variant(::idlbind::__private::js_to_number(&value) as #owned))
                }
                _ => quote!(Self::#variant(value.is_truthy())),
            })
        });
    let end = match fallback {
        Some(value) => quote!(::std::result::Result::Ok(#value)),
        None => quote!(::std::result::Result::Err(value)),
    };

    let to_js = variants
        .iter()
        .map(|variant| quote!(Self::#variant(value) => ::idlbind::ToJs::to_js(value)));
    // The callbacks a member holds are made in the caller's scope.
    let to_js_in = (plan
        .members
        .iter()
        .any(|m| lowering.paths.holds_callback(m)))
    .then(|| {
        let arms = variants.iter().map(
            |variant| quote!(Self::#variant(value) => ::idlbind::ToJs::to_js_in(value, scope)),
        );
        quote! {
            fn to_js_in(&self, scope: &mut ::idlbind::CallbackScope) -> #js_value {
                match self {
                    #(#arms,)*
                }
            }
        }
    });
    let docs = crate::emit::docs(&plan.docs);
    let variant_docs = plan.members.iter().map(|m| format!(" `{}`", m.idl()));
    let eq = plan.derive_eq.then(|| quote!(PartialEq,));
    Ok(quote! {
        #docs
        #[derive(Clone, Debug, #eq)]
        pub enum #name {
            #(#[doc = #variant_docs] #variants(#owned_types),)*
        }

        #(#conversions)*

        impl ::idlbind::ToJs for #name {
            fn to_js(&self) -> #js_value {
                match self {
                    #(#to_js,)*
                }
            }

            #to_js_in
        }

        impl ::idlbind::FromJs for #name {
            fn from_js(value: #js_value) -> ::std::result::Result<Self, #js_value> {
                #(#tests)*
                #end
            }
        }
    })
}

/// The test that a value is of a buffer type (the condition of an `if`).
fn buffer_check(kind: &str) -> TokenStream {
    let js_sys = quote!(::idlbind::__private::js_sys);
    let instance = |ty: &str| {
        let ty = Ident::new(ty, Span::call_site());
        quote!(::idlbind::JsCast::is_instance_of::<#js_sys::#ty>(&value))
    };
    match kind {
        "BufferSource" => {
            let buffer = instance("ArrayBuffer");
            quote!(#buffer || #js_sys::ArrayBuffer::is_view(&value))
        }
        "AllowSharedBufferSource" => {
            let buffer = instance("ArrayBuffer");
            let shared = instance("SharedArrayBuffer");
            quote!(#buffer || #shared || #js_sys::ArrayBuffer::is_view(&value))
        }
        "ArrayBufferView" | "Float16Array" => quote!(#js_sys::ArrayBuffer::is_view(&value)),
        other => instance(other),
    }
}
