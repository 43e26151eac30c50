//! Dictionaries become plain structs: inherited members flattened in as fields, `Option<T>`
//! for optional members, `T` with the IDL default for members that have one, `new(..)` taking
//! the required ones, `Default` when none is required, and `From<Derived>` for every ancestor.
//!
//! Rust → JS builds the object in **one** call: a small JavaScript function (inline JS of
//! wasm-bindgen) takes every member as an argument in wasm-bindgen's own ABI where it can
//! (numbers, strings, references) and sets only those that are not `undefined`, so absent
//! members stay absent. JS → Rust reads each member through a structural getter.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use super::names;
use super::types::TypeLowering;
use crate::model::{ConstValue, DefaultValue, Dictionary, DictionaryMember, Primitive, Type};

/// What the lowering needs to know about one field.
struct Field<'a> {
    member: &'a DictionaryMember,
    ident: Ident,
    /// The field's Rust type.
    ty: TokenStream,
    /// The type of its value (`ty` without the `Option` of an optional member).
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
    let js_value = quote!(::idlbind::JsValue);
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
        let ty = match optional {
            true => quote!(::std::option::Option<#owned>),
            false => owned.clone(),
        };
        fields.push(Field {
            member,
            ident: names::ident(&field_name(member), span_of(member.name.loc)),
            ty,
            owned,
            optional,
        });
    }

    // The struct.
    let field_defs = fields.iter().map(|field| {
        let (ident, ty) = (&field.ident, &field.ty);
        let docs = field_docs(field);
        quote!(#(#[doc = #docs])* pub #ident: #ty,)
    });
    let mut docs = plan.docs.clone();
    if fields
        .iter()
        .any(|f| lowering.paths.holds_callback(&f.member.ty))
    {
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

    // Construction: `new(required..)` and/or `Default`.
    let required: Vec<&Field> = fields.iter().filter(|f| f.member.required).collect();
    let initial = |field: &Field| -> TokenStream {
        let ident = &field.ident;
        match (&field.member.default, field.optional) {
            _ if field.member.required => quote!(#ident: ::std::convert::Into::into(#ident)),
            (Some(default), _) => {
                let value = default_value(default, &field.member.ty, lowering);
                quote!(#ident: #value)
            }
            (None, _) => quote!(#ident: ::std::option::Option::None),
        }
    };
    let initials: Vec<TokenStream> = fields.iter().map(initial).collect();
    let constructor = if required.is_empty() {
        quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self { #(#initials,)* }
                }
            }
        }
    } else {
        let params = required.iter().map(|field| {
            let (ident, ty) = (&field.ident, &field.ty);
            quote!(#ident: impl ::std::convert::Into<#ty>)
        });
        let listed: Vec<String> = required.iter().map(|f| format!("`{}`", f.ident)).collect();
        let doc = format!(
            " A `{name}` with its required members ({}); the others take their defaults.",
            listed.join(", ")
        );
        quote! {
            #[allow(dead_code)]
            impl #name {
                #[doc = #doc]
                pub fn new(#(#params),*) -> Self {
                    Self { #(#initials,)* }
                }
            }
        }
    };

    // `From<Derived> for Ancestor`.
    let upcasts = plan.ancestors.iter().map(|(ancestor, members)| {
        let moved = members.iter().map(|member| {
            let ident = names::ident(&field_name(member), Span::call_site());
            quote!(#ident: value.#ident)
        });
        // An ancestor without members takes nothing from the value.
        let value = match members.is_empty() {
            true => quote!(_value),
            false => quote!(value),
        };
        quote! {
            impl ::std::convert::From<#name> for #ancestor {
                fn from(#value: #name) -> Self {
                    #ancestor { #(#moved,)* }
                }
            }
        }
    });

    // Rust → JS in one call. Keys are set in Web IDL's order: inherited first, then each
    // dictionary's own members sorted by name.
    let mut js_order: Vec<&Field> = fields.iter().collect();
    let depth = |field: &Field| {
        let owner = &field.member.owner;
        let chain = &plan.dictionary.ancestors;
        chain
            .iter()
            .position(|a| &a.idl == owner)
            .map_or(0, |i| chain.len() - i)
    };
    js_order.sort_by(|a, b| {
        depth(b)
            .cmp(&depth(a))
            .then_with(|| a.member.name.idl.cmp(&b.member.name.idl))
    });
    let mut js_params = Vec::new();
    let mut js_body = String::new();
    let mut import_params = Vec::new();
    let mut args = Vec::new();
    // A dictionary holding callbacks makes them in the caller's scope (`to_js_in`).
    let scoped = fields
        .iter()
        .any(|f| lowering.paths.holds_callback(&f.member.ty));
    // Members that always have a value are set by an object literal, as far as key order
    // allows (V8 makes a literal's object in one step, with its final shape); the others only
    // when present.
    let always = |field: &Field| !field.optional && !may_be_undefined(&field.member.ty);
    let literal_len = js_order.iter().take_while(|f| always(f)).count();
    let mut literal = Vec::new();
    for (index, field) in js_order.iter().enumerate() {
        let param = format!("v{index}");
        let key = &field.member.name.idl;
        if index < literal_len {
            literal.push(format!("{key:?}:{param}"));
        } else if !always(field) {
            js_body.push_str(&format!("if({param}!==undefined)o[{key:?}]={param};"));
        } else {
            js_body.push_str(&format!("o[{key:?}]={param};"));
        }
        let arg = format_ident!("v{}", index);
        let label = format!("{idl_name}.{}", field.member.name.idl);
        let (import, value) = field_argument(field, &label, scoped);
        import_params.push(quote!(#arg: #import));
        args.push(value);
        js_params.push(param);
    }
    // IDL names may hold `-`: the helper's name must be both a Rust and a JS identifier.
    let build_ident = names::ident(&format!("__idlbind_build_{idl_name}"), Span::call_site());
    let build = build_ident.to_string();
    let mut inline_js = format!(
        "export function {build}({}){{const o={{{}}};{js_body}return o;}}",
        js_params.join(","),
        literal.join(",")
    );
    // JS → Rust: each member is read by a function of the inline JS that converts it as
    // Web IDL does and returns it in wasm-bindgen's own ABI where it can (see `Read`); any
    // other, by a structural getter. Each import's name and how it reads.
    let accessors: Vec<(Ident, Read)> = (fields.iter().enumerate())
        .map(|(index, field)| match member_read(field, lowering) {
            Read::Getter => (format_ident!("__get_{}", index), Read::Getter),
            read => (reader_ident(&build, index), read),
        })
        .collect();
    for (field, (reader, read)) in fields.iter().zip(&accessors) {
        if let Some(body) = read.reader_js() {
            inline_js.push_str(&format!(
                "export function {reader}(o){{const v=o[{:?}];{body}}}",
                field.member.name.idl,
            ));
        }
    }

    let to_js_impl = match scoped {
        false => quote! {
            impl ::idlbind::ToJs for #name {
                fn to_js(&self) -> #js_value {
                    // What absent references are passed as (a `JsValue` constant is not
                    // promoted to a static: it has a destructor).
                    #[allow(unused_variables)]
                    let undefined = #js_value::UNDEFINED;
                    #build_ident(#(#args),*)
                }
            }
        },
        // Its callbacks become functions under the scope's policy; `to_js` gives them to
        // the garbage collector.
        true => quote! {
            impl ::idlbind::ToJs for #name {
                fn to_js(&self) -> #js_value {
                    ::idlbind::ToJs::to_js_in(self, &mut ::idlbind::CallbackScope::owned())
                }

                fn to_js_in(&self, __scope: &mut ::idlbind::CallbackScope) -> #js_value {
                    #[allow(unused_variables)]
                    let undefined = #js_value::UNDEFINED;
                    #build_ident(#(#args),*)
                }
            }
        },
    };

    let getters = fields
        .iter()
        .zip(&accessors)
        .map(|(field, (import, read))| match read {
            Read::Abi { read, default } => {
                let ty = &read.ty;
                match default {
                    Some(_) => quote!(fn #import(object: &__Raw) -> #ty;),
                    None => quote!(fn #import(object: &__Raw) -> ::std::option::Option<#ty>;),
                }
            }
            Read::EnumIndex(_) => quote!(fn #import(object: &__Raw) -> i32;),
            Read::Getter => {
                let key = &field.member.name.idl;
                quote! {
                    #[wasm_bindgen(method, structural, getter = #key)]
                    fn #import(this: &__Raw) -> #js_value;
                }
            }
        });
    let invalid = quote!(return ::std::result::Result::Err(::std::clone::Clone::clone(&value)));
    let reads = fields.iter().zip(&accessors).map(|(field, (import, read))| {
        let ident = &field.ident;
        let owned = &field.owned;
        let absent = match (&field.member.default, field.optional) {
            _ if field.member.required => invalid.clone(),
            (Some(default), _) => default_value(default, &field.member.ty, lowering),
            (None, _) => quote!(::std::option::Option::None),
        };
        let wrap = |read: TokenStream| match field.optional {
            true => quote!(::std::option::Option::Some(#read)),
            false => read,
        };
        match read {
            Read::Abi { read, default } => {
                let check = read
                    .finite
                    .then(|| quote!(if !member.is_finite() { #invalid; }));
                match (default.is_some(), check) {
                    (true, None) => quote!(#ident: #import(raw)),
                    (true, Some(check)) => {
                        quote!(#ident: { let member = #import(raw); #check member })
                    }
                    (false, check) => {
                        let present = wrap(quote!(member));
                        quote! {
                            #ident: match #import(raw) {
                                ::std::option::Option::Some(member) => { #check #present }
                                ::std::option::Option::None => #absent,
                            }
                        }
                    }
                }
            }
            Read::EnumIndex(_) => {
                let key = &field.member.name.idl;
                let present = wrap(quote!(member));
                quote! {
                    #ident: match ::idlbind::__private::enum_member::<#owned>(#import(raw), object, #key) {
                        ::std::result::Result::Ok(::std::option::Option::Some(member)) => #present,
                        ::std::result::Result::Ok(::std::option::Option::None) => #absent,
                        ::std::result::Result::Err(()) => #invalid,
                    }
                }
            }
            Read::Getter => {
                let read = quote!(<#owned as ::idlbind::FromJs>::from_js(member).map_err(|_| ::std::clone::Clone::clone(&value))?);
                let present = wrap(read);
                quote! {
                    #ident: {
                        let member = raw.#import();
                        if member.is_undefined() { #absent } else { #present }
                    }
                }
            }
        }
    });

    Ok(quote! {
        #docs
        #alias
        #[derive(Clone, Debug, #eq)]
        pub struct #name {
            #(#field_defs)*
        }

        #constructor
        #(#upcasts)*

        const _: () = {
            #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
                wasm_bindgen = ::idlbind::__private::wasm_bindgen,
                js_sys = ::idlbind::__private::js_sys,
                inline_js = #inline_js,
            )]
            #[allow(clippy::too_many_arguments)]
            extern "C" {
                fn #build_ident(#(#import_params),*) -> #js_value;

                type __Raw;
                #(#getters)*
            }

            #to_js_impl

            impl ::idlbind::FromJs for #name {
                fn from_js(value: #js_value) -> ::std::result::Result<Self, #js_value> {
                    // `null` and `undefined` are the empty dictionary.
                    let empty;
                    let object: &#js_value = if value.is_object() {
                        &value
                    } else if value.is_null_or_undefined() {
                        empty = #js_value::from(::idlbind::__private::js_sys::Object::new());
                        &empty
                    } else {
                        return ::std::result::Result::Err(value);
                    };
                    // (A dictionary without members reads nothing through it.)
                    #[allow(unused_variables)]
                    let raw: &__Raw = ::idlbind::JsCast::unchecked_ref(object);
                    ::std::result::Result::Ok(Self { #(#reads,)* })
                }
            }
        };
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
struct AbiRead {
    /// The value's import type.
    ty: TokenStream,
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
    let (ty, convert_js, finite) = match ty {
        Type::Primitive(Primitive::Boolean) => (quote!(bool), "!!v", false),
        Type::Primitive(Primitive::Long) => (quote!(i32), "+v>>0", false),
        Type::Primitive(Primitive::UnsignedLong) => (quote!(u32), "+v>>>0", false),
        Type::Primitive(Primitive::Float) => (quote!(f32), "+v", true),
        Type::Primitive(Primitive::UnrestrictedFloat) => (quote!(f32), "+v", false),
        Type::Primitive(Primitive::Double) => (quote!(f64), "+v", true),
        Type::Primitive(Primitive::UnrestrictedDouble) => (quote!(f64), "+v", false),
        Type::DomString | Type::UsvString => (quote!(::std::string::String), "`${v}`", false),
        _ => return None,
    };
    Some(AbiRead {
        ty,
        convert_js,
        finite,
    })
}

/// The reader function of member `index` of the dictionary whose builder is `build`.
fn reader_ident(build: &str, index: usize) -> Ident {
    format_ident!("{}_{}", build.replacen("build", "read", 1), index)
}

/// How one member is passed to the builder: the import's parameter type and the argument.
/// Numbers and strings use wasm-bindgen's ABI (`Option` for absent); references are borrowed;
/// everything else is converted to a `JsValue` (`undefined` when absent).
fn field_argument(field: &Field, label: &str, scoped: bool) -> (TokenStream, TokenStream) {
    let js_value = quote!(::idlbind::JsValue);
    let ident = &field.ident;
    let value = quote!(self.#ident);
    let wrap = |ty: TokenStream| match field.optional {
        true => quote!(::std::option::Option<#ty>),
        false => ty,
    };
    match &field.member.ty {
        Type::Primitive(primitive) => {
            let (import, convert): (TokenStream, Option<TokenStream>) = match primitive {
                Primitive::LongLong | Primitive::UnsignedLongLong => {
                    (quote!(f64), Some(quote!(value as f64)))
                }
                Primitive::Double => (
                    quote!(f64),
                    Some(quote!(::idlbind::__private::finite_f64(value, #label))),
                ),
                Primitive::Float => (
                    quote!(f32),
                    Some(quote!(::idlbind::__private::finite_f32(value, #label))),
                ),
                other => (super::types::primitive_rust(*other), None),
            };
            let argument = match (convert, field.optional) {
                (None, _) => value,
                (Some(convert), true) => quote!(#value.map(|value| #convert)),
                (Some(convert), false) => quote!({ let value = #value; #convert }),
            };
            (wrap(import), argument)
        }
        Type::DomString | Type::UsvString => match field.optional {
            true => (wrap(quote!(&str)), quote!(#value.as_deref())),
            false => (quote!(&str), quote!(&#value)),
        },
        Type::ByteString => {
            let check = quote!(::idlbind::__private::byte_string);
            match field.optional {
                true => (
                    wrap(quote!(&str)),
                    quote!(#value.as_deref().map(|value| #check(value, #label))),
                ),
                false => (quote!(&str), quote!(#check(&#value, #label))),
            }
        }
        Type::Any
        | Type::Object
        | Type::Symbol
        | Type::BigInt
        | Type::Interface(_)
        | Type::Buffer(_) => {
            let as_js = quote!(::std::convert::AsRef::<#js_value>::as_ref);
            let argument = match field.optional {
                true => quote!(match &#value {
                    ::std::option::Option::Some(value) => #as_js(value),
                    ::std::option::Option::None => &undefined,
                }),
                false => quote!(#as_js(&#value)),
            };
            (quote!(&#js_value), argument)
        }
        _ => {
            let to_js = |value: TokenStream| match scoped {
                true => quote!(::idlbind::ToJs::to_js_in(#value, __scope)),
                false => quote!(::idlbind::ToJs::to_js(#value)),
            };
            let argument = match field.optional {
                true => {
                    let present = to_js(quote!(value));
                    quote!(&match &#value {
                        ::std::option::Option::Some(value) => #present,
                        ::std::option::Option::None => #js_value::UNDEFINED,
                    })
                }
                false => {
                    let present = to_js(quote!(&#value));
                    quote!(&#present)
                }
            };
            (quote!(&#js_value), argument)
        }
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
    let mut docs: Vec<String> = member.docs.lines.iter().map(|l| format!(" {l}")).collect();
    if !docs.is_empty() {
        docs.push(String::new());
    }
    docs.push(format!(" `{}`", member.docs.idl.trim_end_matches(';')));
    docs
}
