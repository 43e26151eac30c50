//! `idlbind manifest`: every JavaScript object and property the generated glue reaches, read
//! back from the generated code itself, as JSON.
//!
//! The expectations come from what the code does, not from the IDL: the manifest walks the
//! `#[wasm_bindgen(..)]` attributes of the generated `extern` blocks and the calls of the
//! runtime's helpers, and says, for each lookup, where JavaScript must find what:
//!
//! - an imported type `#[wasm_bindgen(js_name = "X", js_namespace = "N")]` with a checked
//!   conversion tests `instanceof N.X`: **interface** `N.X` (none for `is_type_of`, which
//!   `[LegacyNoInterfaceObject]` interfaces get);
//! - `constructor, js_class = "X"` calls `new X(..)`: **constructor** `X`;
//! - `method` with `this: &T` reads `this.name` (wasm-bindgen's imports are structural):
//!   **operation** or **attribute** (`getter`, `setter`) `name` on the prototype of every
//!   class `this` can be: `T`'s, or for a mixin's or an extension's hidden type the types
//!   implementing its trait. A member of a `[Global]` interface is looked up on the global
//!   object (as the free functions do, through `js_sys::global()`), a `[LegacyUnforgeable]`
//!   one on instances (both are own properties of instances in Web IDL);
//! - `static_method_of = T, js_class = "X"` reads `X.name`: **static**, or **namespace** when
//!   `T` is the hidden type of a namespace module;
//! - a constant `impl T { const NAME: .. = V; }` is a Rust value: JavaScript's `X.NAME` (and
//!   `X.prototype.NAME`) must be the same value;
//! - the runtime's helpers named by the code: `for_each(this, "X.forEach", ..)`,
//!   `stringify(this, "X.toString")`, `reset_attribute(this, "onx", ..)` (an attribute guard's
//!   unregister step; `removeX` and `clearX` steps are imports, above).
//!
//! The model (from the same pipeline run) only says which IDL file defines each definition
//! and member (the spec a lookup is counted under), where Web IDL puts a member
//! (`[Global]`, `[LegacyUnforgeable]`) and where an interface is exposed.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use idlbind_codegen::model::{ExtAttrs, Member, MemberKind, Model};
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Expr, Lit, Meta, Token, UnOp};

/// The manifest of `code`, generated from `model`; `files[i]` names the IDL file of source `i`.
pub fn manifest(code: TokenStream, model: &Model, files: &[String]) -> Result<String, String> {
    Ok(render(&lookups(code, model)?, files))
}

/// The lookups of `code`, each with whether its IDL declares the member as the glue uses it.
fn lookups(code: TokenStream, model: &Model) -> Result<Vec<(Lookup, Option<bool>)>, String> {
    let file = syn::parse2::<syn::File>(code)
        .map_err(|e| format!("the generated code does not parse: {e}"))?;
    let mut code = Code::default();
    code.items(&file.items, &[]);
    Ok(code.lookups(&Index::new(model)))
}

// ---------------------------------------------------------------------------------------------
// Reading the generated code

/// A Rust type's place: its module path (`""` at the root, `"css"`) and its name.
type TypeKey = (String, String);

/// An imported type: `#[wasm_bindgen(js_name = .., js_namespace = .., is_type_of = ..)]`.
struct TypeInfo {
    js_name: String,
    js_namespace: Vec<String>,
    /// `is_type_of` given: casts test for an object, not `instanceof`.
    no_interface_object: bool,
    /// The IDL header in the type's rustdoc starts with `namespace`.
    namespace: bool,
}

#[derive(Default)]
struct Options {
    method: bool,
    constructor: bool,
    getter: bool,
    setter: bool,
    static_method_of: Option<String>,
    js_class: Option<String>,
    js_name: Option<String>,
    js_namespace: Vec<String>,
}

/// One `fn` of an `extern` block.
struct Import {
    module: String,
    name: String,
    options: Options,
    /// The type of `this` for a method.
    this: Option<String>,
    /// The type the `extern` block declares (a constructor's class).
    block_type: Option<String>,
}

/// A constant of an inherent `impl`, or of a callback interface's module.
struct Constant {
    /// The type the `impl` is for (`None`: the callback interface `js_class`).
    owner: Option<TypeKey>,
    js_class: Option<String>,
    name: String,
    value: ConstValue,
    rust: String,
}

#[derive(Clone, Debug, PartialEq)]
enum ConstValue {
    Number(f64),
    Bool(bool),
}

/// A runtime helper called with a member's name: `reset_attribute(this, "onx", ..)`.
struct HelperCall {
    owner: TypeKey,
    member: String,
    kind: Kind,
    rust: String,
}

#[derive(Default)]
struct Code {
    types: HashMap<TypeKey, TypeInfo>,
    imports: Vec<Import>,
    constants: Vec<Constant>,
    helpers: Vec<HelperCall>,
    /// Trait name → the types `impl Trait for T {}` names.
    implementors: HashMap<String, Vec<TypeKey>>,
    /// Hidden type behind a trait (`__ParentNodeMembers`) → the trait.
    hidden_of_trait: HashMap<TypeKey, String>,
    /// Types whose methods the free functions call on `js_sys::global()`.
    globals: BTreeSet<TypeKey>,
    /// Types whose `FromJs` is a checked cast (`dyn_into`: `instanceof`).
    checked_casts: BTreeSet<TypeKey>,
    /// An import (module, type, name) → the public functions (`Type::fn`) whose bodies call it.
    callers: HashMap<(String, String, String), Vec<String>>,
}

impl Code {
    fn items(&mut self, items: &[syn::Item], module: &[String]) {
        let path = module.join("::");
        // The type of the last extern block: an interface's `unexpected_imports!` follows it.
        let mut last_type = None;
        for item in items {
            match item {
                syn::Item::ForeignMod(block) if has_wasm_bindgen(&block.attrs) => {
                    last_type = self.foreign(block, &path, None)
                }
                syn::Item::Impl(block) => self.implementation(block, &path),
                syn::Item::Macro(call) => {
                    if let Some(declared) = self.skeleton(&call.mac, &path, last_type.clone()) {
                        last_type = Some(declared);
                    }
                }
                syn::Item::Trait(definition) => {
                    // A mixin's or an extension's trait: its methods see `self` as its hidden
                    // type (`let this: &__ParentNodeMembers = ..`), its constants are the
                    // hidden type's (`const X: u16 = __ParentNodeMembers::X;`).
                    let tokens = definition.to_token_stream();
                    let from_const = definition.items.iter().find_map(|item| match item {
                        syn::TraitItem::Const(c) => match &c.default {
                            Some((_, Expr::Path(p))) if p.path.segments.len() == 2 => {
                                Some(p.path.segments[0].ident.to_string())
                            }
                            _ => None,
                        },
                        _ => None,
                    });
                    if let Some(hidden) = let_this_type(&tokens).or(from_const) {
                        self.hidden_of_trait
                            .insert((path.clone(), hidden), definition.ident.to_string());
                    }
                }
                syn::Item::Fn(function) => {
                    let tokens = function.to_token_stream();
                    if mentions_global(&tokens)
                        && let Some(ty) = let_this_type(&tokens)
                    {
                        self.globals.insert(self.resolve(&path, &ty));
                    }
                }
                syn::Item::Mod(inner) => {
                    let Some((_, content)) = &inner.content else {
                        continue;
                    };
                    let mut module = module.to_vec();
                    module.push(inner.ident.to_string());
                    if let Some(js_class) = callback_constants_of(&docs(&inner.attrs)) {
                        self.callback_constants(content, &js_class, &module.join("::"));
                    }
                    self.items(content, &module);
                }
                _ => {}
            }
        }
    }

    /// The imports and the type of a `#[wasm_bindgen] extern` block; `block_type` for a block
    /// declaring none (the imports of that type written apart). Gives the block's type.
    fn foreign(
        &mut self,
        block: &syn::ItemForeignMod,
        module: &str,
        block_type: Option<String>,
    ) -> Option<String> {
        let declared = block.items.iter().find_map(|item| match item {
            syn::ForeignItem::Type(ty) => Some(ty.ident.to_string()),
            _ => None,
        });
        let block_type = declared.or(block_type);
        for item in &block.items {
            match item {
                syn::ForeignItem::Type(ty) => {
                    let options = wasm_bindgen_metas(&ty.attrs);
                    let mut info = TypeInfo {
                        js_name: ty.ident.to_string(),
                        js_namespace: Vec::new(),
                        no_interface_object: false,
                        namespace: idl_header(&docs(&ty.attrs)).is_some_and(declares_namespace),
                    };
                    for meta in options {
                        match (meta_name(&meta).as_str(), &meta) {
                            ("js_name", Meta::NameValue(nv)) => {
                                if let Some(value) = expr_str(&nv.value) {
                                    info.js_name = value;
                                }
                            }
                            ("js_namespace", Meta::NameValue(nv)) => {
                                info.js_namespace = expr_namespace(&nv.value)
                            }
                            ("is_type_of", _) => info.no_interface_object = true,
                            _ => {}
                        }
                    }
                    self.types
                        .insert((module.to_owned(), ty.ident.to_string()), info);
                }
                syn::ForeignItem::Fn(function) => {
                    let metas = wasm_bindgen_metas(&function.attrs);
                    if metas.is_empty() {
                        continue;
                    }
                    let mut options = Options::default();
                    for meta in metas {
                        let value = match &meta {
                            Meta::NameValue(nv) => Some(&nv.value),
                            _ => None,
                        };
                        match meta_name(&meta).as_str() {
                            "method" => options.method = true,
                            "constructor" => options.constructor = true,
                            // `getter = "name"` (a structural read of a plain object, as the
                            // dictionaries' readers do) names its property itself.
                            "getter" if value.is_none() => options.getter = true,
                            "setter" if value.is_none() => options.setter = true,
                            "static_method_of" => {
                                options.static_method_of = value.and_then(expr_ident)
                            }
                            "js_class" => options.js_class = value.and_then(expr_str),
                            "js_name" => options.js_name = value.and_then(expr_str),
                            "js_namespace" => {
                                options.js_namespace = value.map(expr_namespace).unwrap_or_default()
                            }
                            _ => {}
                        }
                    }
                    let this = function.sig.inputs.first().and_then(|input| match input {
                        syn::FnArg::Typed(arg) => match (&*arg.pat, &*arg.ty) {
                            (syn::Pat::Ident(name), syn::Type::Reference(r))
                                if name.ident == "this" =>
                            {
                                type_ident(&r.elem)
                            }
                            _ => None,
                        },
                        syn::FnArg::Receiver(_) => None,
                    });
                    self.imports.push(Import {
                        module: module.to_owned(),
                        name: function.sig.ident.to_string(),
                        options,
                        this,
                        block_type: block_type.clone(),
                    });
                }
                _ => {}
            }
        }
        block_type
    }

    /// A call of one of the runtime's skeleton macros (`runtime/src/skeletons.rs`): what its
    /// expansion holds that this manifest reads. Gives the type it declares, if any.
    fn skeleton(
        &mut self,
        call: &syn::Macro,
        module: &str,
        block_type: Option<String>,
    ) -> Option<String> {
        let name = call.path.segments.last()?.ident.to_string();
        let tokens = &call.tokens;
        match name.as_str() {
            // An interface's type and its imports: read as the blocks it expands to.
            "imports" => {
                let (declared, unexpected, convert) = imports_blocks(tokens.clone())?;
                let declared = self.foreign(&declared, module, None);
                if let Some(unexpected) = unexpected {
                    self.foreign(&unexpected, module, declared.clone());
                }
                // `convert`: its `FromJs` is a checked cast (`instanceof`).
                if let (true, Some(ty)) = (convert, &declared) {
                    let owner = self.resolve(module, ty);
                    self.checked_casts.insert(owner);
                }
                return declared;
            }
            // Imports written once, in their release form: the debug form makes the same
            // lookups.
            "unexpected_imports" => {
                let tokens = import_items(tokens.clone());
                let block = quote::quote!(#[wasm_bindgen] extern "C" { #tokens });
                if let Ok(block) = syn::parse2::<syn::ItemForeignMod>(block) {
                    self.foreign(&block, module, block_type);
                }
            }
            // An interface's inherent `impl`: its constants and the imports its members call.
            "methods" => {
                if let Some(block) = methods_impl(tokens.clone()) {
                    self.implementation(&block, module);
                }
            }
            _ => {}
        }
        None
    }

    fn implementation(&mut self, block: &syn::ItemImpl, module: &str) {
        let Some(self_type) = type_ident(&block.self_ty) else {
            return;
        };
        let owner = self.resolve(module, &self_type);
        if let Some((trait_path, _)) = &block.trait_
            && block.items.is_empty()
            && block.generics.params.is_empty()
            && let Some(last) = trait_path.segments.last()
        {
            (self.implementors.entry(last.ident.to_string()).or_default()).push(owner.clone());
        }
        if let Some((trait_path, _)) = &block.trait_
            && trait_path
                .segments
                .last()
                .is_some_and(|s| s.ident == "FromJs")
            && calls(&block.to_token_stream(), "dyn_into")
        {
            self.checked_casts.insert(owner.clone());
        }
        let display = display_name(module, &self_type);
        for item in &block.items {
            match item {
                syn::ImplItem::Const(constant) if block.trait_.is_none() => {
                    let Some(value) = const_value(&constant.expr, &constant.ty) else {
                        continue;
                    };
                    let rust = constant.ident.to_string();
                    self.constants.push(Constant {
                        owner: Some(owner.clone()),
                        js_class: None,
                        name: const_idl_name(&docs(&constant.attrs)).unwrap_or(rust.clone()),
                        value,
                        rust: format!("{display}::{rust}"),
                    });
                }
                syn::ImplItem::Fn(function) => {
                    let rust = format!("{display}::{}", function.sig.ident);
                    let body = function.to_token_stream();
                    for import in import_calls(&body) {
                        let key = (module.to_owned(), self_type.clone(), import);
                        self.callers.entry(key).or_default().push(rust.clone());
                    }
                    for (helper, member) in helper_calls(&body) {
                        let (kind, member) = match helper.as_str() {
                            "reset_attribute" => (Kind::Attribute { setter: true }, member),
                            // The label is `Interface.member`.
                            "for_each" | "stringify" => match member.rsplit_once('.') {
                                Some((_, member)) => (Kind::Operation, member.to_owned()),
                                None => continue,
                            },
                            _ => continue,
                        };
                        self.helpers.push(HelperCall {
                            owner: owner.clone(),
                            member,
                            kind,
                            rust: rust.clone(),
                        });
                    }
                }
                _ => {}
            }
        }
    }

    fn callback_constants(&mut self, items: &[syn::Item], js_class: &str, module: &str) {
        for item in items {
            let syn::Item::Const(constant) = item else {
                continue;
            };
            let Some(value) = const_value(&constant.expr, &constant.ty) else {
                continue;
            };
            let rust = constant.ident.to_string();
            self.constants.push(Constant {
                owner: None,
                js_class: Some(js_class.to_owned()),
                name: const_idl_name(&docs(&constant.attrs)).unwrap_or(rust.clone()),
                value,
                rust: format!("{module}::{rust}"),
            });
        }
    }

    /// The type a name means in `module`: one of its own, else one of the root (every
    /// generated module starts with `use super::*;`).
    fn resolve(&self, module: &str, name: &str) -> TypeKey {
        let local = (module.to_owned(), name.to_owned());
        if module.is_empty() || self.types.contains_key(&local) {
            return local;
        }
        (String::new(), name.to_owned())
    }

    /// The classes whose instances a method of `ty` is called on: `ty`'s, or those of the
    /// types implementing the trait `ty` is the hidden type of.
    fn receivers(&self, ty: &TypeKey) -> Vec<TypeKey> {
        match self.hidden_of_trait.get(ty) {
            Some(name) => self.implementors.get(name).cloned().unwrap_or_default(),
            None => vec![ty.clone()],
        }
    }

    fn lookups(&self, index: &Index) -> Vec<(Lookup, Option<bool>)> {
        let mut out = Lookups::default();
        // Interface objects, for the checked casts (`instanceof`) of `FromJs`; namespace
        // objects, whose members the namespace's module calls.
        for (key, info) in &self.types {
            let kind = match (info.namespace, self.checked_casts.contains(key)) {
                (true, _) => Kind::Namespace,
                (false, true) if !info.no_interface_object => Kind::Interface,
                _ => continue,
            };
            let name = &info.js_name;
            let place = Place::Global;
            let mut path = info.js_namespace.clone();
            path.push(name.clone());
            let lookup = Lookup::new(index, name, None, kind, place, path);
            out.add(lookup, display_name(&key.0, &key.1));
        }
        for import in &self.imports {
            let Some(js_class) = &import.options.js_class else {
                continue; // a structural read of a dictionary, an indexed property
            };
            let options = &import.options;
            let key = (
                import.module.clone(),
                import.block_type.clone().unwrap_or_default(),
                import.name.clone(),
            );
            let callers = self.callers.get(&key).cloned().unwrap_or_default();
            let mut path = options.js_namespace.clone();
            path.push(js_class.clone());
            if options.constructor {
                // `[LegacyFactoryFunction=Image]` is `new Image(..)` of `HTMLImageElement`.
                let definition = (import.block_type.as_ref())
                    .and_then(|ty| self.types.get(&self.resolve(&import.module, ty)))
                    .map_or(js_class.clone(), |t| t.js_name.clone());
                let place = match options.js_namespace.is_empty() {
                    true => Place::Global,
                    false => Place::Namespace,
                };
                let mut lookup =
                    Lookup::new(index, &definition, None, Kind::Constructor, place, path);
                lookup.interface = js_class.clone();
                out.add_all(lookup, &callers);
                continue;
            }
            let Some(member) = &options.js_name else {
                continue;
            };
            let kind = match (options.getter, options.setter) {
                (false, false) => Kind::Operation,
                (_, setter) => Kind::Attribute { setter },
            };
            if let Some(owner) = &options.static_method_of {
                let owner = self.resolve(&import.module, owner);
                let place = match self.types.get(&owner).is_some_and(|t| t.namespace) {
                    true => Place::Namespace,
                    false => Place::Static,
                };
                let lookup = Lookup::new(index, js_class, Some(member), kind, place, path);
                out.add_all(lookup, &callers);
                continue;
            }
            if !options.method {
                continue;
            }
            let Some(this) = &import.this else {
                continue;
            };
            let this = self.resolve(&import.module, this);
            for receiver in self.receivers(&this) {
                if let Some(lookup) = self.on_instances(index, &receiver, js_class, member, kind) {
                    out.add_all(lookup, &callers);
                }
            }
        }
        for helper in &self.helpers {
            for receiver in self.receivers(&helper.owner) {
                let Some(info) = self.types.get(&receiver) else {
                    continue;
                };
                // The definition is the owner's: a mixin's for its trait's hidden type.
                let definition = (self.types.get(&helper.owner))
                    .map_or(info.js_name.clone(), |t| t.js_name.clone());
                let lookup =
                    self.on_instances(index, &receiver, &definition, &helper.member, helper.kind);
                if let Some(lookup) = lookup {
                    out.add(lookup, helper.rust.clone());
                }
            }
        }
        for constant in &self.constants {
            let receivers = match &constant.owner {
                Some(owner) => self.receivers(owner),
                None => vec![],
            };
            let mut targets: Vec<(String, Vec<String>, bool, bool)> = Vec::new();
            for receiver in receivers {
                let Some(info) = self.types.get(&receiver) else {
                    continue;
                };
                if info.namespace {
                    continue;
                }
                let mut path = info.js_namespace.clone();
                path.push(info.js_name.clone());
                targets.push((info.js_name.clone(), path, true, info.no_interface_object));
            }
            if let Some(js_class) = &constant.js_class {
                targets.push((js_class.clone(), vec![js_class.clone()], false, false));
            }
            // The spec is the definition holding the constant (a mixin's, for its trait).
            let definition = (constant.owner.as_ref())
                .and_then(|owner| self.types.get(owner))
                .map(|t| t.js_name.clone());
            for (interface, path, on_prototype, no_interface_object) in targets {
                let holder = definition.clone().unwrap_or(interface.clone());
                let mut lookup = Lookup::new(
                    index,
                    &holder,
                    Some(&constant.name),
                    Kind::Constant,
                    Place::Static,
                    path,
                );
                lookup.interface = interface;
                lookup.value = Some(constant.value.clone());
                lookup.on_prototype = on_prototype;
                lookup.no_interface_object = no_interface_object;
                out.add(lookup, constant.rust.clone());
            }
        }
        out.finish(index)
    }

    /// A lookup of `member` (defined by `definition`: the interface, mixin or partial the
    /// import names) on the instances of `receiver`.
    fn on_instances(
        &self,
        index: &Index,
        receiver: &TypeKey,
        definition: &str,
        member: &str,
        kind: Kind,
    ) -> Option<Lookup> {
        let info = self.types.get(receiver)?;
        let mut path = info.js_namespace.clone();
        path.push(info.js_name.clone());
        let global = self.globals.contains(receiver) || index.is_global(&info.js_name);
        let place = if global {
            Place::Global
        } else if index.unforgeable(definition, member) {
            Place::Instance
        } else {
            Place::Prototype
        };
        let mut lookup = Lookup::new(index, definition, Some(member), kind, place, path);
        lookup.interface = info.js_name.clone();
        lookup.no_interface_object = info.no_interface_object;
        if let Some(exposed) = index.exposed(&info.js_name) {
            lookup.exposed = exposed;
        }
        Some(lookup)
    }
}

fn has_wasm_bindgen(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "wasm_bindgen")
    })
}

/// The options of every `#[wasm_bindgen(..)]` attribute (the last path segment decides).
fn wasm_bindgen_metas(attrs: &[syn::Attribute]) -> Vec<Meta> {
    let mut metas = Vec::new();
    for attr in attrs {
        let is_wasm_bindgen =
            (attr.path().segments.last()).is_some_and(|s| s.ident == "wasm_bindgen");
        if !is_wasm_bindgen {
            continue;
        }
        if let Ok(list) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
            metas.extend(list);
        }
    }
    metas
}

fn meta_name(meta: &Meta) -> String {
    (meta.path().segments.last())
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// The input of the runtime's `methods!` as the `impl` block it expands to (the `Result` of a
/// member marked `[Throws]` and the rustdoc the skeleton adds left out: nothing here reads
/// return types or members' rustdoc).
fn methods_impl(tokens: TokenStream) -> Option<syn::ItemImpl> {
    let parser = |input: syn::parse::ParseStream| {
        let name: Ident = input.parse()?;
        input.parse::<Token![;]>()?;
        let mut items = TokenStream::new();
        while input.peek(Token![const]) {
            input.parse::<Token![const]>()?;
            let attrs = input.call(syn::Attribute::parse_outer)?;
            let (name, _, ty, _, value, _): (
                Ident,
                Token![:],
                syn::Type,
                Token![=],
                Expr,
                Token![;],
            ) = (
                input.parse()?,
                input.parse()?,
                input.parse()?,
                input.parse()?,
                input.parse()?,
                input.parse()?,
            );
            items.extend(quote::quote!(#(#attrs)* pub const #name: #ty = #value;));
        }
        while input.peek(Token![fn]) {
            input.parse::<Token![fn]>()?;
            // `[with base]`: the first paragraph of the rustdoc of `base_with`.
            if input.peek(syn::token::Bracket) {
                let with;
                syn::bracketed!(with in input);
                with.parse::<TokenStream>()?;
            }
            let attrs = input.call(syn::Attribute::parse_outer)?;
            let name: Ident = input.parse()?;
            let generics = match input.peek(syn::token::Bracket) {
                true => {
                    let content;
                    syn::bracketed!(content in input);
                    let generics: TokenStream = content.parse()?;
                    quote::quote!(<#generics>)
                }
                false => TokenStream::new(),
            };
            let content;
            syn::parenthesized!(content in input);
            let params: TokenStream = content.parse()?;
            let ret = match input.peek(Token![->]) {
                true => {
                    input.parse::<Token![->]>()?;
                    let ty: syn::Type = input.parse()?;
                    quote::quote!(-> #ty)
                }
                false => TokenStream::new(),
            };
            if input.peek(syn::token::Bracket) {
                let throws;
                syn::bracketed!(throws in input);
                throws.parse::<TokenStream>()?;
            }
            let body: syn::Block = input.parse()?;
            items.extend(quote::quote!(#(#attrs)* pub fn #name #generics(#params) #ret #body));
        }
        Ok(quote::quote!(impl #name { #items }))
    };
    let tokens = syn::parse::Parser::parse2(parser, tokens).ok()?;
    syn::parse2(tokens).ok()
}

/// The input of the runtime's `imports!` as the `extern` blocks it expands to (without the
/// `catch` of the caught imports, which nothing here reads): the type's block with the caught
/// imports, one block of the others (those not marked `[Throws]`, and those returning a
/// promise), and whether the type has its conversions (`convert`).
fn imports_blocks(
    tokens: TokenStream,
) -> Option<(syn::ItemForeignMod, Option<syn::ItemForeignMod>, bool)> {
    let parser = |input: syn::parse::ParseStream| {
        let attrs = input.call(syn::Attribute::parse_outer)?;
        input.parse::<syn::Token![type]>()?;
        let name: Ident = input.parse()?;
        input.parse::<syn::Token![=]>()?;
        let js: syn::LitStr = input.parse()?;
        let options;
        syn::bracketed!(options in input);
        let options: TokenStream = options.parse()?;
        let convert = input
            .parse::<Option<Ident>>()?
            .is_some_and(|word| word == "convert");
        input.parse::<syn::Token![;]>()?;
        // `caught { .. }`, then the others: `unexpected { .. }` and `promised { .. }`, whose
        // imports make their lookups as the options say (a promised one's own JavaScript
        // function, the literal before it, reaches the same member).
        let (mut caught, mut others) = (TokenStream::new(), TokenStream::new());
        while !input.is_empty() {
            let section: Ident = input.parse()?;
            let content;
            syn::braced!(content in input);
            let tokens = import_items(content.parse::<TokenStream>()?);
            match section == "caught" {
                true => caught.extend(tokens),
                false => others.extend(tokens),
            }
        }
        let declared = quote::quote! {
            #[wasm_bindgen]
            extern "C" {
                #(#attrs)*
                #[wasm_bindgen(
                    js_name = #js,
                    #options
                    extends = ::idlbind::__private::js_sys::Object,
                    typescript_type = #js
                )]
                pub type #name;
                #caught
            }
        };
        let unexpected =
            (!others.is_empty()).then(|| quote::quote!(#[wasm_bindgen] extern "C" { #others }));
        Ok((declared, unexpected, convert))
    };
    let (declared, unexpected, convert) = syn::parse::Parser::parse2(parser, tokens).ok()?;
    let declared = syn::parse2(declared).ok()?;
    let unexpected = match unexpected {
        Some(tokens) => Some(syn::parse2(tokens).ok()?),
        None => None,
    };
    Some((declared, unexpected, convert))
}

/// Imports as the skeletons take them, `(options) fn ..;`, as wasm-bindgen's foreign items:
/// `#[wasm_bindgen(options)] fn ..;` (the JavaScript function before a promised import is
/// left out).
fn import_items(tokens: TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    // Where an item starts: its options come first.
    let mut item_start = true;
    for token in tokens {
        match token {
            TokenTree::Literal(_) if item_start => {}
            TokenTree::Group(options)
                if item_start && options.delimiter() == proc_macro2::Delimiter::Parenthesis =>
            {
                let options = options.stream();
                out.extend(quote::quote!(#[wasm_bindgen(#options)]));
            }
            other => {
                item_start = matches!(&other, TokenTree::Punct(p) if p.as_char() == ';');
                out.extend([other]);
            }
        }
    }
    out
}

fn expr_str(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        Expr::Path(path) => path.path.get_ident().map(Ident::to_string),
        _ => None,
    }
}

/// `js_namespace = "N"` or `js_namespace = ["A", "B"]`.
fn expr_namespace(expr: &Expr) -> Vec<String> {
    match expr {
        Expr::Array(array) => array.elems.iter().filter_map(expr_str).collect(),
        other => expr_str(other).into_iter().collect(),
    }
}

fn expr_ident(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn type_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => {
            path.path.segments.last().map(|s| s.ident.to_string())
        }
        _ => None,
    }
}

fn docs(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) => expr_str(&nv.value),
            _ => None,
        })
        // One attribute holds all the lines of an item's rustdoc.
        .flat_map(|text| {
            text.split('\n')
                .map(|line| line.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The first line of the ```` ```webidl ```` block of a rustdoc.
fn idl_header(docs: &[String]) -> Option<&str> {
    let start = docs.iter().position(|line| line == "```webidl")?;
    docs.get(start + 1).map(String::as_str)
}

/// Whether an IDL header (`[Exposed=Window] namespace CSS`) declares a namespace.
fn declares_namespace(header: &str) -> bool {
    let header = match header.strip_prefix('[') {
        Some(attributed) => attributed.split_once(']').map_or("", |(_, rest)| rest),
        None => header,
    };
    let header = header.trim_start();
    header.starts_with("namespace ") || header.starts_with("partial namespace ")
}

/// `const unsigned short ELEMENT_NODE = 1;` in a constant's rustdoc: `ELEMENT_NODE`.
fn const_idl_name(docs: &[String]) -> Option<String> {
    let line = docs
        .iter()
        .find(|l| l.starts_with("const ") || l.contains(" const "))?;
    let (before, _) = line.split_once('=')?;
    before.split_whitespace().last().map(str::to_owned)
}

/// `The constants of the callback interface `NodeFilter`.`: `NodeFilter`.
fn callback_constants_of(docs: &[String]) -> Option<String> {
    let line = docs
        .iter()
        .find(|l| l.starts_with("The constants of the callback interface `"))?;
    let rest = line.split_once('`')?.1;
    Some(rest.split_once('`')?.0.to_owned())
}

fn const_value(expr: &Expr, ty: &syn::Type) -> Option<ConstValue> {
    let single = type_ident(ty).as_deref() == Some("f32");
    let number = |value: f64| match single {
        true => ConstValue::Number(value as f32 as f64),
        false => ConstValue::Number(value),
    };
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Int(int) => int.base10_parse::<i128>().ok().map(|v| number(v as f64)),
            Lit::Float(float) => float.base10_parse::<f64>().ok().map(number),
            Lit::Bool(b) => Some(ConstValue::Bool(b.value)),
            _ => None,
        },
        Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => {
            match const_value(&unary.expr, ty)? {
                ConstValue::Number(v) => Some(ConstValue::Number(-v)),
                ConstValue::Bool(_) => None,
            }
        }
        Expr::Path(path) => {
            let last = path.path.segments.last()?.ident.to_string();
            match last.as_str() {
                "NAN" => Some(ConstValue::Number(f64::NAN)),
                "INFINITY" => Some(ConstValue::Number(f64::INFINITY)),
                "NEG_INFINITY" => Some(ConstValue::Number(f64::NEG_INFINITY)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `Type` at the root, `module::Type` elsewhere; a hidden mixin or extension type is shown as
/// its trait would be, and a namespace's as its module.
fn display_name(module: &str, ty: &str) -> String {
    let ty = match ty
        .strip_prefix("__")
        .and_then(|t| t.strip_suffix("Members"))
    {
        Some(name) => name,
        None => ty,
    };
    match (module.is_empty(), ty) {
        (true, _) => ty.to_owned(),
        (false, "Namespace") => module.to_owned(),
        (false, _) => format!("{module}::{ty}"),
    }
}

/// Visits every token, groups included, in order.
fn flatten(tokens: &TokenStream, out: &mut Vec<TokenTree>) {
    for token in tokens.clone() {
        if let TokenTree::Group(group) = &token {
            out.push(token.clone());
            flatten(&group.stream(), out);
        } else {
            out.push(token);
        }
    }
}

/// `let this: &T` or `let this: T` in a body: `T`.
fn let_this_type(tokens: &TokenStream) -> Option<String> {
    let mut flat = Vec::new();
    flatten(tokens, &mut flat);
    flat.windows(5).find_map(|w| {
        let [
            TokenTree::Ident(kw),
            TokenTree::Ident(this),
            TokenTree::Punct(colon),
            rest @ ..,
        ] = w
        else {
            return None;
        };
        if kw != "let" || this != "this" || colon.as_char() != ':' {
            return None;
        }
        match rest {
            [TokenTree::Punct(amp), TokenTree::Ident(ty)] if amp.as_char() == '&' => {
                Some(ty.to_string())
            }
            [TokenTree::Ident(ty), _] => Some(ty.to_string()),
            _ => None,
        }
    })
}

/// Whether the tokens name `ident` (a function they call).
fn calls(tokens: &TokenStream, ident: &str) -> bool {
    let mut flat = Vec::new();
    flatten(tokens, &mut flat);
    flat.iter()
        .any(|t| matches!(t, TokenTree::Ident(found) if found == ident))
}

/// Whether the tokens call `js_sys::global()`.
fn mentions_global(tokens: &TokenStream) -> bool {
    let mut flat = Vec::new();
    flatten(tokens, &mut flat);
    flat.windows(4).any(|w| match w {
        [
            TokenTree::Ident(a),
            TokenTree::Punct(_),
            TokenTree::Punct(_),
            TokenTree::Ident(b),
        ] => a == "js_sys" && b == "global",
        _ => false,
    })
}

/// The imports (`__idl_*`) a body calls.
fn import_calls(tokens: &TokenStream) -> BTreeSet<String> {
    let mut flat = Vec::new();
    flatten(tokens, &mut flat);
    flat.iter()
        .filter_map(|t| match t {
            TokenTree::Ident(ident) if ident.to_string().starts_with("__idl_") => {
                Some(ident.to_string())
            }
            _ => None,
        })
        .collect()
}

/// Calls of the runtime's helpers that name a member: `(helper, first string argument)`.
fn helper_calls(tokens: &TokenStream) -> Vec<(String, String)> {
    const HELPERS: [&str; 3] = ["reset_attribute", "for_each", "stringify"];
    let mut flat = Vec::new();
    flatten(tokens, &mut flat);
    let mut calls = Vec::new();
    for pair in flat.windows(2) {
        let [TokenTree::Ident(name), TokenTree::Group(args)] = pair else {
            continue;
        };
        let name = name.to_string();
        if !HELPERS.contains(&name.as_str())
            || args.delimiter() != proc_macro2::Delimiter::Parenthesis
        {
            continue;
        }
        let first = args.stream().into_iter().find_map(|t| match t {
            TokenTree::Literal(lit) => syn::parse_str::<syn::LitStr>(&lit.to_string()).ok(),
            _ => None,
        });
        if let Some(first) = first {
            calls.push((name, first.value()));
        }
    }
    calls
}

// ---------------------------------------------------------------------------------------------
// What the model says: files, placement, exposure

struct Definition<'m> {
    source: usize,
    namespace: bool,
    ext_attrs: &'m ExtAttrs,
    members: Vec<&'m Member>,
}

struct Index<'m> {
    definitions: HashMap<&'m str, Definition<'m>>,
}

impl<'m> Index<'m> {
    fn new(model: &'m Model) -> Index<'m> {
        let mut definitions: HashMap<&str, Definition> = HashMap::new();
        let mut add = |name: &'m str, source, ext_attrs, members: &'m [Member], namespace| {
            let entry = definitions.entry(name).or_insert(Definition {
                source,
                namespace,
                ext_attrs,
                members: Vec::new(),
            });
            entry.members.extend(members);
        };
        for i in &model.interfaces {
            add(
                &i.name.idl,
                i.name.loc.source,
                &i.ext_attrs,
                &i.members,
                false,
            );
        }
        for n in &model.namespaces {
            add(
                &n.name.idl,
                n.name.loc.source,
                &n.ext_attrs,
                &n.members,
                true,
            );
        }
        for m in &model.mixins {
            add(
                &m.name.idl,
                m.name.loc.source,
                &m.ext_attrs,
                &m.members,
                false,
            );
        }
        for e in &model.extensions {
            add(
                &e.name.idl,
                e.name.loc.source,
                &e.ext_attrs,
                &e.members,
                false,
            );
        }
        for c in &model.callbacks {
            if let Some(interface) = &c.interface {
                add(
                    &c.name.idl,
                    c.name.loc.source,
                    &c.ext_attrs,
                    &interface.consts,
                    false,
                );
            }
        }
        Index { definitions }
    }

    /// The source defining `member` of `definition` (or the definition, or a collection
    /// declaration for the methods it makes: `entries`, `forEach`, `toString`...).
    fn source(&self, definition: &str, member: Option<&str>) -> Option<usize> {
        let found = self.definitions.get(definition)?;
        let Some(member) = member else {
            return Some(found.source);
        };
        let named = found
            .members
            .iter()
            .find(|m| (m.kind.name()).is_some_and(|n| n.idl == member));
        let declaration = found.members.iter().find(|m| {
            matches!(
                m.kind,
                MemberKind::Iterable { .. }
                    | MemberKind::Maplike { .. }
                    | MemberKind::Setlike { .. }
                    | MemberKind::Stringifier
            )
        });
        Some(named.or(declaration).map_or(found.source, |m| m.loc.source))
    }

    /// Whether the IDL declares `member` of `definition` as the glue uses it (static or not,
    /// operation or attribute, assignable or not). When Chromium differs from the glue, this
    /// tells a binding that departs from its IDL (wrong) from a browser that departs from the
    /// spec.
    fn follows(&self, definition: &str, member: &str, kind: Kind, place: Place) -> bool {
        let Some(found) = self.definitions.get(definition) else {
            return false;
        };
        let on_object = matches!(place, Place::Static | Place::Namespace);
        let named: Vec<&&Member> = (found.members.iter())
            .filter(|m| m.kind.name().is_some_and(|n| n.idl == member))
            .collect();
        if named.is_empty() {
            // `entries`, `forEach`, `size`, `toString`...: made from a declaration.
            return !on_object
                && found.members.iter().any(|m| {
                    matches!(
                        m.kind,
                        MemberKind::Iterable { .. }
                            | MemberKind::Maplike { .. }
                            | MemberKind::Setlike { .. }
                            | MemberKind::Stringifier
                    )
                });
        }
        let placed = |is_static: bool| match found.namespace {
            true => place == Place::Namespace,
            false => is_static == on_object,
        };
        named.iter().any(|m| match (&m.kind, kind) {
            (MemberKind::Operation { is_static, .. }, Kind::Operation) => placed(*is_static),
            (
                MemberKind::Attribute {
                    is_static,
                    readonly,
                    ..
                },
                Kind::Attribute { setter },
            ) => placed(*is_static) && setter == (!readonly || m.ext_attrs.has("PutForwards")),
            _ => false,
        })
    }

    /// Whether the IDL gives the constant the value the Rust constant has.
    fn const_follows(&self, definition: &str, member: &str, value: &ConstValue) -> bool {
        use idlbind_codegen::model::ConstValue as Idl;
        let Some(found) = self.definitions.get(definition) else {
            return false;
        };
        found.members.iter().any(|m| {
            let MemberKind::Const {
                name, value: idl, ..
            } = &m.kind
            else {
                return false;
            };
            name.idl == member
                && match (idl, value) {
                    (Idl::Boolean(b), ConstValue::Bool(v)) => b == v,
                    (Idl::Integer(i), ConstValue::Number(v)) => {
                        *i as f64 == *v || *i as f64 as f32 as f64 == *v
                    }
                    (Idl::Float(f), ConstValue::Number(v)) => {
                        f == v || *f as f32 as f64 == *v || (f.is_nan() && v.is_nan())
                    }
                    _ => false,
                }
        })
    }

    /// Whether `member` is `[LegacyUnforgeable]` (so an own property of instances); the
    /// `toString` of a `[LegacyUnforgeable] stringifier` is too.
    fn unforgeable(&self, definition: &str, member: &str) -> bool {
        (self.definitions.get(definition)).is_some_and(|d| {
            d.members.iter().any(|m| {
                let named = match &m.kind {
                    MemberKind::Stringifier => member == "toString",
                    kind => kind.name().is_some_and(|n| n.idl == member),
                };
                named && m.ext_attrs.has("LegacyUnforgeable")
            })
        })
    }

    fn is_global(&self, interface: &str) -> bool {
        (self.definitions.get(interface)).is_some_and(|d| d.ext_attrs.has("Global"))
    }

    /// `[Exposed=..]` of a definition: the global names, `*` for all.
    fn exposed(&self, definition: &str) -> Option<Vec<String>> {
        self.definitions.get(definition)?.ext_attrs.exposure()
    }
}

// ---------------------------------------------------------------------------------------------
// Lookups

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// The class `instanceof` tests.
    Interface,
    /// A namespace object.
    Namespace,
    /// `new X(..)`.
    Constructor,
    Operation,
    Attribute {
        setter: bool,
    },
    Constant,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    /// A property of the global object: an interface object, or a member of a `[Global]`
    /// interface (own properties of the global object).
    Global,
    /// On the interface prototype object (found through instances).
    Prototype,
    /// An own property of every instance (`[LegacyUnforgeable]`).
    Instance,
    /// On the interface object.
    Static,
    /// On a namespace object.
    Namespace,
}

struct Lookup {
    spec: Option<usize>,
    /// The interface whose objects hold the member (the receiver's class for instance
    /// members), or the class or namespace itself.
    interface: String,
    member: Option<String>,
    kind: Kind,
    place: Place,
    /// The object: `["Node"]`, `["WebAssembly", "Module"]`, `["CSS"]`.
    path: Vec<String>,
    value: Option<ConstValue>,
    on_prototype: bool,
    no_interface_object: bool,
    exposed: Vec<String>,
    /// The Rust items whose calls make the lookup.
    rust: BTreeSet<String>,
    /// The IDL definition declaring the member (an interface, mixin, namespace, partial).
    definition: String,
}

impl Lookup {
    fn new(
        index: &Index,
        definition: &str,
        member: Option<&str>,
        kind: Kind,
        place: Place,
        path: Vec<String>,
    ) -> Lookup {
        Lookup {
            spec: index.source(definition, member),
            interface: definition.to_owned(),
            member: member.map(str::to_owned),
            kind,
            place,
            exposed: index.exposed(definition).unwrap_or_default(),
            path,
            value: None,
            on_prototype: false,
            no_interface_object: false,
            rust: BTreeSet::new(),
            definition: definition.to_owned(),
        }
    }

    /// The lookup in JavaScript's words: `Node.prototype.appendChild`, `URL.canParse`.
    fn js(&self) -> String {
        let member = self.member.as_deref().unwrap_or_default();
        let object = self.path.join(".");
        match (self.kind, self.place) {
            (Kind::Interface | Kind::Namespace | Kind::Constructor, _) => object,
            (_, Place::Prototype) => format!("{object}.prototype.{member}"),
            (_, Place::Instance) => format!("({object} instance).{member}"),
            (_, Place::Global) => format!("globalThis.{member}"),
            (_, Place::Static | Place::Namespace) => format!("{object}.{member}"),
        }
    }

    fn key(&self) -> String {
        let kind = match self.kind {
            // A getter and a setter are one lookup: the property and whether it has a setter.
            Kind::Attribute { .. } => "attribute".to_owned(),
            other => format!("{other:?}"),
        };
        format!(
            "{kind} {:?} {} {:?} {:?}",
            self.place,
            self.path.join("."),
            self.member,
            self.value
        )
    }
}

#[derive(Default)]
struct Lookups {
    found: BTreeMap<String, Lookup>,
}

impl Lookups {
    fn add(&mut self, lookup: Lookup, rust: String) {
        self.add_all(lookup, &[rust]);
    }

    /// Adds a lookup, or merges it into the same one: the Rust items reaching it, and a
    /// setter into its getter.
    fn add_all(&mut self, lookup: Lookup, rust: &[String]) {
        let kind = lookup.kind;
        let entry = self.found.entry(lookup.key()).or_insert(lookup);
        if let (Kind::Attribute { setter }, Kind::Attribute { setter: new }) =
            (&mut entry.kind, kind)
        {
            *setter |= new;
        }
        entry.rust.extend(rust.iter().cloned());
    }

    /// The lookups, each with whether the IDL declares it as the glue uses it (once the
    /// getter and setter of an attribute are one).
    fn finish(self, index: &Index) -> Vec<(Lookup, Option<bool>)> {
        (self.found.into_values())
            .map(|lookup| {
                let member = lookup.member.as_deref().unwrap_or_default();
                let follows = match (lookup.kind, &lookup.value) {
                    (Kind::Constant, Some(value)) => {
                        Some(index.const_follows(&lookup.definition, member, value))
                    }
                    (Kind::Operation | Kind::Attribute { .. }, _) => {
                        Some(index.follows(&lookup.definition, member, lookup.kind, lookup.place))
                    }
                    _ => None,
                };
                (lookup, follows)
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// JSON

fn render(lookups: &[(Lookup, Option<bool>)], files: &[String]) -> String {
    let spec_name = |spec: Option<usize>| {
        let file = spec.and_then(|s| files.get(s)).map_or("?", String::as_str);
        let name = file.rsplit('/').next().unwrap_or(file);
        name.strip_suffix(".idl")
            .or_else(|| name.strip_suffix(".webidl"))
            .unwrap_or(name)
            .to_owned()
    };
    let mut sorted: Vec<&(Lookup, Option<bool>)> = lookups.iter().collect();
    sorted.sort_by_key(|(l, _)| (spec_name(l.spec), l.path.clone(), l.member.clone(), l.key()));
    let mut out = String::from("{\n  \"lookups\": [");
    for (n, (lookup, follows)) in sorted.iter().enumerate() {
        let (kind, place) = (kind_name(lookup.kind), place_name(lookup.place));
        let js = lookup.js();
        let _ = write!(
            out,
            "{}\n    {{\"spec\": {}, \"interface\": {}, \"member\": {}, \"kind\": {}, \"where\": {}, \"path\": {}, \"js\": {}",
            if n == 0 { "" } else { "," },
            string(&spec_name(lookup.spec)),
            string(&lookup.interface),
            lookup.member.as_deref().map_or("null".into(), string),
            string(kind),
            string(place),
            strings(&lookup.path),
            string(&js),
        );
        if let Kind::Attribute { setter } = lookup.kind {
            let _ = write!(out, ", \"setter\": {setter}");
        }
        if let Some(value) = &lookup.value {
            let value = match value {
                ConstValue::Bool(b) => b.to_string(),
                ConstValue::Number(v) if v.is_nan() => string("NaN"),
                ConstValue::Number(v) if v.is_infinite() => {
                    string(if *v > 0.0 { "Infinity" } else { "-Infinity" })
                }
                ConstValue::Number(v) => format!("{v:?}"),
            };
            let _ = write!(
                out,
                ", \"value\": {value}, \"on_prototype\": {}",
                lookup.on_prototype
            );
        }
        if lookup.no_interface_object {
            out.push_str(", \"no_interface_object\": true");
        }
        if let Some(follows) = follows {
            let _ = write!(out, ", \"follows_idl\": {follows}");
        }
        let rust: Vec<String> = lookup.rust.iter().cloned().collect();
        let _ = write!(
            out,
            ", \"exposed\": {}, \"rust\": {}}}",
            strings(&lookup.exposed),
            strings(&rust)
        );
    }
    out.push_str("\n  ]\n}\n");
    out
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Interface => "interface",
        Kind::Namespace => "namespace",
        Kind::Constructor => "constructor",
        Kind::Operation => "operation",
        Kind::Attribute { .. } => "attribute",
        Kind::Constant => "constant",
    }
}

fn place_name(place: Place) -> &'static str {
    match place {
        Place::Global => "global",
        Place::Prototype => "prototype",
        Place::Instance => "instance",
        Place::Static => "static",
        Place::Namespace => "namespace",
    }
}

/// A JSON string.
fn string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn strings(values: &[String]) -> String {
    let items: Vec<String> = values.iter().map(|v| string(v)).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use idlbind_codegen::pipeline_with_model;
    use idlbind_codegen::source::{Role, Source};

    const A: &str = r#"
        [Exposed=Window] interface Node {
          const unsigned short ELEMENT_NODE = 1;
          readonly attribute DOMString nodeName;
          attribute DOMString? textContent;
          Node appendChild(Node node);
        };
        [Exposed=*] interface URL {
          constructor(USVString url);
          static boolean canParse(USVString url);
          stringifier attribute USVString href;
        };
        [Exposed=Window] namespace CSS { DOMString escape(DOMString ident); };
        [Global=Window, Exposed=Window] interface Window {
          undefined alert();
          [LegacyUnforgeable] readonly attribute Document document;
        };
        [Exposed=Window] interface Location {
          [LegacyUnforgeable] attribute USVString hash;
          [LegacyUnforgeable] stringifier attribute USVString href;
        };
        [LegacyNamespace=WebAssembly, Exposed=*] interface Module {
          constructor(BufferSource bytes);
          static DOMString name(Module module);
        };
        [Exposed=Window, LegacyNoInterfaceObject] interface EXT_x { const GLenum X = 0x1; };
        typedef unsigned long GLenum;
    "#;

    const B: &str = r#"
        interface mixin ParentNode { readonly attribute unsigned long childElementCount; };
        interface mixin Constants { const short Y = -2; };
        Document includes Constants;
        [Exposed=Window] interface Document : Node {};
        Document includes ParentNode;
    "#;

    /// What a test expects of a lookup: kind, place, setter, spec, and whether it follows
    /// the IDL.
    type Found = HashMap<String, (&'static str, &'static str, Option<bool>, String, bool)>;

    /// The lookups of A and B read together, by `"kind js"`.
    fn lookups_of() -> Found {
        let sources: Vec<Source> = [("a.idl", A), ("b.idl", B)]
            .iter()
            .map(|(name, text)| {
                let span = proc_macro2::Span::call_site();
                Source::file(name.to_string(), span, text.to_string(), Role::Bind)
            })
            .collect();
        let (code, model, diagnostics) = pipeline_with_model(&sources);
        assert!(diagnostics.is_empty(), "the IDL has errors");
        let files = ["a", "b"];
        (lookups(code, &model).unwrap().into_iter())
            .map(|(lookup, follows)| {
                let setter = match lookup.kind {
                    Kind::Attribute { setter } => Some(setter),
                    _ => None,
                };
                let kind = kind_name(lookup.kind);
                let found = (
                    kind,
                    place_name(lookup.place),
                    setter,
                    files[lookup.spec.unwrap()].to_owned(),
                    follows != Some(false),
                );
                (format!("{kind} {}", lookup.js()), found)
            })
            .collect()
    }

    fn expect(found: &Found, key: &str, place: &'static str, setter: Option<bool>, spec: &str) {
        let got = (found.get(key)).unwrap_or_else(|| panic!("no `{key}` in {:#?}", found.keys()));
        let kind = key.split(' ').next().unwrap();
        assert_eq!(
            got,
            &(kind, place, setter, spec.to_owned(), true),
            "`{key}`"
        );
    }

    #[test]
    fn lookups_follow_the_generated_code() {
        let found = lookups_of();
        expect(&found, "interface Node", "global", None, "a");
        expect(
            &found,
            "operation Node.prototype.appendChild",
            "prototype",
            None,
            "a",
        );
        expect(
            &found,
            "attribute Node.prototype.nodeName",
            "prototype",
            Some(false),
            "a",
        );
        expect(
            &found,
            "attribute Node.prototype.textContent",
            "prototype",
            Some(true),
            "a",
        );
        expect(&found, "constant Node.ELEMENT_NODE", "static", None, "a");
        expect(&found, "constructor URL", "global", None, "a");
        expect(&found, "operation URL.canParse", "static", None, "a");
        // `Display` calls `String(url)`, which calls `toString`.
        expect(
            &found,
            "operation URL.prototype.toString",
            "prototype",
            None,
            "a",
        );
        expect(&found, "namespace CSS", "global", None, "a");
        expect(&found, "operation CSS.escape", "namespace", None, "a");
        // Members of a [Global] interface are own properties of the global object, even
        // [LegacyUnforgeable] ones; elsewhere those are own properties of instances.
        expect(&found, "operation globalThis.alert", "global", None, "a");
        expect(
            &found,
            "attribute globalThis.document",
            "global",
            Some(false),
            "a",
        );
        expect(
            &found,
            "attribute (Location instance).hash",
            "instance",
            Some(true),
            "a",
        );
        expect(
            &found,
            "operation (Location instance).toString",
            "instance",
            None,
            "a",
        );
        expect(
            &found,
            "constructor WebAssembly.Module",
            "namespace",
            None,
            "a",
        );
        expect(
            &found,
            "operation WebAssembly.Module.name",
            "static",
            None,
            "a",
        );
        // A mixin's member is looked up on its includers (through its trait's hidden type
        // too), and counted under the mixin's file.
        expect(
            &found,
            "attribute Document.prototype.childElementCount",
            "prototype",
            Some(false),
            "b",
        );
        expect(&found, "constant Document.Y", "static", None, "b");
        assert!(
            !found.keys().any(|key| key.contains("ParentNode")),
            "{:#?}",
            found.keys()
        );
        assert!(
            !found.keys().any(|key| key.contains("Constants")),
            "{:#?}",
            found.keys()
        );
        // No interface object: no `instanceof`, but the constant is still checked.
        assert!(!found.contains_key("interface EXT_x"));
        expect(&found, "constant EXT_x.X", "static", None, "a");
    }
}
