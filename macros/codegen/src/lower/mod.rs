//! Lower stage: the model becomes a plan of Rust items. Every decision about the Rust API is
//! made here (names, signatures, which method takes which arguments, how a value crosses);
//! [`crate::emit`] only writes the plan out.
//!
//! Each interface becomes a wasm-bindgen imported type and one inherent `impl`. Every JS call
//! goes through a private import declared with `catch`, wrapped by the public method: `[Throws]`
//! members return `Result<T, JsError>`, the others turn an exception into a panic that names
//! the IDL member (an exception must not unwind silently through Rust frames).

mod callbacks;
mod collections;
mod dictionaries;
mod enums;
mod forwarding;
pub mod names;
pub mod types;
mod unions;

use std::collections::HashMap;

use heck::ToLowerCamelCase;
use proc_macro2::{Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};

use crate::diagnostics::{Diagnostics, Loc};
use crate::emit::{Moved, append};
use crate::model::{
    Argument, Callback, ConstValue, Docs, ExtAttrValue, ExtAttrs, Interface, Member, MemberKind,
    Model, Name, Primitive, Type,
};
use crate::source::Role;
use callbacks::CallbackPlan;
use types::{Conversion, Lowered, Paths, Position, TypeLowering};

pub struct Plan {
    pub interfaces: Vec<InterfacePlan>,
    /// Modules of namespaces (`css`); `[LegacyNamespace]` interfaces join theirs.
    pub modules: Vec<ModulePlan>,
    /// Dictionaries, enums and unions, already written out: their Rust shape follows from the
    /// IDL alone, so planning and writing them are one step.
    pub values: Vec<TokenStream>,
    /// Names of definitions that could not be bound, so the user's code still finds them.
    pub stand_ins: Vec<Ident>,
}

/// `pub mod name { use super::*; items }`
pub struct ModulePlan {
    pub name: Ident,
    pub docs: Vec<String>,
    pub items: Vec<TokenStream>,
}

#[derive(Clone)]
pub struct InterfacePlan {
    pub rust_name: Ident,
    pub js_name: String,
    pub docs: Vec<String>,
    /// The parent first, then every known ancestor (the runtime's `imports!` adds `Object`).
    pub extends: Vec<TokenStream>,
    /// No global constructor to test `instanceof` against: checked casts test for an object.
    pub no_interface_object: bool,
    pub consts: Vec<ConstPlan>,
    pub functions: Vec<FunctionPlan>,
    /// Hidden from the docs: the type behind a namespace, mixin trait or extension trait.
    pub hidden: bool,
    /// `[LegacyNamespace=N]`: the JS namespace object holding the class (`WebAssembly`), and
    /// the Rust module the type lives in (`web_assembly`).
    pub legacy_namespace: Option<(String, Ident)>,
    /// Items written after the type's `impl`: trait impls (`Display`, `IntoIterator`, ...).
    pub items: Vec<TokenStream>,
}

#[derive(Clone)]
pub struct ConstPlan {
    pub name: Ident,
    pub ty: TokenStream,
    pub value: TokenStream,
    pub docs: Vec<String>,
}

#[derive(Clone)]
pub struct FunctionPlan {
    pub name: Ident,
    pub docs: Vec<String>,
    /// The function's generic parameters with their bounds: the lifetime `'a` of borrowed
    /// optional arguments, the closure and result types of callbacks.
    pub generics: Vec<TokenStream>,
    /// `&self` or an associated function.
    pub method: bool,
    pub params: Vec<(Ident, TokenStream)>,
    pub ret: Returns,
    pub body: TokenStream,
    pub imports: Vec<ImportPlan>,
}

/// What a function returns.
#[derive(Clone)]
pub enum Returns {
    /// `()`, left unwritten.
    Nothing,
    Value(TokenStream),
    /// `Result<T, JsError>` of this `T`: a member marked `[Throws]`.
    Throws(TokenStream),
}

impl Returns {
    /// The return type, if one is written.
    pub fn to_type(&self) -> Option<TokenStream> {
        match self {
            Returns::Nothing => None,
            Returns::Value(ty) => Some(ty.clone()),
            Returns::Throws(ty) => Some(quote!(::std::result::Result<#ty, ::idlbind::JsError>)),
        }
    }
}

/// One wasm-bindgen import: `#[wasm_bindgen(options)] fn name(this?, params) -> ret;`
#[derive(Clone)]
pub struct ImportPlan {
    pub name: Ident,
    /// wasm-bindgen's options, without `catch`: `exceptions` says where that goes.
    pub options: TokenStream,
    pub method: bool,
    /// The parameters' types (named by position when emitted: an IDL argument named `this`
    /// would shadow wasm-bindgen's receiver).
    pub params: Vec<TokenStream>,
    /// What JavaScript returns, without the exception channel.
    pub ret: TokenStream,
    pub exceptions: Exceptions,
}

/// How an import's JavaScript exceptions reach Rust.
#[derive(Clone)]
pub enum Exceptions {
    /// Always caught (`catch`, a `Result`): `[Throws]` members, and promise operations, whose
    /// exception becomes a rejected promise.
    Expected,
    /// A member not marked `[Throws]`. Debug builds catch the exception and panic naming the
    /// member (`__private::no_throw!`); release builds import it without `catch`, as
    /// hand-written bindings and web-sys do, so the call costs no more than theirs: the
    /// exception then propagates as itself and ends the wasm call, as a panic does on
    /// `wasm32-unknown-unknown`.
    Unexpected,
    /// Caught by the import's own JavaScript function, which reaches this member and returns
    /// a promise rejected with the exception: a member returning a promise.
    Rejected(JsMember),
}

impl Exceptions {
    /// `Expected` if `expected` (a `[Throws]` member, a promise operation), else `Unexpected`.
    pub fn expected_if(expected: bool) -> Exceptions {
        match expected {
            true => Exceptions::Expected,
            false => Exceptions::Unexpected,
        }
    }
}

/// Rust names and spans of every interface the model knows.
struct Names<'a> {
    model: &'a Model,
    rust: HashMap<&'a str, String>,
    /// Definitions replaced by a stand-in (`JsValue`): nothing can extend them.
    stand_ins: Vec<&'a str>,
    /// Callback functions and callback interfaces, of every source.
    callbacks: HashMap<&'a str, &'a Callback>,
    span_of: &'a dyn Fn(Loc) -> Span,
}

impl Paths for Names<'_> {
    fn path(&self, name: &Name) -> Ident {
        let (rust, span) = self.interface(name);
        names::ident(&rust, span)
    }

    fn is_callback_interface(&self, name: &Name) -> bool {
        (self.callbacks.get(name.idl.as_str())).is_some_and(|c| c.interface.is_some())
    }

    fn holds_callback(&self, ty: &Type) -> bool {
        callbacks::holds_callback(self.model, ty)
    }

    fn enum_values(&self, name: &Name) -> Option<Vec<String>> {
        if self.stand_ins.contains(&name.idl.as_str()) {
            return None;
        }
        let definition = self.model.enums.iter().find(|e| e.name.idl == name.idl)?;
        // As `enumeration!` lists them: a value listed twice once (an error anyway).
        let mut values: Vec<String> = Vec::new();
        for value in &definition.values {
            if !values.contains(&value.idl) {
                values.push(value.idl.clone());
            }
        }
        Some(values)
    }
}

impl Names<'_> {
    /// The Rust name of a named definition of any kind, and the span of the IDL name.
    fn interface(&self, name: &Name) -> (String, Span) {
        let rust = self
            .rust
            .get(name.idl.as_str())
            .cloned()
            .unwrap_or_else(|| names::type_name(&name.idl));
        (rust, (self.span_of)(name.loc))
    }
}

pub fn lower_model(
    model: &Model,
    span_of: &dyn Fn(Loc) -> Span,
    diagnostics: &mut Diagnostics,
) -> Plan {
    fn named<'m>(name: &'m Name, ext_attrs: Option<&ExtAttrs>) -> (&'m str, String) {
        let rust = ext_attrs
            .and_then(rust_name_of)
            .unwrap_or_else(|| names::type_name(&name.idl));
        (name.idl.as_str(), rust)
    }
    let rust = (model.interfaces.iter())
        .map(|i| named(&i.name, Some(&i.ext_attrs)))
        .chain((model.dictionaries.iter()).map(|d| named(&d.name, Some(&d.ext_attrs))))
        .chain(
            model
                .enums
                .iter()
                .map(|e| named(&e.name, Some(&e.ext_attrs))),
        )
        .chain(model.unions.iter().map(|u| named(&u.name, None)))
        .chain((model.callbacks.iter()).map(|c| named(&c.name, Some(&c.ext_attrs))))
        .collect();
    let stand_ins = model.stand_ins.iter().map(|n| n.idl.as_str()).collect();
    let callbacks = (model.callbacks.iter())
        .map(|c| (c.name.idl.as_str(), c))
        .collect();
    let names = Names {
        model,
        rust,
        stand_ins,
        callbacks,
        span_of,
    };
    let interfaces: Vec<InterfacePlan> = model
        .interfaces
        .iter()
        .filter(|i| matches!(i.role, Role::Bind | Role::Declare))
        .map(|i| InterfaceLowering::new(i, &names, diagnostics).lower())
        .collect();
    let mut stand_ins: Vec<Ident> = model
        .stand_ins
        .iter()
        .map(|name| names::ident(&names::type_name(&name.idl), span_of(name.loc)))
        .collect();
    let mut values = lower_values(model, &names, diagnostics, &mut stand_ins);
    values.extend(callbacks::lower_callbacks(model, &names, diagnostics));
    let (forwarded, modules) =
        forwarding::lower_forwarding(model, &interfaces, &names, diagnostics);
    values.extend(forwarded);
    Plan {
        interfaces,
        modules,
        values,
        stand_ins,
    }
}

/// The enums, dictionaries and unions of the bound sources, and the anonymous unions that
/// bound definitions use.
/// A dictionary that cannot be bound gets a stand-in in `stand_ins`.
fn lower_values(
    model: &Model,
    names: &Names<'_>,
    diagnostics: &mut Diagnostics,
    stand_ins: &mut Vec<Ident>,
) -> Vec<TokenStream> {
    let lowering = TypeLowering { paths: names };
    let mut values = Vec::new();
    for definition in model.enums.iter().filter(|e| e.role == Role::Bind) {
        let rust_name = names.path(&definition.name);
        let docs = definition_docs(&definition.docs, &definition.ext_attrs);
        values.push(enums::lower_enum(
            definition,
            &rust_name,
            docs,
            names.span_of,
            diagnostics,
        ));
    }

    let mut unions: Vec<(Ident, Vec<Type>, Vec<String>)> = Vec::new();
    for union in model.unions.iter().filter(|u| u.role == Role::Bind) {
        let (members, _) = types::flatten_union(&union.members);
        let docs = definition_docs(&union.docs, &ExtAttrs::default());
        unions.push((names.path(&union.name), members, docs));
    }
    // The names in `unions`, to look up (the list keeps their order).
    let mut union_names: std::collections::HashSet<String> =
        unions.iter().map(|(name, ..)| name.to_string()).collect();
    let mut add_anonymous = |ty: &Type| {
        collect_unions(ty, &mut |members| {
            let rust_name = types::union_rust_name(members, None, names);
            if !union_names.insert(rust_name.to_string()) {
                return;
            }
            let (flat, _) = types::flatten_union(members);
            let idl = Type::Union(members.to_vec(), None).idl();
            let docs = vec![
                "The Web IDL union type:".into(),
                String::new(),
                "```webidl".into(),
                idl,
                "```".into(),
            ];
            unions.push((rust_name, flat, docs));
        })
    };
    for interface in model.interfaces.iter().filter(|i| i.role == Role::Bind) {
        for member in &interface.members {
            match &member.kind {
                MemberKind::Attribute { ty, .. } | MemberKind::Const { ty, .. } => {
                    add_anonymous(ty)
                }
                MemberKind::Operation { ret, args, .. } | MemberKind::Special { ret, args, .. } => {
                    add_anonymous(ret);
                    args.iter().for_each(|a| add_anonymous(&a.ty));
                }
                MemberKind::Constructor { args, .. } => {
                    args.iter().for_each(|a| add_anonymous(&a.ty))
                }
                MemberKind::Iterable {
                    key, value, args, ..
                } => {
                    key.iter().for_each(&mut add_anonymous);
                    add_anonymous(value);
                    args.iter().for_each(|a| add_anonymous(&a.ty));
                }
                MemberKind::Maplike { key, value, .. } => {
                    add_anonymous(key);
                    add_anonymous(value);
                }
                MemberKind::Setlike { value, .. } => add_anonymous(value),
                MemberKind::Stringifier | MemberKind::Unsupported(_) => {}
            }
        }
    }
    for callback in model.callbacks.iter().filter(|c| c.role == Role::Bind) {
        add_anonymous(&callback.ret);
        callback.args.iter().for_each(|a| add_anonymous(&a.ty));
    }
    let bound_dictionaries = model.dictionaries.iter().filter(|d| d.role == Role::Bind);
    for dictionary in bound_dictionaries.clone() {
        dictionary.all_members().for_each(|m| add_anonymous(&m.ty));
    }
    for (rust_name, members, docs) in &unions {
        let plan = unions::UnionPlan {
            rust_name: rust_name.clone(),
            members,
            docs: docs.clone(),
            derive_eq: members
                .iter()
                .all(|m| supports_eq(m, model, &mut Vec::new())),
        };
        match unions::lower_union(&plan, &lowering) {
            Ok(tokens) => values.push(tokens),
            // An anonymous union is reported where it is used: that member fails too.
            Err(what) => {
                if let Some(typedef) = model
                    .unions
                    .iter()
                    .find(|u| names.path(&u.name) == *rust_name)
                {
                    diagnostics.error(
                        typedef.name.loc,
                        format!("{what} types are not supported by idlbind yet"),
                    );
                }
            }
        }
    }

    for dictionary in bound_dictionaries {
        let ancestors = dictionary
            .ancestors
            .iter()
            .filter_map(|ancestor| {
                let found = model
                    .dictionaries
                    .iter()
                    .find(|d| d.name.idl == ancestor.idl)?;
                Some((names.path(ancestor), found.all_members().collect()))
            })
            .collect();
        let plan = dictionaries::DictionaryPlan {
            dictionary,
            rust_name: names.path(&dictionary.name),
            docs: definition_docs(&dictionary.docs, &dictionary.ext_attrs),
            derive_eq: dictionary
                .all_members()
                .all(|m| supports_eq(&m.ty, model, &mut vec![dictionary.name.idl.clone()])),
            ancestors,
        };
        match dictionaries::lower_dictionary(&plan, &lowering, names.span_of) {
            Ok(tokens) => values.push(tokens),
            Err((loc, message)) => {
                diagnostics.error(loc, message);
                stand_ins.push(names.path(&dictionary.name));
            }
        }
    }
    values
}

/// Calls `found` with the members of every union `ty` holds (a union nested in a union is
/// part of it, not another).
fn collect_unions(ty: &Type, found: &mut dyn FnMut(&[Type])) {
    match ty {
        Type::Union(members, typedef) => {
            if typedef.is_none() {
                found(members);
            }
            let (flat, _) = types::flatten_union(members);
            for member in &flat {
                if !matches!(member, Type::Union(..)) {
                    collect_unions(member, found);
                }
            }
        }
        Type::Nullable(inner)
        | Type::Sequence(inner)
        | Type::FrozenArray(inner)
        | Type::ObservableArray(inner)
        | Type::Promise(inner) => collect_unions(inner, found),
        Type::Record(_, value) => collect_unions(value, found),
        _ => {}
    }
}

/// Whether the Rust type of `ty` can derive `PartialEq` (promise handles cannot).
fn supports_eq(ty: &Type, model: &Model, visiting: &mut Vec<String>) -> bool {
    match ty {
        // Promise handles, live arrays, js-sys's typed arrays and `SharedArrayBuffer` have no
        // `PartialEq`.
        Type::Promise(_) | Type::ObservableArray(_) => false,
        Type::Buffer(name) => !name.ends_with("Array") && *name != "SharedArrayBuffer",
        Type::Union(members, _) => {
            let (flat, _) = types::flatten_union(members);
            flat.iter().all(|m| supports_eq(m, model, visiting))
        }
        Type::Dictionary(name) => {
            if visiting.contains(&name.idl) {
                return true;
            }
            let Some(dictionary) = model.dictionaries.iter().find(|d| d.name.idl == name.idl)
            else {
                return false;
            };
            visiting.push(name.idl.clone());
            let result = dictionary
                .all_members()
                .all(|m| supports_eq(&m.ty, model, visiting));
            visiting.pop();
            result
        }
        Type::Nullable(inner) | Type::Sequence(inner) | Type::FrozenArray(inner) => {
            supports_eq(inner, model, visiting)
        }
        Type::Record(_, value) => supports_eq(value, model, visiting),
        _ => true,
    }
}

/// Rustdoc for a definition other than an interface: its IDL doc comments, its IDL text and
/// the facts its extended attributes state.
fn definition_docs(docs: &Docs, ext_attrs: &ExtAttrs) -> Vec<String> {
    let mut lines = docs.lines.clone();
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.extend(idl_block(&docs.idl));
    lines.extend(facts(ext_attrs));
    lines
}

/// The value of `[RustName=...]`, if present and usable (checked in the model stage).
fn rust_name_of(ext_attrs: &ExtAttrs) -> Option<String> {
    match &ext_attrs.get("RustName")?.value {
        ExtAttrValue::Identifier(value, _) | ExtAttrValue::String(value) => {
            names::is_ident(value).then(|| value.clone())
        }
        _ => None,
    }
}

struct InterfaceLowering<'a, 'd> {
    interface: &'a Interface,
    names: &'a Names<'a>,
    diagnostics: &'d mut Diagnostics,
    self_type: Ident,
    /// Rust names used so far in the `impl`, with what made each.
    taken: HashMap<String, String>,
    consts: Vec<ConstPlan>,
    functions: Vec<FunctionPlan>,
    items: Vec<TokenStream>,
}

impl<'a, 'd> InterfaceLowering<'a, 'd> {
    fn new(
        interface: &'a Interface,
        names: &'a Names<'a>,
        diagnostics: &'d mut Diagnostics,
    ) -> Self {
        let (rust, span) = names.interface(&interface.name);
        Self::named(interface, names, diagnostics, names::ident(&rust, span))
    }

    /// Lowering for an interface whose Rust type has a name of its own choosing (the hidden
    /// type behind a namespace or a trait).
    fn named(
        interface: &'a Interface,
        names: &'a Names<'a>,
        diagnostics: &'d mut Diagnostics,
        self_type: Ident,
    ) -> Self {
        InterfaceLowering {
            interface,
            names,
            diagnostics,
            self_type,
            taken: HashMap::new(),
            consts: Vec::new(),
            functions: Vec::new(),
            items: Vec::new(),
        }
    }

    fn lower(mut self) -> InterfacePlan {
        // A declared interface is its type only (see `model::select`).
        if self.interface.role != Role::Declare {
            for member in &self.interface.members {
                self.member(member);
            }
        }
        let interface = self.interface;
        let extends: Vec<TokenStream> = interface
            .parent
            .iter()
            .chain(&interface.ancestors)
            .filter(|name| !self.names.stand_ins.contains(&name.idl.as_str()))
            .map(|name| {
                let (rust, span) = self.names.interface(name);
                let ident = names::ident(&rust, span);
                quote!(#ident)
            })
            .collect();
        self.window_aliases();
        let legacy_namespace = self.legacy_namespace().map(|js| {
            let module = names::ident(&names::member_name(&js), Span::call_site());
            (js, module)
        });
        InterfacePlan {
            rust_name: self.self_type,
            js_name: interface.name.idl.clone(),
            docs: interface_docs(interface),
            extends,
            no_interface_object: interface.ext_attrs.has("LegacyNoInterfaceObject")
                || interface.ext_attrs.has("NoInterfaceObject"),
            consts: self.consts,
            functions: self.functions,
            items: self.items,
            hidden: false,
            legacy_namespace,
        }
    }

    /// `[LegacyWindowAlias=A]` (or `=(A, B)`): `pub type A = X;` for each old name.
    fn window_aliases(&mut self) {
        let Some(attribute) = self.interface.ext_attrs.get("LegacyWindowAlias") else {
            return;
        };
        let aliases = match &attribute.value {
            ExtAttrValue::Identifier(name, _) => vec![name.clone()],
            ExtAttrValue::IdentifierList(names) => names.clone(),
            _ => Vec::new(),
        };
        let self_type = &self.self_type;
        for alias in aliases {
            let rust = names::ident(
                &names::type_name(&alias),
                (self.names.span_of)(attribute.loc),
            );
            let doc = format!(
                " `{alias}`: the legacy name of [`{self_type}`] that the global object also \
                 has (`[LegacyWindowAlias]`)."
            );
            self.items.push(quote! {
                #[doc = #doc]
                #[doc(alias = #alias)]
                pub type #rust = #self_type;
            });
        }
    }

    /// CSSOM declares some properties twice, `marginTop` and the dashed `margin-top`: one
    /// property, one Rust name. The camel-case twin is bound; the dashed name is its alias.
    fn has_camel_case_twin(&self, idl: &str) -> bool {
        if !idl.contains('-') {
            return false;
        }
        let camel = idl.to_lower_camel_case();
        (self.interface.members.iter()).any(|m| match &m.kind {
            MemberKind::Attribute { name, .. } => name.idl == camel,
            _ => false,
        })
    }

    /// A static member named like an instance member (Fetch's `Response.json(data)` and
    /// `response.json()`) cannot share its Rust name: the static one is `static_json`.
    fn unclash_static(&self, rust: String, is_static: bool) -> String {
        let instance_has = |rust_name: &str| {
            (self.interface.members.iter()).any(|m| match &m.kind {
                MemberKind::Operation {
                    name,
                    is_static: false,
                    ..
                }
                | MemberKind::Attribute {
                    name,
                    is_static: false,
                    ..
                } => names::member_name(&name.idl) == rust_name,
                _ => false,
            })
        };
        if is_static && instance_has(&rust) {
            format!("static_{}", rust.trim_end_matches('_'))
        } else {
            rust
        }
    }

    fn label(&self, member: &str) -> String {
        format!("{}.{member}", self.interface.name.idl)
    }

    /// Records a Rust name, or reports that two IDL members would both make it.
    fn claim(&mut self, rust: &str, what: String, loc: Loc) -> bool {
        if let Some(first) = self.taken.get(rust) {
            self.diagnostics.error(
                loc,
                format!(
                    "`{}::{rust}` would be generated twice: by {first} and by {what}; give one \
                     of them another name with `[RustName=...]`",
                    self.self_type
                ),
            );
            return false;
        }
        self.taken.insert(rust.to_owned(), what);
        true
    }

    fn lower_type(&mut self, ty: &Type, position: Position, loc: Loc) -> Option<Lowered> {
        let lowering = TypeLowering { paths: self.names };
        self.report(lowering.lower(ty, position), loc)
    }

    /// Lowers an argument that may be left out (see [`TypeLowering::lower_optional`]).
    fn lower_optional(&mut self, ty: &Type, loc: Loc) -> Option<Lowered> {
        let lowering = TypeLowering { paths: self.names };
        self.report(lowering.lower_optional(ty), loc)
    }

    fn report(&mut self, lowered: Result<Lowered, String>, loc: Loc) -> Option<Lowered> {
        match lowered {
            Ok(lowered) => Some(lowered),
            Err(what) => {
                self.diagnostics.error(
                    loc,
                    format!("{what} types are not supported by idlbind yet"),
                );
                None
            }
        }
    }

    fn member(&mut self, member: &Member) {
        match &member.kind {
            MemberKind::Const { name, ty, value } => self.constant(member, name, ty, value),
            MemberKind::Attribute { name, .. } if self.has_camel_case_twin(&name.idl) => {}
            MemberKind::Attribute {
                name,
                ty,
                readonly,
                is_static,
            } => self.attribute(member, name, ty, *readonly, *is_static),
            MemberKind::Operation {
                name,
                ret,
                args,
                is_static,
                ..
            } => {
                let rust = rust_name_of(&member.ext_attrs).unwrap_or_else(|| {
                    let suffix = member.overload_suffix.as_deref().unwrap_or_default();
                    let rust = names::member_name(&format!("{}{suffix}", name.idl));
                    self.unclash_static(rust, *is_static)
                });
                let call = Call {
                    rust,
                    what: match is_static {
                        true => format!("static operation `{}`", name.idl),
                        false => format!("operation `{}`", name.idl),
                    },
                    label: self.label(&name.idl),
                    options: if *is_static {
                        self.static_options(&name.idl)
                    } else {
                        self.method_options(&name.idl)
                    },
                    method: !*is_static,
                    throws: member.ext_attrs.has("Throws"),
                    rejects: None,
                };
                self.operation(member, call, ret, args);
            }
            MemberKind::Constructor { args, factory } => {
                // `[LegacyFactoryFunction=Image(..)]` is `new_image`, calling `new Image(..)`.
                let base = match factory {
                    Some(factory) => format!("new_{}", names::member_name(&factory.idl)),
                    None => "new".to_owned(),
                };
                let rust = rust_name_of(&member.ext_attrs).unwrap_or_else(|| {
                    base + member.overload_suffix.as_deref().unwrap_or_default()
                });
                let js_class = match factory {
                    Some(factory) => &factory.idl,
                    None => &self.interface.name.idl,
                };
                let call = Call {
                    rust,
                    what: match factory {
                        Some(factory) => format!("the legacy factory function `{}`", factory.idl),
                        None => "the constructor".into(),
                    },
                    label: format!("{js_class} constructor"),
                    options: {
                        let namespace = self.namespace_option();
                        quote!(constructor, js_class = #js_class #namespace)
                    },
                    method: false,
                    throws: true,
                    rejects: None,
                };
                let self_type = Type::Interface(self.interface.name.clone());
                self.operation(member, call, &self_type, args);
            }
            MemberKind::Iterable { .. }
            | MemberKind::Maplike { .. }
            | MemberKind::Setlike { .. }
            | MemberKind::Special { .. }
            | MemberKind::Stringifier => self.collection_member(member),
            MemberKind::Unsupported(what) => self.diagnostics.error(
                member.loc,
                format!("{what} are not supported by idlbind yet"),
            ),
        }
    }

    /// The JS namespace object of a `[LegacyNamespace=N]` interface.
    fn legacy_namespace(&self) -> Option<String> {
        match &self.interface.ext_attrs.get("LegacyNamespace")?.value {
            ExtAttrValue::Identifier(namespace, _) => Some(namespace.clone()),
            _ => None,
        }
    }

    /// `js_namespace = N` for the imports that name the class (constructors, statics).
    fn namespace_option(&self) -> TokenStream {
        match self.legacy_namespace() {
            Some(namespace) => quote!(, js_namespace = #namespace),
            None => TokenStream::new(),
        }
    }

    fn method_options(&self, js_name: &str) -> TokenStream {
        let js_class = &self.interface.name.idl;
        quote!(method, js_class = #js_class, js_name = #js_name)
    }

    fn static_options(&self, js_name: &str) -> TokenStream {
        let js_class = &self.interface.name.idl;
        let self_type = &self.self_type;
        let namespace = self.namespace_option();
        quote!(static_method_of = #self_type, js_class = #js_class, js_name = #js_name #namespace)
    }

    fn constant(&mut self, member: &Member, name: &Name, ty: &Type, value: &ConstValue) {
        let rust = rust_name_of(&member.ext_attrs).unwrap_or_else(|| names::const_name(&name.idl));
        if !self.claim(&rust, format!("constant `{}`", name.idl), name.loc) {
            return;
        }
        let Type::Primitive(primitive) = ty else {
            return; // reported by the model's checks
        };
        let Some(lowered) = self.lower_type(ty, Position::Return, name.loc) else {
            return;
        };
        let value = const_value(*primitive, value);
        self.consts.push(ConstPlan {
            name: names::ident(&rust, (self.names.span_of)(name.loc)),
            ty: lowered.public,
            value,
            docs: member_docs(&member.docs, member),
        });
    }

    fn attribute(
        &mut self,
        member: &Member,
        name: &Name,
        ty: &Type,
        readonly: bool,
        is_static: bool,
    ) {
        let rust = rust_name_of(&member.ext_attrs)
            .unwrap_or_else(|| self.unclash_static(names::member_name(&name.idl), is_static));
        let throws = member.ext_attrs.has("Throws");
        let label = self.label(&name.idl);
        let js_name = name.idl.as_str();
        let base = if is_static {
            self.static_options(js_name)
        } else {
            self.method_options(js_name)
        };

        let getter = Call {
            rust: rust.clone(),
            what: format!("attribute `{}`", name.idl),
            label: label.clone(),
            options: quote!(#base, getter),
            method: !is_static,
            throws,
            rejects: None,
        };
        self.operation(member, getter, ty, &[]);
        // `[PutForwards=f] readonly attribute I x`: JS assigns `x.f`, so `set_x` takes `f`'s type.
        let ty = match (readonly, member.ext_attrs.get("PutForwards")) {
            (false, _) => ty.clone(),
            (true, None) => return,
            (true, Some(forwards)) => match self.forwarded_type(ty, &forwards.value) {
                Ok(forwarded) => forwarded,
                Err(message) => return self.diagnostics.error(forwards.loc, message),
            },
        };
        let setter = Call {
            rust: format!("set_{}", rust.trim_end_matches('_')),
            what: format!("the setter of attribute `{}`", name.idl),
            label,
            options: quote!(#base, setter),
            method: !is_static,
            throws,
            rejects: None,
        };
        let value = Argument {
            name: Name {
                idl: "value".into(),
                loc: name.loc,
            },
            ty: ty.clone(),
            optional: false,
            variadic: false,
            ext_attrs: ExtAttrs::default(),
        };
        self.operation(member, setter, &Type::Undefined, &[value]);
        self.callback_attribute_clear(member, name, &ty, &rust, &base);
    }

    /// The type of the attribute `[PutForwards]` names, on the interface `ty` (or an ancestor).
    fn forwarded_type(&self, ty: &Type, forwards: &ExtAttrValue) -> Result<Type, String> {
        let ExtAttrValue::Identifier(target, _) = forwards else {
            return Err("`[PutForwards]` names an attribute: `[PutForwards=name]`".into());
        };
        // HTML's `Window.location` is `Location?`: assigning still forwards to `href`.
        let ty = match ty {
            Type::Nullable(inner) => inner.as_ref(),
            other => other,
        };
        let Type::Interface(interface) = ty else {
            return Err(format!(
                "`[PutForwards={target}]` applies to an attribute of an interface type, not `{}`",
                ty.idl()
            ));
        };
        let mut current = Some(interface.idl.as_str());
        while let Some(name) = current {
            let Some(found) = (self.names.model.interfaces.iter()).find(|i| i.name.idl == name)
            else {
                break;
            };
            let attribute = found.members.iter().find_map(|m| match &m.kind {
                MemberKind::Attribute {
                    name, ty, readonly, ..
                } if name.idl == *target => Some((ty, *readonly)),
                _ => None,
            });
            match attribute {
                Some((ty, false)) => return Ok(ty.clone()),
                Some((_, true)) => {
                    return Err(format!(
                        "`[PutForwards={target}]`: `{name}.{target}` is read-only"
                    ));
                }
                None => current = found.parent.as_ref().map(|p| p.idl.as_str()),
            }
        }
        Err(format!(
            "`[PutForwards={target}]`: idlbind needs the IDL of `{}` to know the type of \
             `{target}`; bind it in this block or refer to it with `#![refer = \"...\"]`",
            interface.idl
        ))
    }

    /// Plans the method for a call (and its `_with` twin when there are optional arguments).
    fn operation(&mut self, member: &Member, mut call: Call, ret: &Type, args: &[Argument]) {
        if matches!(ret, Type::Promise(_)) {
            call.rejects = Some(match (call.throws, js_member(member, args)) {
                (false, Some(js)) => Rejects::InJs(js),
                _ => Rejects::InRust,
            });
        }
        if !self.claim(&call.rust, call.what.clone(), member.loc) {
            return;
        }
        let Some(callbacks) = self.callback_plan(member, &call, args) else {
            return;
        };
        let Some(ret) = self.lower_type(ret, Position::Return, member.loc) else {
            return;
        };
        self.operation_returning(member, call, ret, args, callbacks);
    }

    /// [`operation`](Self::operation) once its name is claimed and its result lowered (the
    /// iterators of `async iterable` return a runtime type that no IDL type names).
    fn operation_returning(
        &mut self,
        member: &Member,
        mut call: Call,
        ret: Lowered,
        args: &[Argument],
        mut callbacks: CallbackPlan,
    ) {
        // Optional arguments before a variadic one must be given to reach it: they are
        // taken as required.
        let variadic = args.last().is_some_and(|a| a.variadic);
        if variadic {
            call.options = {
                let options = &call.options;
                quote!(#options, variadic)
            };
        }
        let first_optional = match variadic {
            true => args.len(),
            false => args.iter().position(|a| a.optional).unwrap_or(args.len()),
        };
        let mut params = Vec::new();
        for (index, argument) in args.iter().enumerate() {
            // An optional nullable argument is `Option<T>`: `None` leaves it out, which Web IDL
            // treats as its default (most often `null` itself).
            let lowered = match (
                callbacks.lowered(index),
                &argument.ty,
                index >= first_optional,
            ) {
                (Some(callback), ..) => Some(callback),
                _ if argument.variadic => {
                    let lowering = TypeLowering { paths: self.names };
                    self.report(lowering.variadic(&argument.ty), argument.name.loc)
                }
                (None, Type::Nullable(inner), true) => {
                    self.lower_optional(inner, argument.name.loc)
                }
                (None, ty, true) => self.lower_optional(ty, argument.name.loc),
                (None, ty, false) => self.lower_type(ty, Position::Param, argument.name.loc),
            };
            let Some(lowered) = lowered else {
                return;
            };
            let lowered =
                callbacks.keep(index, index >= first_optional, argument.variadic, lowered);
            let rust = rust_name_of(&argument.ext_attrs)
                .unwrap_or_else(|| names::member_name(&argument.name.idl));
            params.push(Param {
                name: names::ident(&rust, Span::call_site()),
                lowered,
            });
        }
        let (required, optional) = params.split_at(first_optional);
        let all_params = params.as_slice();

        let imports: Vec<ImportPlan> = (0..=optional.len())
            .map(|present| {
                self.import(
                    &call,
                    required,
                    &optional[..present],
                    present,
                    optional.len(),
                    &ret,
                )
            })
            .collect();
        let docs = member_docs(&member.docs, member);
        let mut with_optional = None;
        let with = format!("{}_with", call.rust.trim_end_matches('_'));
        let what = format!("{} (with its optional arguments)", call.what);
        if !optional.is_empty() && self.claim(&with, what, member.loc) {
            let mut params: Vec<_> = required.iter().map(Param::public).collect();
            let mut borrows = false;
            params.extend(optional.iter().map(|p| {
                // `impl Trait` arguments cannot elide lifetimes: name the borrow `'a`.
                let (public, borrowed) = name_borrows(&p.lowered.public);
                borrows |= borrowed;
                let ty = quote!(impl ::std::convert::Into<::std::option::Option<#public>>);
                (p.name.clone(), ty)
            }));
            let mut with_docs = vec![optional_arguments_sentence(&call.rust), String::new()];
            with_docs.extend(docs.iter().cloned());
            let mut function = FunctionPlan {
                name: names::ident(&with, (self.names.span_of)(member.loc)),
                docs: with_docs,
                generics: borrows.then(|| quote!('a)).into_iter().collect(),
                method: call.method,
                params,
                ret: return_type(&call, &ret),
                body: self.optional_dispatch(&call, &imports, required, optional, &ret),
                imports: Vec::new(),
            };
            callbacks.apply(&mut function, all_params, call.throws, &ret);
            with_optional = Some(function);
        }
        let mut imports = imports;
        let mut body = self.call_body(&call, &imports[0].name, required, &[], &ret);
        if let Some((str_body, str_import)) = self.string_member_call(&call, args, required, &ret) {
            body = quote!(#str_body else { #body });
            imports.push(str_import);
        }
        let mut function = FunctionPlan {
            name: names::ident(&call.rust, (self.names.span_of)(member.loc)),
            docs,
            generics: Vec::new(),
            method: call.method,
            params: required.iter().map(Param::public).collect(),
            ret: return_type(&call, &ret),
            body,
            imports,
        };
        function.imports.extend(callbacks.unregister_imports(&ret));
        callbacks.apply(&mut function, required, call.throws, &ret);
        self.functions.push(function);
        self.functions.extend(with_optional);
    }

    /// A union argument with a `DOMString` or `USVString` member (`fillStyle = "red"`): a
    /// second import takes that member as `&str`, so a string is passed as a hand-written
    /// binding passes it (one crossing) rather than made into a `JsValue` first. The start of
    /// the body (an `if let` on the union, to be followed by `else` and the general call) and
    /// the import. Only for a function with one such required argument and no callbacks.
    fn string_member_call(
        &self,
        call: &Call,
        args: &[Argument],
        required: &[Param],
        ret: &Lowered,
    ) -> Option<(TokenStream, ImportPlan)> {
        if args
            .iter()
            .any(|a| a.variadic || self.names.holds_callback(&a.ty))
        {
            return None;
        }
        let string_member = |ty: &Type| {
            let Type::Union(members, _) = ty else {
                return None;
            };
            let (members, nullable) = types::flatten_union(members);
            let member = members
                .into_iter()
                .find(|m| matches!(m, Type::DomString | Type::UsvString))?;
            (!nullable).then_some(member)
        };
        let mut found =
            (args.iter().zip(required).enumerate()).filter_map(|(index, (arg, param))| {
                string_member(&arg.ty)?;
                Some((index, &arg.ty, param))
            });
        let (index, union_ty, param) = found.next()?;
        if found.next().is_some() || !matches!(param.lowered.conversion, Conversion::ToJs { .. }) {
            return None;
        }
        let union = TypeLowering { paths: self.names }.owned(union_ty).ok()?;
        let mut str_params = required.to_vec();
        str_params[index].lowered = Lowered {
            public: quote!(&str),
            import: quote!(&str),
            conversion: Conversion::None,
        };
        let mut import = self.import(call, &str_params, &[], 0, 0, ret);
        import.name = format_ident!("{}__str", import.name);
        let str_call = self.call_body(call, &import.name, &str_params, &[], ret);
        let name = &param.name;
        let head = quote! {
            if let ::std::option::Option::Some(#name) =
                ::idlbind::UnionArgument::<#union>::__as_str(&#name)
            {
                #str_call
            }
        };
        Some((head, import))
    }

    /// The import taking the required arguments and the first `present` optional ones.
    fn import(
        &self,
        call: &Call,
        required: &[Param],
        optional: &[Param],
        present: usize,
        optional_count: usize,
        ret: &Lowered,
    ) -> ImportPlan {
        let base = call.rust.trim_end_matches('_');
        // A JavaScript function of the block's is a free function: named by its type as well.
        let base = match &call.rejects {
            Some(Rejects::InJs(_)) => format!(
                "{}__{base}",
                self.self_type.to_string().trim_start_matches("r#")
            ),
            _ => base.to_owned(),
        };
        let name = match optional_count {
            0 => format_ident!("__idl_{}", base),
            _ => format_ident!("__idl_{}_{}", base, present),
        };
        let mut params: Vec<_> = required.iter().map(|p| p.lowered.import.clone()).collect();
        for (index, param) in optional.iter().enumerate() {
            let import = &param.lowered.import;
            // Arguments before the last one present may be absent: `undefined` in JS.
            let ty = if index + 1 < present {
                quote!(::std::option::Option<#import>)
            } else {
                quote!(#import)
            };
            params.push(ty);
        }
        let (ret, exceptions) = match &call.rejects {
            Some(Rejects::InJs(member)) => (
                quote!(::idlbind::__private::js_sys::Promise),
                Exceptions::Rejected(member.clone()),
            ),
            rejects => (
                ret.import.clone(),
                Exceptions::expected_if(call.throws || rejects.is_some()),
            ),
        };
        ImportPlan {
            name,
            options: call.options.clone(),
            method: call.method,
            params,
            ret,
            exceptions,
        }
    }

    /// The body of a function calling `import` with converted arguments.
    fn call_body(
        &self,
        call: &Call,
        import: &Ident,
        required: &[Param],
        optional: &[(&Param, bool)],
        ret: &Lowered,
    ) -> TokenStream {
        let label = &call.label;
        let given = required
            .iter()
            .map(|p| (p, p.lowered.conversion.clone()))
            .chain(optional.iter().map(|(param, maybe_absent)| {
                let conversion = match maybe_absent {
                    true => Conversion::Nullable(Box::new(param.lowered.conversion.clone())),
                    false => param.lowered.conversion.clone(),
                };
                (*param, conversion)
            }));
        // Converted arguments are bound first, views into wasm memory last: nothing may
        // allocate between making a view and the call.
        let (mut early, mut late) = (TokenStream::new(), TokenStream::new());
        let mut args = Vec::new();
        for (param, conversion) in given {
            let name = &param.name;
            args.push(name);
            if conversion.is_identity(Position::Param) {
                continue;
            }
            if !conversion.is_late() {
                let converted = Moved::new(conversion.apply(quote!(#name), Position::Param, label));
                early.extend(quote!(let #name = #converted;));
                continue;
            }
            // A view of a value taken by value (a `Vec`, an array) must not outlive it: the
            // value is kept here until the call returns, and the view made of a borrow.
            let kept = format_ident!("__kept_{}", name);
            let borrowed = match conversion {
                Conversion::Nullable(_) | Conversion::Null(_) => {
                    quote!(::std::option::Option::as_ref(&#kept))
                }
                _ => quote!(&#kept),
            };
            let converted = Moved::new(conversion.apply(borrowed, Position::Param, label));
            late.extend(quote!(let #kept = #name; let #name = #converted;));
        }
        let invoke = match (&call.rejects, call.method) {
            (Some(Rejects::InJs(_)), _) => quote!(#import(self, #(#args),*)),
            (_, true) => quote!(self.#import(#(#args),*)),
            (_, false) => quote!(Self::#import(#(#args),*)),
        };
        let identity = ret.conversion.is_identity(Position::Return);
        let invoke = Moved::new(invoke);
        let result = if call.throws {
            if identity {
                quote!(::idlbind::__private::throws(#invoke))
            } else {
                let converted =
                    Moved::new(ret.conversion.apply(quote!(value), Position::Return, label));
                quote!(::idlbind::__private::throws(#invoke).map(|value| #converted))
            }
        } else if let Some(Rejects::InJs(_)) = call.rejects {
            quote!(::idlbind::Promise::from_js_promise(#invoke))
        } else if call.rejects.is_some() {
            let converted =
                Moved::new(ret.conversion.apply(quote!(value), Position::Return, label));
            quote! {
                match #invoke {
                    ::std::result::Result::Ok(value) => #converted,
                    ::std::result::Result::Err(error) => {
                        ::idlbind::Promise::reject(::idlbind::JsError::from(error))
                    }
                }
            }
        } else {
            let value = quote!(::idlbind::__private::no_throw!(#invoke, #label));
            ret.conversion.apply(value, Position::Return, label)
        };
        let mut body = early;
        append(&mut body, late);
        append(&mut body, result);
        body
    }

    /// `foo_with`: calls the import that takes exactly the arguments up to the last one given.
    fn optional_dispatch(
        &self,
        call: &Call,
        imports: &[ImportPlan],
        required: &[Param],
        optional: &[Param],
        ret: &Lowered,
    ) -> TokenStream {
        let conversions = optional.iter().map(|p| {
            let name = &p.name;
            quote!(let #name = ::std::convert::Into::into(#name);)
        });
        let mut chain = self.call_body(call, &imports[0].name, required, &[], ret);
        for present in 1..=optional.len() {
            let last = &optional[present - 1].name;
            let given: Vec<(&Param, bool)> = optional[..present]
                .iter()
                .enumerate()
                .map(|(index, p)| (p, index + 1 < present))
                .collect();
            let branch =
                Moved::new(self.call_body(call, &imports[present].name, required, &given, ret));
            let previous = Moved::new(chain);
            chain = quote!(if let ::std::option::Option::Some(#last) = #last { #branch } else { #previous });
        }
        let mut body: TokenStream = conversions.collect();
        append(&mut body, chain);
        body
    }
}

struct Call {
    rust: String,
    /// The IDL member, as a message names it.
    what: String,
    /// The IDL member, as a panic message names it: `Node.appendChild`.
    label: String,
    options: TokenStream,
    method: bool,
    throws: bool,
    /// Returns a promise: an exception becomes a rejected promise, as Web IDL says, rather
    /// than a panic.
    rejects: Option<Rejects>,
}

/// Where a member returning a promise turns a JavaScript exception into a rejected promise.
#[derive(Clone)]
enum Rejects {
    /// In Rust: the import has `catch`, and an `Err` becomes `Promise::reject`.
    InRust,
    /// In the import itself, a small JavaScript function that calls the member and gives
    /// `Promise.resolve` of its result, or a promise rejected with what it threw: one call
    /// into JavaScript, without wasm-bindgen's `catch` shim (a `Function.prototype.apply`) or
    /// a second call for `Promise.resolve`.
    InJs(JsMember),
}

/// How the JavaScript function of a [`Rejects::InJs`] import reaches its member on `this`.
#[derive(Clone)]
pub enum JsMember {
    /// `this[name](..)`; the last argument is spread when `variadic`.
    Method { name: String, variadic: bool },
    /// `this[name]`.
    Getter(String),
}

impl JsMember {
    /// The function `name` taking `this` and `arguments` arguments, as inline JavaScript.
    pub fn function(&self, name: &Ident, arguments: usize) -> String {
        let params: Vec<String> = (0..arguments).map(|index| format!("a{index}")).collect();
        let access = match self {
            // IDL names are ASCII identifiers: their Rust quoting is JavaScript's too.
            JsMember::Getter(member) => format!("o[{member:?}]"),
            JsMember::Method { name, variadic } => {
                let mut args = params.clone();
                if let (true, Some(last)) = (*variadic, args.last_mut()) {
                    *last = format!("...{last}");
                }
                format!("o[{name:?}]({})", args.join(","))
            }
        };
        let mut signature = vec!["o".to_owned()];
        signature.extend(params);
        format!(
            "export function {name}({}){{try{{return Promise.resolve({access})}}catch(e){{return Promise.reject(e)}}}}",
            signature.join(",")
        )
    }
}

#[derive(Clone)]
struct Param {
    name: Ident,
    lowered: Lowered,
}

impl Param {
    fn public(&self) -> (Ident, TokenStream) {
        (self.name.clone(), self.lowered.public.clone())
    }
}

/// How JavaScript reaches `member` on an instance, for a [`Rejects::InJs`] import: regular
/// operations and attributes; `None` for static members and the members of declarations.
fn js_member(member: &Member, args: &[Argument]) -> Option<JsMember> {
    match &member.kind {
        MemberKind::Operation {
            name,
            is_static: false,
            ..
        } => Some(JsMember::Method {
            name: name.idl.clone(),
            variadic: args.last().is_some_and(|a| a.variadic),
        }),
        MemberKind::Attribute {
            name,
            is_static: false,
            ..
        } => Some(JsMember::Getter(name.idl.clone())),
        _ => None,
    }
}

/// Gives every `&` of a type the lifetime `'a`; says whether there was one.
fn name_borrows(ty: &TokenStream) -> (TokenStream, bool) {
    let mut found = false;
    let mut out = Vec::new();
    let mut tokens = ty.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == '&' => {
                out.push(TokenTree::Punct(punct));
                let named =
                    matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '\'');
                if !named {
                    found = true;
                    out.extend(quote!('a));
                }
            }
            TokenTree::Group(group) => {
                let (inner, inner_found) = name_borrows(&group.stream());
                found |= inner_found;
                let mut new_group = Group::new(group.delimiter(), inner);
                new_group.set_span(group.span());
                out.push(TokenTree::Group(new_group));
            }
            other => out.push(other),
        }
    }
    (out.into_iter().collect(), found)
}

/// The public return type (`()` is left unwritten).
fn return_type(call: &Call, ret: &Lowered) -> Returns {
    let public = &ret.public;
    if call.throws {
        Returns::Throws(public.clone())
    } else if is_unit(public) {
        Returns::Nothing
    } else {
        Returns::Value(public.clone())
    }
}

/// Whether a type is `()`.
fn is_unit(ty: &TokenStream) -> bool {
    let mut tokens = ty.clone().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Group(group)), None) => match group.delimiter() {
            proc_macro2::Delimiter::Parenthesis => group.stream().is_empty(),
            _ => group.to_string() == "()",
        },
        _ => false,
    }
}

fn const_value(primitive: Primitive, value: &ConstValue) -> TokenStream {
    let float = matches!(
        primitive,
        Primitive::Float
            | Primitive::UnrestrictedFloat
            | Primitive::Double
            | Primitive::UnrestrictedDouble
    );
    let float_type = match primitive {
        Primitive::Float | Primitive::UnrestrictedFloat => quote!(f32),
        _ => quote!(f64),
    };
    match value {
        ConstValue::Boolean(b) => quote!(#b),
        ConstValue::Integer(i) if float => {
            let literal = Literal::f64_unsuffixed(*i as f64);
            quote!(#literal)
        }
        ConstValue::Integer(i) => {
            let literal = Literal::i128_unsuffixed(*i);
            quote!(#literal)
        }
        ConstValue::Float(f) if f.is_nan() => quote!(#float_type::NAN),
        ConstValue::Float(f) if *f == f64::INFINITY => quote!(#float_type::INFINITY),
        ConstValue::Float(f) if *f == f64::NEG_INFINITY => quote!(#float_type::NEG_INFINITY),
        ConstValue::Float(f) => {
            let literal = Literal::f64_unsuffixed(*f);
            quote!(#literal)
        }
        ConstValue::Null => quote!(()),
    }
}

/// Rustdoc for an interface: its IDL doc comments, the IDL header, and the facts its
/// extended attributes state.
fn interface_docs(interface: &Interface) -> Vec<String> {
    let mut docs = interface.docs.lines.clone();
    if !docs.is_empty() {
        docs.push(String::new());
    }
    docs.extend(idl_block(&interface.docs.idl));
    docs.extend(facts(&interface.ext_attrs));
    if interface.role == Role::Declare {
        docs.push(String::new());
        docs.push(format!(
            "Only the type is bound here, as the members of this block mention it: name \
             `{}` in the block's `use` list to bind its members.",
            interface.name.idl
        ));
    }
    if interface.members_listed {
        docs.push(String::new());
        docs.push(format!(
            "Only the members named in the block's `use` list (`{0}::{{..}}`) are bound here: \
             name `{0}` alone to bind them all.",
            interface.name.idl
        ));
    }
    docs
}

fn member_docs(written: &Docs, member: &Member) -> Vec<String> {
    let mut docs = written.lines.clone();
    if !docs.is_empty() {
        docs.push(String::new());
    }
    docs.extend(idl_block(&written.idl));
    if let Some(mixin) = &member.mixin {
        docs.push(String::new());
        docs.push(format!("From the interface mixin `{mixin}`."));
    }
    if member.ext_attrs.has("Throws") {
        docs.extend(ERRORS_SECTION.map(str::to_owned));
    }
    docs.extend(facts(&member.ext_attrs));
    docs
}

/// The rustdoc section of a member marked `[Throws]`, after its IDL (the runtime's `methods!`
/// writes it for the members it is the last part of).
pub(crate) const ERRORS_SECTION: [&str; 4] = [
    "",
    "# Errors",
    "",
    "Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).",
];

/// The first line of the rustdoc of `base_with` (the runtime's `methods!` writes it).
pub(crate) fn optional_arguments_sentence(base: &str) -> String {
    format!(
        "[`{base}`](Self::{base}) with its optional arguments: each is an `Option`, and `None` \
         leaves it out (JavaScript sees it as not passed)."
    )
}

fn idl_block(idl: &str) -> Vec<String> {
    let mut lines = vec!["```webidl".to_owned()];
    lines.extend(idl.lines().map(str::to_owned));
    lines.push("```".into());
    lines
}

/// `[Exposed]` and `[SecureContext]` as sentences.
fn facts(ext_attrs: &ExtAttrs) -> Vec<String> {
    let mut facts = Vec::new();
    if ext_attrs.has("Exposed") {
        let globals = ext_attrs.exposure().unwrap_or_default().join(", ");
        facts.push(format!("Exposed in: {globals}."));
    }
    if ext_attrs.has("SecureContext") {
        facts.push("Only in secure contexts (HTTPS, localhost).".into());
    }
    if !facts.is_empty() {
        facts.insert(0, String::new());
    }
    facts
}
