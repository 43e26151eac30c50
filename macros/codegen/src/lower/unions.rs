//! Unions become Rust enums: a variant per (flattened) member type, named by Web IDL's type
//! name (`Node`, `DomString`, `ByteStringSequenceSequence`), `From` for every member type, and
//! decoding from JavaScript in the order Web IDL's union conversion checks the member types.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::names;
use super::types::TypeLowering;
use crate::emit::Moved;
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
    let mut variants = Vec::new();
    let mut owned_types = Vec::new();
    for member in plan.members {
        variants.push(names::ident(
            &names::type_name(&member.type_name()),
            Span::call_site(),
        ));
        owned_types.push(lowering.owned(member)?);
    }

    // How each variant converts from its member type. With one callback member, whatever
    // converts into its value type converts into the union: a closure (`set_timeout(
    // |arguments: Vec<JsValue>| ..)`), a JavaScript function.
    let callbacks = plan
        .members
        .iter()
        .filter(|m| matches!(m, Type::Callback(_)));
    let one_callback = callbacks.count() == 1;
    let mut enum_variants = TokenStream::new();
    for ((member, variant), owned) in plan.members.iter().zip(&variants).zip(&owned_types) {
        let from = match member {
            Type::Callback(_) if one_callback => quote!(callback),
            Type::DomString | Type::UsvString | Type::ByteString => quote!(string),
            Type::Interface(_) => quote!(interface),
            _ => quote!(plain),
        };
        let doc = format!(" `{}`", member.idl());
        let owned = Moved::new(owned.clone());
        enum_variants.extend(quote!(#[doc = #doc] #variant(#owned): #from,));
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
    let mut tests = TokenStream::new();
    for &index in &order {
        let (member, variant, owned) =
            (&plan.members[index], &variants[index], &owned_types[index]);
        let test = match (category(member, lowering), member) {
            (Category::Undefined, _) => quote!(undefined),
            (Category::Interface, _) => quote!(interface),
            (Category::Buffer, Type::Buffer(kind)) => buffer_test(kind),
            (Category::Callable, _) => quote!(function),
            (Category::Sequence, _) => quote!(iterable),
            (Category::ObjectLike, Type::Dictionary(_)) => quote!(dictionary),
            (Category::ObjectLike, Type::Callback(_)) => quote!(callback_interface),
            (Category::ObjectLike, _) => quote!(object),
            (Category::Boolean, _) => quote!(boolean),
            (
                Category::Number,
                Type::Primitive(Primitive::Double | Primitive::UnrestrictedDouble),
            ) => quote!(double),
            (Category::Number, _) => quote!(number),
            (Category::String, Type::DomString | Type::UsvString) => quote!(string),
            (Category::BigInt, _) => quote!(bigint),
            (Category::Symbol, _) => quote!(symbol),
            (Category::String, _) => quote!(string_like),
            (Category::Buffer, _) => quote!(decode),
        };
        let (test, owned) = (Moved::new(test), Moved::new(owned.clone()));
        tests.extend(quote!(#test #variant(#owned);));
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
                Category::String => quote!(string #variant),
                Category::Number => {
                    let owned = Moved::new(owned.clone());
                    quote!(number #variant(#owned))
                }
                _ => quote!(truthy #variant),
            })
        })
        .unwrap_or_else(|| quote!(error));

    // The callbacks a member holds are made in the caller's scope.
    let scope = match plan
        .members
        .iter()
        .any(|m| lowering.paths.holds_callback(m))
    {
        true => quote!(scoped),
        false => quote!(unscoped),
    };
    let docs = Moved::new(crate::emit::docs(&plan.docs));
    let name = &plan.rust_name;
    let eq = plan.derive_eq.then(|| quote!(PartialEq,));
    let (enum_variants, tests, fallback) = (
        Moved::new(enum_variants),
        Moved::new(tests),
        Moved::new(fallback),
    );
    Ok(quote! {
        ::idlbind::__private::union! {
            #docs
            enum #name [#eq] { #enum_variants }
            #scope;
            from_js { #tests }
            else #fallback
        }
    })
}

/// The test that a value is of a buffer type (see `__idl_union`).
fn buffer_test(kind: &str) -> TokenStream {
    match kind {
        "BufferSource" => quote!(buffer_source),
        "AllowSharedBufferSource" => quote!(allow_shared),
        "ArrayBufferView" | "Float16Array" => quote!(view),
        other => {
            let ty = Ident::new(other, Span::call_site());
            quote!(instance(#ty))
        }
    }
}
