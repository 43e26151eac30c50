//! Dictionaries become plain structs: inherited members flattened in as fields, `Option<T>`
//! for optional members, `T` with the IDL default for members that have one, `new(..)` taking
//! the required ones, `Default` when none is required, and `From<Derived>` for every ancestor.
//!
//! Rust → JS builds the object in **one** call: a small JavaScript function (inline JS of
//! wasm-bindgen) takes every member as an argument in wasm-bindgen's own ABI where it can
//! (numbers, strings, references) and sets only those that are not `undefined`, so absent
//! members stay absent. JS → Rust reads each member through a structural getter.

use std::collections::HashMap;
use std::fmt::Write as _;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream};
use quote::{TokenStreamExt, format_ident, quote};

use super::names;
use super::types::TypeLowering;
use crate::emit::{Moved, append, punct, word};
use crate::model::{ConstValue, DefaultValue, Dictionary, DictionaryMember, Primitive, Type};

/// What the lowering needs to know about one field.
struct Field<'a> {
    member: &'a DictionaryMember,
    ident: Ident,
    /// The type of its value (the field's type without the `Option` of an optional member).
    owned: TokenStream,
    /// `Option<T>`: left out when `None`.
    optional: bool,
}

pub struct DictionaryPlan<'a> {
    pub dictionary: &'a Dictionary,
    pub rust_name: Ident,
    pub docs: Vec<String>,
    pub derive_eq: bool,
    /// Every ancestor's Rust type with the names of its fields (its own flattened members).
    pub ancestors: Vec<(Ident, Vec<&'a DictionaryMember>)>,
}

/// `PushSubscription newSubscription = null;` (Push API): a default the type cannot hold. To
/// a binding, null and absent are both `None`, so the member is simply optional.
fn null_for_non_null(member: &DictionaryMember) -> bool {
    matches!(member.default, Some(DefaultValue::Const(ConstValue::Null)))
        && !matches!(member.ty, Type::Nullable(_) | Type::Any)
}

/// Whether a member's value holds the dictionary itself directly (not through a sequence or
/// a record, which are already behind a pointer).
fn contains_itself(ty: &Type, dictionary: &str) -> bool {
    match ty {
        Type::Dictionary(name) => name.idl == dictionary,
        Type::Nullable(inner) => contains_itself(inner, dictionary),
        Type::Union(members, _) => members.iter().any(|m| contains_itself(m, dictionary)),
        _ => false,
    }
}

pub fn field_name(member: &DictionaryMember) -> String {
    super::rust_name_of(&member.ext_attrs).unwrap_or_else(|| names::member_name(&member.name.idl))
}

pub fn lower_dictionary(
    plan: &DictionaryPlan<'_>,
    lowering: &TypeLowering<'_>,
    span_of: &dyn Fn(crate::diagnostics::Loc) -> Span,
) -> Result<TokenStream, (crate::diagnostics::Loc, String)> {
    let name = &plan.rust_name;
    let idl_name = &plan.dictionary.name.idl;

    let mut fields = Vec::new();
    for member in plan.dictionary.all_members() {
        let owned = lowering.owned(&member.ty).map_err(|what| {
            (
                member.name.loc,
                format!("{what} types are not supported by idlbind yet"),
            )
        })?;
        // A member of the dictionary's own type would make the struct infinitely large.
        let owned = match contains_itself(&member.ty, idl_name) {
            true => quote!(::std::boxed::Box<#owned>),
            false => owned,
        };
        let optional = !member.required && (member.default.is_none() || null_for_non_null(member));
        fields.push(Field {
            member,
            ident: names::ident(&field_name(member), span_of(member.name.loc)),
            owned,
            optional,
        });
    }

    let scoped = fields
        .iter()
        .any(|f| lowering.paths.holds_callback(&f.member.ty));
    let mut docs = plan.docs.clone();
    if scoped {
        docs.extend([
            String::new(),
            "Its callbacks become JavaScript functions each time it is converted: as a \
             method's argument, they live as the member's callback policy says; \
             [`ToJs::to_js`](::idlbind::ToJs::to_js) gives them to JavaScript's garbage \
             collector, [`ToJs::to_js_in`](::idlbind::ToJs::to_js_in) to a \
             [`CallbackScope`](::idlbind::CallbackScope) (see \
             [`idlbind::callback`](::idlbind::callback))."
                .to_owned(),
        ]);
    }
    let docs = crate::emit::docs(&docs);
    let alias = (name != idl_name).then(|| quote!(#[doc(alias = #idl_name)]));
    let eq = plan.derive_eq.then(|| quote!(PartialEq,));

    // Rust → JS in one call. Keys are set in Web IDL's order: inherited first, then each
    // dictionary's own members sorted by name.
    let mut js_order: Vec<&Field> = fields.iter().collect();
    // The rank of each member's owner: its own members 0, the ancestors (nearest first)
    // from the chain's length down to 1.
    let chain = &plan.dictionary.ancestors;
    let depths: HashMap<&str, usize> = (chain.iter().enumerate().rev())
        .map(|(i, ancestor)| (ancestor.idl.as_str(), chain.len() - i))
        .collect();
    let depth = |field: &Field| {
        let owner = field.member.owner.as_str();
        depths.get(owner).copied().unwrap_or(0)
    };
    js_order.sort_by(|a, b| {
        depth(b)
            .cmp(&depth(a))
            .then_with(|| a.member.name.idl.cmp(&b.member.name.idl))
    });
    let (mut js_params, mut literal, mut js_body) = (String::new(), String::new(), String::new());
    let mut build_params = TokenStream::new();
    // Members that always have a value are set by an object literal, as far as key order
    // allows (V8 makes a literal's object in one step, with its final shape); the others only
    // when present.
    let always = |field: &Field| !field.optional && !may_be_undefined(&field.member.ty);
    let literal_len = js_order.iter().take_while(|f| always(f)).count();
    for (index, field) in js_order.iter().enumerate() {
        let key = &field.member.name.idl;
        // (Writing to a `String` cannot fail.)
        if index < literal_len {
            let comma = if index > 0 { "," } else { "" };
            let _ = write!(literal, "{comma}{key:?}:v{index}");
        } else if !always(field) {
            let _ = write!(js_body, "if(v{index}!==undefined)o[{key:?}]=v{index};");
        } else {
            let _ = write!(js_body, "o[{key:?}]=v{index};");
        }
        let comma = if index > 0 { "," } else { "" };
        let _ = write!(js_params, "{comma}v{index}");
        let label = format!("{idl_name}.{}", field.member.name.idl);
        let (abi, how, label) = field_argument(field, label, scoped);
        // The parameter: `v &JsValue`, `v?: T` for an `Option<T>`, or `v: T`; then how its
        // member is passed.
        build_params.append(format_ident!("v{}", index));
        match abi {
            None => {
                punct(&mut build_params, '&');
                word(&mut build_params, "JsValue");
            }
            Some(abi) => {
                if field.optional {
                    punct(&mut build_params, '?');
                }
                punct(&mut build_params, ':');
                append(&mut build_params, abi);
            }
        }
        punct(&mut build_params, '=');
        word(&mut build_params, how);
        build_params.append(field.ident.clone());
        if field.optional {
            word(&mut build_params, "optional");
        }
        if let Some(label) = label {
            build_params.append(Literal::string(&label));
        }
        punct(&mut build_params, ',');
    }
    // IDL names may hold `-`: the helper's name must be both a Rust and a JS identifier.
    let build_ident = names::ident(&format!("__idlbind_build_{idl_name}"), Span::call_site());
    let build = build_ident.to_string();
    let mut inline_js =
        format!("export function {build}({js_params}){{const o={{{literal}}};{js_body}return o;}}");

    // Construction: `new(required..)`, or `Default` when nothing is required.
    let required: Vec<&Field> = fields.iter().filter(|f| f.member.required).collect();
    let construct = match required.is_empty() {
        true => quote!(default),
        false => {
            let params = required.iter().map(|field| {
                let (ident, owned) = (&field.ident, Moved::new(field.owned.clone()));
                quote!(#ident: #owned)
            });
            quote!(new(#(#params),*))
        }
    };
    // `From<Derived> for Ancestor`: every field of the ancestor is one of these (each name
    // made once, not once per ancestor that has it).
    let idents: HashMap<&str, &Ident> = (fields.iter())
        .map(|field| (field.member.name.idl.as_str(), &field.ident))
        .collect();
    let upcasts: Vec<TokenStream> = (plan.ancestors.iter())
        .map(|(ancestor, members)| {
            let moved = members
                .iter()
                .map(|member| match idents.get(member.name.idl.as_str()) {
                    Some(ident) => {
                        let mut ident = (*ident).clone();
                        ident.set_span(Span::call_site());
                        ident
                    }
                    None => names::ident(&field_name(member), Span::call_site()),
                });
            quote!(from #ancestor { #(#moved),* })
        })
        .collect();

    // The fields, each with how it is present and (JS → Rust) how it is read: by a function
    // of the inline JS that converts it as Web IDL does and returns it in wasm-bindgen's own
    // ABI where it can (see `Read`), else by a structural getter.
    let mut field_list = TokenStream::new();
    for (index, field) in fields.iter_mut().enumerate() {
        let read = member_read(field, lowering);
        let key = &field.member.name.idl;
        let import = match read {
            Read::Getter => format_ident!("__get_{}", index),
            _ => reader_ident(&build, index),
        };
        if let Some(body) = read.reader_js() {
            let _ = write!(
                inline_js,
                "export function {import}(o){{const v=o[{key:?}];{body}}}"
            );
        }
        // How it is present: optional (`?: T`, an `Option<T>` field), or `: T =` required
        // or the Rust expression of its default.
        append(&mut field_list, crate::emit::docs(&field_docs(field)));
        field_list.append(field.ident.clone());
        let owned = std::mem::take(&mut field.owned);
        if field.optional {
            punct(&mut field_list, '?');
            punct(&mut field_list, ':');
            append(&mut field_list, owned);
        } else {
            punct(&mut field_list, ':');
            append(&mut field_list, owned);
            punct(&mut field_list, '=');
            match &field.member.default {
                _ if field.member.required => word(&mut field_list, "required"),
                Some(default) => {
                    let value = default_value(default, &field.member.ty, lowering);
                    field_list.append(Group::new(Delimiter::Parenthesis, value));
                }
                None => unreachable!("a member without a default is optional or required"),
            }
        }
        field_list.extend(quote!(=>));
        match read {
            Read::Abi { read, default } => {
                let kind = match default {
                    Some(_) => "read_or_default",
                    None => "read",
                };
                word(&mut field_list, kind);
                field_list.append(import);
                if read.finite {
                    word(&mut field_list, "finite");
                }
            }
            Read::EnumIndex(_) => {
                word(&mut field_list, "index");
                field_list.append(import);
                field_list.append(Literal::string(key));
            }
            Read::Getter => {
                word(&mut field_list, "get");
                field_list.append(import);
                field_list.append(Literal::string(key));
            }
        }
        punct(&mut field_list, ';');
    }

    let to_js = match scoped {
        true => quote!(to_js_in),
        false => quote!(to_js),
    };

    let (docs, field_list) = (Moved::new(docs), Moved::new(field_list));
    let (construct, build_params) = (Moved::new(construct), Moved::new(build_params));
    Ok(quote! {
        ::idlbind::__private::dictionary! {
            #docs
            #alias
            struct #name [#eq] { #field_list }
            #construct;
            #(#upcasts)*
            inline_js = #inline_js;
            #to_js fn #build_ident(#build_params);
        }
    })
}

/// Whether a value of `ty` may be JavaScript's `undefined` (`any`, a union with `undefined`):
/// such a member is left out when it is, as an absent optional one is.
fn may_be_undefined(ty: &Type) -> bool {
    match ty {
        Type::Any | Type::Undefined => true,
        Type::Nullable(inner) => may_be_undefined(inner),
        Type::Union(members, _) => members.iter().any(may_be_undefined),
        _ => false,
    }
}

/// How a member is read from JavaScript.
enum Read {
    /// A number, boolean or string, converted by the reader. With `default` (the member's IDL
    /// default as a JavaScript literal) the reader gives it when the member is absent, so the
    /// import returns the value itself rather than an `Option`.
    Abi {
        read: AbiRead,
        default: Option<String>,
    },
    /// A member of an IDL enum with these values: the reader returns the index of the value,
    /// so no string crosses (see `__private::enum_member` for the other results).
    EnumIndex(Vec<String>),
    /// Any other type: a structural getter's `JsValue`, read with `FromJs`.
    Getter,
}

impl Read {
    /// The body of the reader function (`v` holds the member's value), if it has one.
    /// `undefined` is absent; `null` is a value, converted as Web IDL converts it.
    fn reader_js(&self) -> Option<String> {
        match self {
            Read::Abi { read, default } => {
                let absent = default.as_deref().unwrap_or("undefined");
                Some(format!(
                    "return v===undefined?{absent}:{};",
                    read.convert_js
                ))
            }
            Read::EnumIndex(values) => {
                let cases: String = (values.iter().enumerate())
                    .map(|(index, value)| format!("case {value:?}:return {index};"))
                    .collect();
                Some(format!(
                    "if(v===undefined)return -1;switch(v){{{cases}}}return typeof v===\"string\"?-2:-3;"
                ))
            }
            Read::Getter => None,
        }
    }
}

/// How `field` is read.
fn member_read(field: &Field, lowering: &TypeLowering<'_>) -> Read {
    if let Some(read) = abi_read(&field.member.ty) {
        let default = match field.optional || field.member.required {
            true => None,
            false => field.member.default.as_ref().and_then(default_js),
        };
        return Read::Abi { read, default };
    }
    match &field.member.ty {
        Type::Enum(name) => match lowering.paths.enum_values(name) {
            Some(values) => Read::EnumIndex(values),
            None => Read::Getter,
        },
        _ => Read::Getter,
    }
}

/// A default of a number, boolean or string member as a JavaScript literal.
fn default_js(default: &DefaultValue) -> Option<String> {
    Some(match default {
        DefaultValue::Const(ConstValue::Boolean(b)) => b.to_string(),
        DefaultValue::Const(ConstValue::Integer(i)) => i.to_string(),
        DefaultValue::Const(ConstValue::Float(f)) if f.is_nan() => "NaN".to_owned(),
        DefaultValue::Const(ConstValue::Float(f)) if f.is_infinite() => match *f > 0.0 {
            true => "Infinity".to_owned(),
            false => "-Infinity".to_owned(),
        },
        DefaultValue::Const(ConstValue::Float(f)) => format!("{f:?}"),
        DefaultValue::String(text) => format!("{text:?}"),
        _ => return None,
    })
}

/// A member read in wasm-bindgen's own ABI, in one call: a JavaScript function converts the
/// value as Web IDL converts one for the type (ToBoolean, ToInt32, ToUint32, ToNumber,
/// ToString). `undefined` is the member left out.
/// The import returns the field's own type (`bool`, `i32`, `u32`, `f32`, `f64`, `String`).
struct AbiRead {
    /// The JavaScript expression converting `v`.
    convert_js: &'static str,
    /// A restricted `float`/`double`: NaN and ±Infinity are not values of the type.
    finite: bool,
}

/// The ABI read of a member of type `ty`, if it has one; other types are read as a `JsValue`
/// and converted with `FromJs`.
fn abi_read(ty: &Type) -> Option<AbiRead> {
    // Unary `+` and template strings throw a `TypeError` where Web IDL's ToNumber and
    // ToString do (a `Symbol`, a `BigInt` for a number).
    let (convert_js, finite) = match ty {
        Type::Primitive(Primitive::Boolean) => ("!!v", false),
        Type::Primitive(Primitive::Long) => ("+v>>0", false),
        Type::Primitive(Primitive::UnsignedLong) => ("+v>>>0", false),
        Type::Primitive(Primitive::Float) => ("+v", true),
        Type::Primitive(Primitive::UnrestrictedFloat) => ("+v", false),
        Type::Primitive(Primitive::Double) => ("+v", true),
        Type::Primitive(Primitive::UnrestrictedDouble) => ("+v", false),
        Type::DomString | Type::UsvString => ("`${v}`", false),
        _ => return None,
    };
    Some(AbiRead { convert_js, finite })
}

/// The reader function of member `index` of the dictionary whose builder is `build`.
fn reader_ident(build: &str, index: usize) -> Ident {
    format_ident!("{}_{}", build.replacen("build", "read", 1), index)
}

/// How one member is passed to the builder: the import's parameter type in wasm-bindgen's ABI
/// (`None`: a `&JsValue`), how the skeleton passes it (see `__idl_dictionary`), and the label a
/// checked member panics with. Numbers and strings use wasm-bindgen's ABI (`Option` for
/// absent); references are borrowed; everything else is converted to a `JsValue` (`undefined`
/// when absent).
fn field_argument(
    field: &Field,
    label: String,
    scoped: bool,
) -> (Option<TokenStream>, &'static str, Option<String>) {
    match &field.member.ty {
        Type::Primitive(primitive) => match primitive {
            Primitive::LongLong | Primitive::UnsignedLongLong => {
                (Some(quote!(f64)), "as_f64", None)
            }
            Primitive::Double => (Some(quote!(f64)), "finite_f64", Some(label)),
            Primitive::Float => (Some(quote!(f32)), "finite_f32", Some(label)),
            other => (Some(super::types::primitive_rust(*other)), "value", None),
        },
        Type::DomString | Type::UsvString => (Some(quote!(&str)), "str", None),
        Type::ByteString => (Some(quote!(&str)), "byte_string", Some(label)),
        Type::Any
        | Type::Object
        | Type::Symbol
        | Type::BigInt
        | Type::Interface(_)
        | Type::Buffer(_) => (None, "js_ref", None),
        _ => match scoped {
            true => (None, "to_js_in", None),
            false => (None, "to_js", None),
        },
    }
}

/// The Rust expression of a member's IDL default.
fn default_value(default: &DefaultValue, ty: &Type, lowering: &TypeLowering<'_>) -> TokenStream {
    let (inner, nullable) = match ty {
        Type::Nullable(inner) => (inner.as_ref(), true),
        other => (other, false),
    };
    let js_value = quote!(::idlbind::JsValue);
    let is_null = matches!(default, DefaultValue::Const(ConstValue::Null));
    if matches!(inner, Type::Union(..)) && !is_null {
        return union_default(default, inner, nullable, lowering);
    }
    let value = match default {
        DefaultValue::Const(ConstValue::Null) if *inner == Type::Any => {
            return quote!(#js_value::NULL);
        }
        DefaultValue::Const(ConstValue::Null) => return quote!(::std::option::Option::None),
        DefaultValue::Const(ConstValue::Boolean(b)) => quote!(#b),
        DefaultValue::Const(ConstValue::Integer(i)) => match inner {
            Type::BigInt => {
                let literal = Literal::i128_unsuffixed(*i);
                return quote!(::idlbind::__private::js_sys::BigInt::from(#literal as i64));
            }
            Type::Primitive(p) if !p.is_integer() => {
                let literal = Literal::f64_unsuffixed(*i as f64);
                quote!(#literal)
            }
            _ => {
                let literal = Literal::i128_unsuffixed(*i);
                quote!(#literal)
            }
        },
        DefaultValue::Const(ConstValue::Float(f)) => float_literal(*f, inner),
        DefaultValue::String(text) => match inner {
            Type::Enum(_) => {
                let owned = lowering.owned(inner).unwrap_or_default();
                let variant = names::ident(&names::enum_variant(text), Span::call_site());
                quote!(#owned::#variant)
            }
            _ => quote!(::std::string::String::from(#text)),
        },
        DefaultValue::EmptySequence => quote!(::std::vec::Vec::new()),
        DefaultValue::EmptyDictionary => quote!(::std::default::Default::default()),
    };
    match (nullable, inner) {
        (_, Type::Any) => quote!(#js_value::from(#value)),
        (true, _) => quote!(::std::option::Option::Some(#value)),
        (false, _) => value,
    }
}

/// A union member's default: the value of the member type it fits (checked in the model),
/// wrapped in the union.
fn union_default(
    default: &DefaultValue,
    union: &Type,
    nullable: bool,
    lowering: &TypeLowering<'_>,
) -> TokenStream {
    let Type::Union(members, _) = union else {
        return TokenStream::new();
    };
    let (members, union_nullable) = super::types::flatten_union(members);
    let fits = |member: &Type| match default {
        DefaultValue::Const(ConstValue::Boolean(_)) => {
            *member == Type::Primitive(Primitive::Boolean)
        }
        DefaultValue::Const(ConstValue::Integer(_)) => {
            matches!(member, Type::Primitive(p) if *p != Primitive::Boolean)
                || *member == Type::BigInt
        }
        DefaultValue::Const(ConstValue::Float(_)) => {
            matches!(member, Type::Primitive(p) if *p != Primitive::Boolean)
        }
        DefaultValue::String(_) => matches!(
            member,
            Type::DomString | Type::UsvString | Type::ByteString | Type::Enum(_)
        ),
        DefaultValue::EmptySequence => matches!(member, Type::Sequence(_) | Type::FrozenArray(_)),
        DefaultValue::EmptyDictionary => matches!(member, Type::Dictionary(_) | Type::Record(..)),
        DefaultValue::Const(ConstValue::Null) => false,
    };
    let Some(member) = members.iter().find(|m| fits(m)) else {
        // The model has reported the mismatch; still emit an expression, so the code parses.
        return quote!(::std::default::Default::default());
    };
    let union = lowering.owned(union).unwrap_or_default();
    let owned = lowering.owned(member).unwrap_or_default();
    let value = default_value(default, member, lowering);
    let value = match union_nullable {
        // A union with a nullable member is `Option<U>` itself (`(double? or
        // sequence<double?>) offset = []`): the type of the field says which `U`.
        true => quote!(::std::option::Option::Some(::std::convert::From::<#owned>::from(#value))),
        false => quote!(<#union as ::std::convert::From<#owned>>::from(#value)),
    };
    match nullable {
        true => quote!(::std::option::Option::Some(#value)),
        false => value,
    }
}

fn float_literal(value: f64, ty: &Type) -> TokenStream {
    let float = match ty {
        Type::Primitive(Primitive::Float | Primitive::UnrestrictedFloat) => quote!(f32),
        _ => quote!(f64),
    };
    if value.is_nan() {
        quote!(#float::NAN)
    } else if value == f64::INFINITY {
        quote!(#float::INFINITY)
    } else if value == f64::NEG_INFINITY {
        quote!(#float::NEG_INFINITY)
    } else {
        let literal = Literal::f64_unsuffixed(value);
        quote!(#literal)
    }
}

fn field_docs(field: &Field) -> Vec<String> {
    let member = field.member;
    let mut docs = member.docs.lines.clone();
    if !docs.is_empty() {
        docs.push(String::new());
    }
    docs.push(format!("`{}`", member.docs.idl.trim_end_matches(';')));
    docs
}
