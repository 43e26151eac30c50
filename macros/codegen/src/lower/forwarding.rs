//! Members reached through another object: `[Global]` interfaces' members as free functions
//! bound to `globalThis`, namespaces as modules, mixins as traits, and partial interfaces of
//! types defined elsewhere as extension traits.
//!
//! Each is lowered as an interface would be (its members become methods of an imported type,
//! hidden unless it is a real interface), then *forwarded*: a free function, or a trait's
//! provided method, calls the method with the same arguments. So every calling convention
//! (optional arguments, overloads, conversions) is the one interfaces have, written once.

use std::collections::HashMap;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::types::Paths;
use super::{
    FunctionPlan, InterfaceLowering, InterfacePlan, ModulePlan, Names, names, rust_name_of,
};
use crate::diagnostics::Diagnostics;
use crate::emit;
use crate::model::{Docs, ExtAttrs, Interface, Member, MemberKind, Model, Name};
use crate::source::Role;

/// The modules of namespaces, the free functions of `[Global]` interfaces, and the traits of
/// mixins and extensions.
pub(super) fn lower_forwarding(
    model: &Model,
    interfaces: &[InterfacePlan],
    names: &Names<'_>,
    diagnostics: &mut Diagnostics,
) -> (Vec<TokenStream>, Vec<ModulePlan>) {
    let (mut items, mut modules) = global_functions(model, interfaces, names);
    for namespace in model.namespaces.iter().filter(|n| n.role == Role::Bind) {
        // A namespace's members are called on the namespace object: static members.
        let members = namespace.members.iter().map(as_static).collect();
        let interface = behind(
            &namespace.name,
            &namespace.ext_attrs,
            &namespace.docs,
            members,
        );
        let self_type = format_ident!("Namespace");
        let plan = hidden_plan(&interface, self_type.clone(), names, diagnostics);
        let module = names::ident(
            &names::member_name(&namespace.name.idl),
            (names.span_of)(namespace.name.loc),
        );
        let functions = plan
            .functions
            .iter()
            .map(|f| forwarder(f, Receiver::Static(quote!(Namespace)), quote!(pub)));
        let consts = forwarded_consts(&plan, &self_type, quote!(pub));
        let namespace_type = emit::interface(plan.clone());
        modules.push(ModulePlan {
            name: module,
            docs: plan.docs.clone(),
            items: vec![quote! {
                #namespace_type
                #(#consts)*
                #(#functions)*
            }],
        });
    }
    for mixin in model.mixins.iter().filter(|m| m.role == Role::Bind) {
        let trait_name = names.path(&mixin.name);
        let implementors: Vec<Ident> = mixin.includers.iter().map(|i| names.path(i)).collect();
        let interface = behind(
            &mixin.name,
            &mixin.ext_attrs,
            &mixin.docs,
            mixin.members.clone(),
        );
        items.push(member_trait(
            &interface,
            trait_name,
            &implementors,
            names,
            diagnostics,
        ));
    }
    for extension in model.extensions.iter().filter(|e| e.role == Role::Bind) {
        let trait_name = rust_name_of(&extension.ext_attrs)
            .unwrap_or_else(|| format!("{}Ext", names::type_name(&extension.name.idl)));
        let trait_name = names::ident(&trait_name, (names.span_of)(extension.name.loc));
        let target = names.path(&extension.name);
        items.push(member_trait(
            extension,
            trait_name,
            &[target],
            names,
            diagnostics,
        ));
    }
    (items, modules)
}

/// A namespace member, made static so that it is called on the namespace object.
fn as_static(member: &Member) -> Member {
    let mut member = member.clone();
    match &mut member.kind {
        MemberKind::Operation { is_static, .. } | MemberKind::Attribute { is_static, .. } => {
            *is_static = true
        }
        _ => {}
    }
    member
}

/// An interface of `members` under the JS class `name`, for the hidden type behind a namespace
/// or a mixin.
fn behind(name: &Name, ext_attrs: &ExtAttrs, docs: &Docs, members: Vec<Member>) -> Interface {
    Interface {
        name: name.clone(),
        parent: None,
        ancestors: Vec::new(),
        ext_attrs: ext_attrs.clone(),
        docs: docs.clone(),
        members,
        role: Role::Bind,
        members_listed: false,
    }
}

/// `interface` lowered as the hidden imported type `self_type`.
fn hidden_plan(
    interface: &Interface,
    self_type: Ident,
    names: &Names<'_>,
    diagnostics: &mut Diagnostics,
) -> InterfacePlan {
    let mut plan = InterfaceLowering::named(interface, names, diagnostics, self_type).lower();
    plan.hidden = true;
    plan
}

/// The constants of `plan`'s type, again, as `const NAME: T = Type::NAME;`.
fn forwarded_consts<'p>(
    plan: &'p InterfacePlan,
    target: &'p Ident,
    visibility: TokenStream,
) -> impl Iterator<Item = TokenStream> + 'p {
    plan.consts.iter().map(move |c| {
        let (name, ty) = (&c.name, &c.ty);
        let docs = emit::docs(&c.docs);
        quote!(#docs #visibility const #name: #ty = #target::#name;)
    })
}

/// A trait with a provided method per member of `interface`, implemented by `implementors`: a
/// mixin's (`ParentNode`) or an extension's (`UrlExt`). The methods call the members through a
/// hidden imported type of the same JS class.
fn member_trait(
    interface: &Interface,
    trait_name: Ident,
    implementors: &[Ident],
    names: &Names<'_>,
    diagnostics: &mut Diagnostics,
) -> TokenStream {
    let hidden = format_ident!("__{}Members", trait_name);
    let plan = hidden_plan(interface, hidden.clone(), names, diagnostics);
    let trait_docs = emit::docs(&plan.docs);
    let methods = plan.functions.iter().map(|f| {
        let receiver = match f.method {
            true => Receiver::Trait(hidden.clone()),
            false => Receiver::Static(quote!(#hidden)),
        };
        forwarder(f, receiver, TokenStream::new())
    });
    let consts = forwarded_consts(&plan, &hidden, TokenStream::new());
    let hidden_type = emit::interface(plan.clone());
    quote! {
        #hidden_type

        #trait_docs
        pub trait #trait_name: ::std::convert::AsRef<::idlbind::JsValue> {
            #(#consts)*
            #(#methods)*
        }

        #(impl #trait_name for #implementors {})*
    }
}

/// What a forwarding function calls its method on.
enum Receiver {
    /// A static method of this type: `Namespace::escape(..)`.
    Static(TokenStream),
    /// `&self` seen as this (hidden) type: a trait's provided method.
    Trait(Ident),
    /// The global object seen as this interface: a free function of a `[Global]` interface.
    Global(Ident),
}

/// A function with `function`'s signature that calls it with the same arguments.
fn forwarder(function: &FunctionPlan, receiver: Receiver, visibility: TokenStream) -> TokenStream {
    let FunctionPlan {
        name, params, ret, ..
    } = function;
    let docs = emit::docs(&function.docs);
    let generics = &function.generics;
    let generics = (!generics.is_empty()).then(|| quote!(<#(#generics),*>));
    let args = params.iter().map(|(name, _)| name);
    let params = params.iter().map(|(name, ty)| quote!(#name: #ty));
    let ret = ret.to_type().map(|ret| quote!(-> #ret));
    let (self_param, call) = match receiver {
        Receiver::Static(ty) => (None, quote!(#ty::#name(#(#args),*))),
        Receiver::Trait(hidden) => (
            Some(quote!(&self,)),
            quote! {
                let this: &#hidden = ::idlbind::JsCast::unchecked_ref(
                    ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                );
                this.#name(#(#args),*)
            },
        ),
        Receiver::Global(ty) => (
            None,
            quote! {
                let this: #ty = ::idlbind::JsCast::unchecked_into(
                    ::idlbind::__private::js_sys::global(),
                );
                this.#name(#(#args),*)
            },
        ),
    };
    quote! {
        #docs
        #[inline]
        #[allow(clippy::too_many_arguments)]
        #visibility fn #name #generics(#self_param #(#params),*) #ret {
            #call
        }
    }
}

/// The members of every bound `[Global]` interface (its own and its mixins') as free
/// functions on `globalThis`. A name that means one thing in every global having it (one
/// member, or one member of a mixin they share) is written once at the root. When a block
/// binds several globals, each also gets a module of its own name holding all its members
/// (`dedicated_worker_global_scope::post_message`): that is where a name that two globals
/// define differently lives, and what code running in one kind of global can use throughout.
fn global_functions(
    model: &Model,
    plans: &[InterfacePlan],
    names: &Names<'_>,
) -> (Vec<TokenStream>, Vec<ModulePlan>) {
    let globals: Vec<_> = (model.interfaces.iter())
        .filter(|i| i.role == Role::Bind && i.ext_attrs.has("Global"))
        .filter(|i| (model.free_globals.as_ref()).is_none_or(|names| names.contains(&i.name.idl)))
        .filter_map(|i| Some((i, plans.iter().find(|p| p.js_name == i.name.idl)?)))
        .collect();
    let mut meanings: HashMap<String, Vec<&[String]>> = HashMap::new();
    for (_, plan) in &globals {
        for function in functions(plan) {
            let docs = meanings.entry(function.name.to_string()).or_default();
            if !docs.contains(&function.docs.as_slice()) {
                docs.push(&function.docs);
            }
        }
    }
    let mut written = std::collections::HashSet::new();
    let mut root = Vec::new();
    for (_, plan) in &globals {
        for function in functions(plan) {
            let name = function.name.to_string();
            if meanings[&name].len() == 1 && written.insert(name) {
                let receiver = Receiver::Global(plan.rust_name.clone());
                root.push(forwarder(function, receiver, quote!(pub)));
            }
        }
    }
    let mut modules = Vec::new();
    if globals.len() > 1 {
        for (interface, plan) in &globals {
            let items = functions(plan)
                .into_iter()
                .map(|f| forwarder(f, Receiver::Global(plan.rust_name.clone()), quote!(pub)))
                .collect();
            let doc = format!(
                " The members of `{}` as free functions on `globalThis`, for code running in \
                 that global.",
                interface.name.idl
            );
            modules.push(ModulePlan {
                name: names::ident(
                    &names::member_name(&interface.name.idl),
                    (names.span_of)(interface.name.loc),
                ),
                docs: vec![doc],
                items,
            });
        }
    }
    (root, modules)
}

/// A global's functions that become free functions (its methods, not its constructor).
fn functions(plan: &InterfacePlan) -> Vec<&FunctionPlan> {
    plan.functions.iter().filter(|f| f.method).collect()
}
