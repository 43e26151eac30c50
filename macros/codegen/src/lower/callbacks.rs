//! Callback functions and callback interfaces: Rust closures (or a type implementing the
//! callback interface's trait) passed to JavaScript, with a lifetime policy.
//!
//! A callback-typed argument becomes a closure parameter (`impl FnMut(Event) + 'static`) or,
//! for a callback interface, a parameter taking the interface's `…Object` trait, which every
//! closure of the matching signature implements. The method wraps it in a closure of
//! `JsValue`s that reads JavaScript's arguments into the Rust types and converts the result
//! back, and hands that to JavaScript as a function, under one of four policies (see
//! [`Policy`] and the `idlbind::callback` module, which documents them for users):
//!
//! 1. `[Callback=Guard|Once|Borrowed|Owned]` on the argument or attribute, then on the callback
//!    definition;
//! 2. the table of platform members ([`ONCE`], [`CLEARED`]);
//! 3. the member's shape: an attribute, an `addX` with a matching `removeX`, a constructor, a
//!    `forEach`; otherwise a guard.
//!
//! Callbacks can also sit inside other types: a union (HTML's `TimerHandler`), a dictionary
//! (the Streams Standard's `UnderlyingSource`), a sequence or a record. Every callback
//! definition therefore also gets a *value type* ([`callback_value_type`]): a closure (or a
//! JavaScript function) that becomes a new JavaScript function each time it is converted, in a
//! runtime `CallbackScope` whose policy decides how long that function lives. An argument
//! holding such values ([`holds_callback`], which looks into the block's dictionaries) is
//! converted before the call in a scope of the policy a callback argument of the member would
//! get, and its guard (for `Guard`) owns the scope.
//!
//! A callback with a variadic argument (Web IDL's `Function`) or more arguments than
//! wasm-bindgen's closures take (8) receives JavaScript's arguments packed into one array by a
//! small JavaScript function of the runtime (`pack_arguments`); the variadic argument is a
//! `Vec`.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};

use super::types::{Conversion, Lowered, Paths, Position, TypeLowering};
use super::{
    Call, Exceptions, FunctionPlan, ImportPlan, InterfaceLowering, Names, Param, Returns,
    const_value, definition_docs, names,
};
use crate::diagnostics::{Diagnostics, Loc};
use crate::emit::Moved;
use crate::model::{
    Argument, Callback, ExtAttrValue, ExtAttrs, Member, MemberKind, Model, Name, Primitive, Type,
};
use crate::source::Role;

/// How long a callback given to JavaScript lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Policy {
    /// Kept by JavaScript: the call returns an `idlbind::CallbackGuard` that owns the closure.
    Guard,
    /// Called at most once: an `FnOnce`, handed to JavaScript's garbage collector, whose
    /// captures are dropped after the call.
    Once,
    /// Called only during the call: a borrowed closure, invalidated when the call returns.
    Borrowed,
    /// Handed to JavaScript's garbage collector.
    Owned,
}

impl Policy {
    /// The policy `[Callback=...]` names, if it is there (its value is checked in the model).
    fn written(ext_attrs: &ExtAttrs) -> Option<Policy> {
        match &ext_attrs.get("Callback")?.value {
            ExtAttrValue::Identifier(value, _) => match value.as_str() {
                "Guard" => Some(Policy::Guard),
                "Once" => Some(Policy::Once),
                "Borrowed" => Some(Policy::Borrowed),
                "Owned" => Some(Policy::Owned),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Platform members that call their callbacks at most once, which their IDL cannot say: the
/// interface or mixin (`None`: any), and the operation.
const ONCE: &[(Option<&str>, &str)] = &[
    (None, "setTimeout"),
    (None, "requestAnimationFrame"),
    (None, "requestIdleCallback"),
    (None, "queueMicrotask"),
    (Some("HTMLVideoElement"), "requestVideoFrameCallback"),
    (Some("HTMLCanvasElement"), "toBlob"),
    (Some("DataTransferItem"), "getAsString"),
    (Some("Geolocation"), "getCurrentPosition"),
    (Some("LockManager"), "request"),
];

/// Platform members that keep calling their callback until another operation is called with
/// their result: the interface or mixin (`None`: any), the operation, and the one that stops it.
const CLEARED: &[(Option<&str>, &str, &str)] = &[
    (None, "setInterval", "clearInterval"),
    (Some("Geolocation"), "watchPosition", "clearWatch"),
];

/// What a guard does before it frees its closures.
#[derive(Clone, Debug, Default, PartialEq)]
enum Unregister {
    #[default]
    None,
    /// `this.removeX(..)` with the arguments `addX` received (the first `count` of them).
    Remove {
        method: String,
        callback: usize,
        count: usize,
    },
    /// `this.x = null` if the attribute still holds the function.
    ResetAttribute(String),
    /// `this.clearX(result)`.
    Clear(String),
}

/// One callback-typed argument of a call.
struct CallbackArg {
    index: usize,
    policy: Policy,
    /// After the first optional argument: `Option<F>` in the `_with` method.
    optional: bool,
    /// What the closure (or object) must implement: `FnMut(Event) -> R + 'static`.
    bound: TokenStream,
    /// The generic parameters the bound uses (`R: ToJs`).
    generics: Vec<TokenStream>,
    /// The name of the closure's type parameter in the `Option<F>` form.
    generic: Ident,
    /// `dyn FnMut(JsValue, ..) -> JsValue`: what JavaScript calls.
    erased: TokenStream,
    /// The closure JavaScript calls: it reads the arguments and calls `__callback`.
    wrapper: TokenStream,
    /// Whether `__callback` is called through `&mut` (not an `FnOnce`).
    mutable: bool,
    /// JavaScript's arguments arrive as one array (a variadic argument, or more than 8): the
    /// function JavaScript receives is `pack_arguments` of the closure's.
    packed: bool,
    /// The wrapper's parameters (`__a0: JsValue, ..` or `__arguments: Array`).
    js_params: Vec<TokenStream>,
    /// `-> JsValue`, unless the callback returns `undefined`.
    erased_return: Option<TokenStream>,
}

/// An argument converted before the call: one of an `addX` whose guard calls `removeX`
/// (converted once to the `JsValue` that both calls receive), or one holding callbacks
/// (converted in a scope of its own).
struct Kept {
    index: usize,
    optional: bool,
    /// The public type in an `Option` position (`_with`), to read `impl Into<Option<T>>`.
    public: TokenStream,
    /// The type of the kept value: a `JsValue` (a `Vec<JsValue>` for a variadic argument).
    import: TokenStream,
    /// A variadic argument (the last one): its `Vec` is spread into the remaining arguments.
    variadic: bool,
    /// The call's import borrows the kept value (`&JsValue`), which the guard then moves into
    /// `removeX`: no copy of it for the call.
    by_ref: bool,
    /// The import's value of `__public`.
    to_js: TokenStream,
    /// For an argument holding callbacks: the policy of its scope.
    scope: Option<Policy>,
}

/// An argument whose type holds callbacks inside another type (a union such as HTML's
/// `TimerHandler`, a dictionary, a sequence, a record): converted in a `CallbackScope` of the
/// policy a callback argument of the member would get.
struct NestedArg {
    index: usize,
    policy: Policy,
    /// Its lowering, converting in `__scope`.
    lowered: Lowered,
}

/// The callbacks of one operation, attribute setter or constructor, and what its guard does.
#[derive(Default)]
pub(super) struct CallbackPlan {
    callbacks: Vec<CallbackArg>,
    /// Arguments taking the function that `addX` gave JavaScript (`removeX`):
    /// `&js_sys::Function`.
    functions: Vec<usize>,
    /// Arguments holding callbacks inside other types.
    nested: Vec<NestedArg>,
    unregister: Unregister,
    /// For an unregister step that calls a method (`removeX`, `clearX`): the name its imports
    /// start with, and their wasm-bindgen options.
    unregister_import: Option<(String, TokenStream)>,
    kept: Vec<Kept>,
    /// The types of the call's arguments, for the values kept for `removeX`.
    types: Vec<Type>,
    label: String,
}

/// The callback of a type, and whether the type is nullable.
fn callback_of(ty: &Type) -> Option<&Name> {
    match ty {
        Type::Nullable(inner) => callback_of(inner),
        Type::Callback(name) => Some(name),
        _ => None,
    }
}

/// Whether a value of `ty` may hold a callback: a callback type, or a union, dictionary (of
/// the block or its referred IDL), sequence or record with one inside. Promises are not
/// looked into: a promise argument is converted as it is.
pub(super) fn holds_callback(model: &Model, ty: &Type) -> bool {
    let mut found = false;
    visit_callbacks(model, ty, &mut Vec::new(), &mut |_| found = true);
    found
}

/// The definitions of the callbacks a value of `ty` may hold, in the order the type names them.
fn callbacks_in<'n>(ty: &Type, names: &Names<'n>) -> Vec<&'n Callback> {
    let mut found = Vec::new();
    visit_callbacks(names.model, ty, &mut Vec::new(), &mut |name| {
        if let Some(callback) = names.callbacks.get(name.idl.as_str()) {
            found.push(*callback);
        }
    });
    found
}

/// Calls `found` with every callback type inside `ty` (see [`holds_callback`]).
fn visit_callbacks(
    model: &Model,
    ty: &Type,
    visiting: &mut Vec<String>,
    found: &mut dyn FnMut(&Name),
) {
    match ty {
        Type::Callback(name) => found(name),
        Type::Nullable(inner)
        | Type::Sequence(inner)
        | Type::FrozenArray(inner)
        | Type::ObservableArray(inner) => visit_callbacks(model, inner, visiting, found),
        Type::Record(_, value) => visit_callbacks(model, value, visiting, found),
        Type::Union(members, _) => {
            for member in members {
                visit_callbacks(model, member, visiting, found);
            }
        }
        Type::Dictionary(name) => {
            if visiting.contains(&name.idl) {
                return;
            }
            let Some(dictionary) = model.dictionaries.iter().find(|d| d.name.idl == name.idl)
            else {
                return;
            };
            visiting.push(name.idl.clone());
            for member in dictionary.all_members() {
                visit_callbacks(model, &member.ty, visiting, found);
            }
            visiting.pop();
        }
        _ => {}
    }
}

/// Whether a dictionary appears in `ty` (outside promises).
fn mentions_dictionary(ty: &Type) -> bool {
    match ty {
        Type::Dictionary(_) => true,
        Type::Nullable(inner)
        | Type::Sequence(inner)
        | Type::FrozenArray(inner)
        | Type::ObservableArray(inner) => mentions_dictionary(inner),
        Type::Record(_, value) => mentions_dictionary(value),
        Type::Union(members, _) => members.iter().any(mentions_dictionary),
        _ => false,
    }
}

/// What the policy rules see of a member.
struct Shape<'a> {
    /// The operation's or attribute's IDL name (`None` for a constructor).
    name: Option<&'a str>,
    is_attribute: bool,
    is_constructor: bool,
    is_static: bool,
    pairing: Option<Pairing>,
    /// Listed in [`ONCE`].
    once: bool,
    /// Listed in [`CLEARED`]: the operation that stops it.
    cleared: Option<&'static str>,
}

impl Shape<'_> {
    /// The policy of the member's shape, where no `[Callback]` says one: the table, then
    /// constructors and `forEach`; attributes, `addX` with `removeX`, the `CLEARED` members and
    /// everything else are guards (whose unregister step follows the shape).
    fn policy(&self) -> Policy {
        if self.once {
            Policy::Once
        } else if self.is_constructor {
            Policy::Owned
        } else if self.name == Some("forEach") {
            Policy::Borrowed
        } else {
            Policy::Guard
        }
    }

    /// What the guard of the callback at `index` does before freeing it.
    fn unregister(&self, index: usize, remove_arity: impl Fn(&str) -> usize) -> Unregister {
        if self.is_static {
            return Unregister::None;
        }
        match (&self.pairing, self.cleared, self.name) {
            (Some(Pairing::Adds { remove, callback }), _, _) if *callback == index => {
                Unregister::Remove {
                    method: remove.clone(),
                    callback: index,
                    count: remove_arity(remove),
                }
            }
            (_, Some(clear), _) => Unregister::Clear(clear.to_owned()),
            (_, _, Some(attribute)) if self.is_attribute => {
                Unregister::ResetAttribute(attribute.to_owned())
            }
            _ => Unregister::None,
        }
    }
}

/// Whether a member is an entry of the platform table: the entry's interface or mixin (`None`:
/// any) and operation.
fn listed(entry: (Option<&str>, &str), member: &Member, interface: &str, name: &str) -> bool {
    let (entry_interface, entry_operation) = entry;
    entry_operation == name
        && entry_interface.is_none_or(|i| i == interface || member.mixin.as_deref() == Some(i))
}

impl InterfaceLowering<'_, '_> {
    /// Plans the callbacks among a call's arguments; `None` after reporting an error (the
    /// call is then not generated).
    pub(super) fn callback_plan(
        &mut self,
        member: &Member,
        call: &Call,
        args: &[Argument],
    ) -> Option<CallbackPlan> {
        let mut plan = CallbackPlan {
            types: args.iter().map(|a| a.ty.clone()).collect(),
            label: call.label.clone(),
            ..CallbackPlan::default()
        };
        if !args.iter().any(|a| self.names.holds_callback(&a.ty)) {
            let ok = self.misplaced_policies(args);
            return ok.then_some(plan);
        }
        let shape = self.shape(member, args);
        if shape.is_attribute && shape.is_static {
            self.diagnostics.error(
                member.loc,
                "static attributes of callback type are not supported by idlbind yet",
            );
            return None;
        }
        // As the operation's lowering counts them: arguments before a variadic one are taken
        // as required.
        let first_optional = match args.last().is_some_and(|a| a.variadic) {
            true => args.len(),
            false => args.iter().position(|a| a.optional).unwrap_or(args.len()),
        };
        let mut ok = self.misplaced_policies(args);
        let mut count = 0;
        for (index, argument) in args.iter().enumerate() {
            // The policy a callback of this argument gets: written on the argument (or the
            // attribute), then on the callback's definition, then the member's shape.
            let policy = |callback: Option<&Callback>| {
                Policy::written(&argument.ext_attrs)
                    .or_else(|| {
                        (shape.is_attribute)
                            .then(|| Policy::written(&member.ext_attrs))
                            .flatten()
                    })
                    .or_else(|| callback.and_then(|c| Policy::written(&c.ext_attrs)))
                    .unwrap_or_else(|| shape.policy())
            };
            let Some(callback_name) = callback_of(&argument.ty) else {
                if !self.names.holds_callback(&argument.ty) {
                    continue;
                }
                // A callback inside another type.
                let callbacks = callbacks_in(&argument.ty, self.names);
                let written = callbacks
                    .iter()
                    .find(|c| Policy::written(&c.ext_attrs).is_some());
                let policy = policy(written.copied());
                if policy == Policy::Guard && plan.unregister == Unregister::None {
                    plan.unregister = shape.unregister(index, |remove| self.remove_arity(remove));
                }
                let optional = index >= first_optional;
                // An optional nullable argument is lowered as its inner type (see `operation`).
                let ty = match (&argument.ty, optional) {
                    (Type::Nullable(inner), true) => inner.as_ref(),
                    (ty, _) => ty,
                };
                let lowering = TypeLowering { paths: self.names };
                match lowering.scoped_argument(ty, optional, argument.variadic) {
                    Ok(lowered) => plan.nested.push(NestedArg {
                        index,
                        policy,
                        lowered,
                    }),
                    Err(what) => {
                        self.diagnostics.error(
                            argument.name.loc,
                            format!("{what} types are not supported by idlbind yet"),
                        );
                        ok = false;
                    }
                }
                continue;
            };
            if matches!(&shape.pairing, Some(Pairing::Removes { callback }) if *callback == index) {
                plan.functions.push(index);
                continue;
            }
            let Some(callback) = (self.names.callbacks)
                .get(callback_name.idl.as_str())
                .copied()
            else {
                continue;
            };
            let policy = policy(Some(callback));
            if policy == Policy::Guard && plan.unregister == Unregister::None {
                plan.unregister = shape.unregister(index, |remove| self.remove_arity(remove));
            }
            let event_type =
                (argument.ext_attrs.get("EventType")).or_else(|| member.ext_attrs.get("EventType"));
            count += 1;
            let site = CallbackSite {
                callback,
                label: Some(&call.label),
                event_type: event_type.and_then(|e| match &e.value {
                    ExtAttrValue::Identifier(value, _) => Some(Name {
                        idl: value.clone(),
                        loc: e.loc,
                    }),
                    _ => None,
                }),
                policy,
                count,
            };
            match callback_closure(self.names, self.diagnostics, &site, argument.name.loc) {
                Some(mut arg) => {
                    arg.index = index;
                    arg.optional = index >= first_optional;
                    plan.callbacks.push(arg);
                }
                None => ok = false,
            }
        }
        let unregister_method = match &plan.unregister {
            Unregister::Remove { method, .. } => Some(method.as_str()),
            Unregister::Clear(clear) => Some(clear.as_str()),
            Unregister::None | Unregister::ResetAttribute(_) => None,
        };
        plan.unregister_import = unregister_method.map(|method| {
            let name = format!("__idl_{}_unregister", call.rust.trim_end_matches('_'));
            (name, self.method_options(method))
        });
        if let Unregister::Remove { callback, .. } = &plan.unregister {
            for (index, argument) in args.iter().enumerate() {
                if index != *callback && has_view(&argument.ty) {
                    self.diagnostics.error(
                        argument.name.loc,
                        format!(
                            "`{}` cannot be kept to be passed again to the matching remove \
                             operation (it is a view of wasm memory); choose a policy with \
                             `[Callback=...]` on the callback argument",
                            argument.name.idl
                        ),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(plan)
    }

    /// `[Callback]` on an argument whose type may hold a callback (a dictionary, which the
    /// model's checks cannot see into) but does not: reported as the model reports it for
    /// other types. Returns whether there was none.
    fn misplaced_policies(&mut self, args: &[Argument]) -> bool {
        let mut ok = true;
        for argument in args {
            let Some(attribute) = argument.ext_attrs.get("Callback") else {
                continue;
            };
            // The model reports the other types.
            if !self.names.holds_callback(&argument.ty) && mentions_dictionary(&argument.ty) {
                self.diagnostics.error(
                    attribute.loc,
                    format!(
                        "`[Callback]` applies to an argument of callback type, or of a type \
                         holding callbacks; `{}` has the type `{}`",
                        argument.name.idl,
                        argument.ty.idl()
                    ),
                );
                ok = false;
            }
        }
        ok
    }

    /// What the policy rules see of `member`.
    fn shape<'m>(&self, member: &'m Member, args: &[Argument]) -> Shape<'m> {
        let interface = self.interface.name.idl.as_str();
        let (name, is_attribute, is_constructor, is_static) = match &member.kind {
            MemberKind::Operation {
                name, is_static, ..
            } => (Some(name.idl.as_str()), false, false, *is_static),
            MemberKind::Attribute {
                name, is_static, ..
            } => (Some(name.idl.as_str()), true, false, *is_static),
            MemberKind::Constructor { .. } => (None, false, true, true),
            _ => (None, false, false, false),
        };
        let operation = name.filter(|_| !is_attribute);
        let once = operation
            .is_some_and(|op| (ONCE.iter()).any(|(i, o)| listed((*i, o), member, interface, op)));
        let cleared = operation.and_then(|op| {
            (CLEARED.iter())
                .find(|(i, o, _)| listed((*i, o), member, interface, op))
                .map(|(_, _, clear)| *clear)
        });
        Shape {
            name,
            is_attribute,
            is_constructor,
            is_static,
            pairing: operation.and_then(|op| self.paired(op, args)),
            once,
            cleared,
        }
    }

    /// How `op` pairs with another operation of the interface: `addX` with a `removeX` that
    /// takes the same callback type at the same position, and the other way round.
    fn paired(&self, op: &str, args: &[Argument]) -> Option<Pairing> {
        let (prefix, rest, other) = if let Some(rest) = op.strip_prefix("add") {
            ("add", rest, "remove")
        } else if let Some(rest) = op.strip_prefix("remove") {
            ("remove", rest, "add")
        } else {
            return None;
        };
        if rest.is_empty() {
            return None;
        }
        let other_name = format!("{other}{rest}");
        for member in &self.interface.members {
            let MemberKind::Operation {
                name,
                args: other_args,
                is_static: false,
                ..
            } = &member.kind
            else {
                continue;
            };
            if name.idl != other_name {
                continue;
            }
            for (index, argument) in args.iter().enumerate() {
                let Some(callback) = callback_of(&argument.ty) else {
                    continue;
                };
                let same = other_args
                    .get(index)
                    .and_then(|a| callback_of(&a.ty))
                    .is_some_and(|c| c.idl == callback.idl);
                if same {
                    return Some(match prefix {
                        "add" => Pairing::Adds {
                            remove: other_name,
                            callback: index,
                        },
                        _ => Pairing::Removes { callback: index },
                    });
                }
            }
        }
        None
    }

    /// How many arguments the interface's `remove` operation takes (its longest form).
    fn remove_arity(&self, remove: &str) -> usize {
        (self.interface.members.iter())
            .filter_map(|m| match &m.kind {
                MemberKind::Operation { name, args, .. } if name.idl == remove => Some(args.len()),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }

    /// `clear_x()` for a nullable callback attribute: sets it to `null`.
    pub(super) fn callback_attribute_clear(
        &mut self,
        member: &Member,
        name: &Name,
        ty: &Type,
        rust: &str,
        base: &TokenStream,
    ) {
        let is_static = matches!(
            member.kind,
            MemberKind::Attribute {
                is_static: true,
                ..
            }
        );
        let nullable = matches!(ty, Type::Nullable(inner) if matches!(**inner, Type::Callback(_)));
        if is_static || !nullable {
            return;
        }
        let clear = format!("clear_{}", rust.trim_end_matches('_'));
        let what = format!("the clearing method of attribute `{}`", name.idl);
        if !self.claim(&clear, what, member.loc) {
            return;
        }
        let import = format_ident!("__idl_{}", clear);
        let label = self.label(&name.idl);
        let call = quote!(self.#import(&::idlbind::JsValue::NULL));
        let throws = member.ext_attrs.has("Throws");
        let (ret, body) = match throws {
            true => (
                Returns::Throws(quote!(())),
                quote!(::idlbind::__private::throws(#call)),
            ),
            false => (
                Returns::Nothing,
                quote!(::idlbind::__private::no_throw!(#call, #label)),
            ),
        };
        let attribute = &name.idl;
        self.functions.push(FunctionPlan {
            name: names::ident(&clear, (self.names.span_of)(member.loc)),
            docs: vec![format!(
                "Sets the attribute `{attribute}` to `null`: no callback. (Dropping the \
                     guard that the setter returned does the same, if the attribute still \
                     holds its callback.)"
            )],
            generics: Vec::new(),
            method: true,
            params: Vec::new(),
            ret,
            body,
            imports: vec![ImportPlan {
                name: import,
                options: quote!(#base, setter),
                method: true,
                params: vec![quote!(&::idlbind::JsValue)],
                ret: quote!(()),
                exceptions: Exceptions::expected_if(throws),
            }],
        });
    }
}

/// Where a callback is passed: what its wrapper's panic messages name.
struct CallbackSite<'a> {
    callback: &'a Callback,
    /// The member it is passed to; `None` for a callback value (inside another value).
    label: Option<&'a str>,
    event_type: Option<Name>,
    policy: Policy,
    /// 1 for the call's first callback, 2 for its second, ...: names its type parameters.
    count: usize,
}

/// How `addX`/`removeX` pair up.
enum Pairing {
    /// This is `addX`: its guard calls `remove`.
    Adds { remove: String, callback: usize },
    /// This is `removeX`: its callback argument is the function `addX` gave JavaScript.
    Removes { callback: usize },
}

/// The closure's Rust type of an argument, and the runtime helper that reads it (with the type
/// it is given).
struct ArgumentRead {
    rust: TokenStream,
    read_as: TokenStream,
    helper: Ident,
}

impl ArgumentRead {
    /// Read through `FromJs`.
    fn new(rust: TokenStream, helper: &str) -> Self {
        ArgumentRead {
            read_as: rust.clone(),
            rust,
            helper: Ident::new(helper, Span::call_site()),
        }
    }

    /// A nullable or optional interface: `Option<X>`.
    fn optional_interface(path: TokenStream) -> Self {
        ArgumentRead {
            rust: quote!(::std::option::Option<#path>),
            read_as: path,
            helper: Ident::new("optional_interface_argument", Span::call_site()),
        }
    }
}

/// A callback's result: the closure's return type (`None`: `()`, or what the trait method
/// returns), the generic parameters it needs, and `__result` converted to a `JsValue`.
struct CallbackResult {
    closure_return: Option<TokenStream>,
    generics: Vec<TokenStream>,
    convert: TokenStream,
}

/// The Rust type of a callback value (or nullable one) that JavaScript gives: the function, or
/// the callback interface's object.
fn callback_value(lowering: &TypeLowering<'_>, ty: &Type, name: &Name) -> TokenStream {
    let value = lowering.callback_value(name);
    match ty {
        Type::Nullable(_) => quote!(::std::option::Option<#value>),
        _ => value,
    }
}

/// Whether an argument of this type is a view of wasm memory (made last, valid only during
/// the call).
fn has_view(ty: &Type) -> bool {
    match ty {
        Type::Nullable(inner) => has_view(inner),
        Type::Buffer(name) => !matches!(*name, "ArrayBuffer" | "SharedArrayBuffer" | "DataView"),
        _ => false,
    }
}

/// The Rust name of a callback interface's trait: the interface's Rust name and `Object`.
fn trait_name(names: &Names<'_>, name: &Name) -> Ident {
    let (rust, span) = names.interface(name);
    names::ident(&format!("{rust}Object"), span)
}

impl Names<'_> {
    /// The Rust type of an interface, as `TypeLowering` names it.
    fn path_of(&self, name: &Name) -> TokenStream {
        let ident = super::types::Paths::path(self, name);
        quote!(#ident)
    }
}

/// wasm-bindgen's closures take at most this many arguments; callbacks with more receive
/// JavaScript's arguments packed into one array.
const MAX_CLOSURE_ARGUMENTS: usize = 8;

/// The closure (or callback-interface object) of one callback passed at `site`: its bound, and
/// the wrapper JavaScript calls, which reads the arguments and calls `__callback`. Errors are
/// reported at `loc`.
fn callback_closure(
    names: &Names<'_>,
    diagnostics: &mut Diagnostics,
    site: &CallbackSite<'_>,
    loc: Loc,
) -> Option<CallbackArg> {
    let callback = site.callback;
    let js_value = quote!(::idlbind::JsValue);
    let array = quote!(::idlbind::__private::js_sys::Array);
    let support = support();
    // A variadic argument, or more arguments than wasm-bindgen's closures take: JavaScript's
    // arguments arrive packed into one array (see `pack_arguments`).
    let packed =
        callback.args.len() > MAX_CLOSURE_ARGUMENTS || callback.args.iter().any(|a| a.variadic);
    let lowering = TypeLowering { paths: names };
    let event_type_label = site
        .event_type
        .as_ref()
        .map(|e| format!(" ([EventType={}])", e.idl))
        .unwrap_or_default();
    let description = match site.label {
        Some(label) => format!(
            "callback `{}`{event_type_label} passed to `{label}`",
            callback.name.idl
        ),
        None => format!("callback `{}`", callback.name.idl),
    };

    // JavaScript's arguments, read into the closure's argument types.
    let arguments = format_ident!("__arguments");
    let mut rust_args = Vec::new();
    let mut reads = Vec::new();
    let mut js_params = Vec::new();
    if packed {
        js_params.push(quote!(#arguments: #array));
    }
    for (position, callback_argument) in callback.args.iter().enumerate() {
        let js = format_ident!("__a{}", position);
        if !packed {
            js_params.push(quote!(#js: #js_value));
        }
        let optional = callback_argument.optional;
        let event = site.event_type.as_ref().filter(|_| position == 0);
        let ty = match event {
            Some(event) => {
                if !matches!(callback_argument.ty, Type::Interface(_)) {
                    diagnostics.error(
                        event.loc,
                        format!(
                            "`[EventType]` replaces the type of an event the callback \
                             receives, but the first argument of `{}` is not an interface",
                            callback.name.idl
                        ),
                    );
                    return None;
                }
                Type::Interface(event.clone())
            }
            None => callback_argument.ty.clone(),
        };
        let read = match names.read_argument(&ty, optional, &lowering) {
            Ok(read) => read,
            Err(what) => {
                diagnostics.error(
                    loc,
                    format!(
                        "callback `{}`: its argument `{}` has a {what} type, which is not \
                         supported by idlbind yet",
                        callback.name.idl, callback_argument.name.idl
                    ),
                );
                return None;
            }
        };
        let ArgumentRead {
            rust,
            read_as,
            helper,
        } = read;
        let name = &callback_argument.name.idl;
        let idl = ty.idl();
        let index = position as u32;
        // An interface the IDL gives is checked in debug builds only (the runtime's
        // `interface_argument!`); one `[EventType]` gives, in every build.
        // (Called once: it moves what it reads with.)
        let read = |value: TokenStream| {
            let (value, read_as) = (Moved::new(value), Moved::new(read_as));
            match (&helper, event) {
                (helper, None)
                    if helper == "interface_argument"
                        || helper == "optional_interface_argument" =>
                {
                    quote!(#support::#helper!(#read_as, #value, #description, #name, #idl))
                }
                _ => quote!(#support::#helper::<#read_as>(#value, #description, #name, #idl)),
            }
        };
        if callback_argument.variadic {
            // The last argument: every argument JavaScript passed from here on.
            let read_value = read(quote!(__value));
            reads.push(quote! {
                let #js: ::std::vec::Vec<#rust> = ::std::iter::Iterator::collect(
                    ::std::iter::Iterator::map(
                        ::std::iter::IntoIterator::into_iter(
                            #support::rest_arguments(&#arguments, #index),
                        ),
                        |__value| #read_value,
                    ),
                );
            });
            rust_args.push((js, quote!(::std::vec::Vec<#rust>)));
            continue;
        }
        if packed {
            reads.push(quote!(let #js = #arguments.get(#index);));
        }
        let read_value = Moved::new(read(quote!(#js)));
        reads.push(quote!(let #js = #read_value;));
        rust_args.push((js, rust));
    }

    // The result, converted back for JavaScript.
    let generic = match site.count {
        1 => format_ident!("F"),
        n => format_ident!("F{}", n),
    };
    let result_generic = match site.count {
        1 => format_ident!("R"),
        n => format_ident!("R{}", n),
    };
    let object = callback
        .interface
        .as_ref()
        .filter(|_| site.event_type.is_none());
    let returns = callback.ret != Type::Undefined;
    let result = names.callback_result(callback, object.is_some(), &result_generic, &description);
    let result = match result {
        Ok(result) => result,
        Err(what) => {
            let message = format!(
                "callback `{}` returns a {what} type, which is not supported by idlbind yet",
                callback.name.idl
            );
            diagnostics.error(loc, message);
            return None;
        }
    };

    let values: Vec<&Ident> = rust_args.iter().map(|(js, _)| js).collect();
    let types: Vec<&TokenStream> = rust_args.iter().map(|(_, rust)| rust).collect();
    let once = site.policy == Policy::Once;
    let lifetime = (site.policy != Policy::Borrowed).then(|| quote!(+ 'static));
    let (bound, invoke, mutable) = match object {
        Some(interface) => {
            let trait_path = trait_name(names, &callback.name);
            let method = names::ident(
                &names::member_name(&interface.operation.idl),
                Span::call_site(),
            );
            (
                quote!(#trait_path #lifetime),
                quote!(#trait_path::#method(&mut __callback, #(#values),*)),
                true,
            )
        }
        None => {
            let ret = result.closure_return.clone();
            let arrow = ret.as_ref().map(|ret| quote!(-> #ret));
            let function = match once {
                true => quote!(FnOnce),
                false => quote!(FnMut),
            };
            (
                quote!(#function(#(#types),*) #arrow #lifetime),
                quote!(__callback(#(#values),*)),
                !once,
            )
        }
    };
    let (invoke, convert) = (Moved::new(invoke), Moved::new(result.convert));
    let (erased_return, body) = match returns {
        true => (
            Some(quote!(-> #js_value)),
            quote!({ let __result = #invoke; #convert }),
        ),
        false => (None, quote!({ #invoke; })),
    };
    let (reads, body) = (Moved::all(reads), Moved::new(body));
    let wrapper = quote! {
        move |#(#js_params),*| #erased_return {
            #reads
            #body
        }
    };
    let erased = match packed {
        true => quote!(dyn FnMut(#array) #erased_return),
        false => {
            let js_types = rust_args.iter().map(|_| &js_value);
            quote!(dyn FnMut(#(#js_types),*) #erased_return)
        }
    };
    Some(CallbackArg {
        index: 0,
        policy: site.policy,
        optional: false,
        bound,
        generics: result.generics,
        generic,
        erased,
        wrapper,
        mutable,
        packed,
        js_params,
        erased_return,
    })
}

impl Names<'_> {
    /// How the closure receives a value of `ty` from JavaScript.
    fn read_argument(
        &self,
        ty: &Type,
        optional: bool,
        lowering: &TypeLowering<'_>,
    ) -> Result<ArgumentRead, String> {
        let option = |rust: TokenStream| quote!(::std::option::Option<#rust>);
        Ok(match ty {
            // Interfaces are read with a checked cast, so any wasm-bindgen type works.
            Type::Interface(name) => {
                let path = self.path_of(name);
                match optional {
                    true => ArgumentRead::optional_interface(path),
                    false => ArgumentRead {
                        rust: path.clone(),
                        read_as: path,
                        helper: Ident::new("interface_argument", Span::call_site()),
                    },
                }
            }
            Type::Nullable(inner) if matches!(**inner, Type::Interface(_)) => {
                let Type::Interface(name) = inner.as_ref() else {
                    unreachable!("matched above");
                };
                ArgumentRead::optional_interface(self.path_of(name))
            }
            Type::Callback(name) => {
                let value = lowering.callback_value(name);
                match optional {
                    true => ArgumentRead::new(option(value), "argument"),
                    false => ArgumentRead::new(value, "argument"),
                }
            }
            Type::Nullable(inner) if matches!(**inner, Type::Callback(_)) => {
                let Type::Callback(name) = inner.as_ref() else {
                    unreachable!("matched above");
                };
                ArgumentRead::new(callback_value(lowering, ty, name), "argument")
            }
            other => {
                let owned = lowering.owned(other)?;
                // An optional argument is `None` when JavaScript leaves it out; a nullable one
                // already is an `Option`.
                let rust = match optional && !matches!(other, Type::Nullable(_)) {
                    true => option(owned),
                    false => owned,
                };
                ArgumentRead::new(rust, "argument")
            }
        })
    }

    /// The closure's result type and its conversion to a `JsValue` (of `__result`).
    fn callback_result(
        &self,
        callback: &Callback,
        object: bool,
        generic: &Ident,
        description: &str,
    ) -> Result<CallbackResult, String> {
        let lowering = TypeLowering { paths: self };
        let to_js = quote!(::idlbind::ToJs::to_js);
        let js_value = quote!(::idlbind::JsValue);
        Ok(match &callback.ret {
            Type::Undefined => CallbackResult {
                closure_return: None,
                generics: Vec::new(),
                convert: TokenStream::new(),
            },
            // A callback interface's method returns the owned type; its blanket impl for
            // closures does what is done here for closures.
            Type::Any | Type::Promise(_) if object => CallbackResult {
                closure_return: None,
                generics: Vec::new(),
                convert: quote!(#to_js(&__result)),
            },
            Type::Any => CallbackResult {
                closure_return: Some(quote!(#generic)),
                generics: vec![quote!(#generic: ::idlbind::ToJs)],
                convert: quote!(#to_js(&__result)),
            },
            Type::Promise(_) => {
                let promise = lowering.owned(&callback.ret)?;
                CallbackResult {
                    closure_return: Some(quote!(#generic)),
                    generics: vec![quote!(#generic: ::std::convert::Into<#promise>)],
                    convert: quote!(#to_js(&::std::convert::Into::<#promise>::into(__result))),
                }
            }
            other => {
                let owned = match callback_of(other) {
                    Some(name) => callback_value(&lowering, other, name),
                    None => lowering.owned(other)?,
                };
                let convert = match other {
                    Type::Interface(_) => quote!(#js_value::from(__result)),
                    Type::Nullable(inner) if matches!(**inner, Type::Interface(_)) => quote! {
                        match __result {
                            ::std::option::Option::Some(value) => #js_value::from(value),
                            ::std::option::Option::None => #js_value::NULL,
                        }
                    },
                    Type::Primitive(Primitive::Double) => {
                        quote!(#to_js(&::idlbind::__private::finite_f64(__result, #description)))
                    }
                    Type::Primitive(Primitive::Float) => {
                        quote!(#to_js(&::idlbind::__private::finite_f32(__result, #description)))
                    }
                    _ => quote!(#to_js(&__result)),
                };
                CallbackResult {
                    closure_return: Some(owned),
                    generics: Vec::new(),
                    convert,
                }
            }
        })
    }
}

impl CallbackPlan {
    /// The lowering of a callback argument (or of the function a `removeX` takes, or of an
    /// argument holding callbacks inside another type); `None` for other arguments.
    pub(super) fn lowered(&self, index: usize) -> Option<Lowered> {
        if self.functions.contains(&index) {
            let function = quote!(&::idlbind::__private::js_sys::Function);
            return Some(Lowered {
                public: function.clone(),
                import: function,
                conversion: Conversion::None,
            });
        }
        if let Some(nested) = self.nested.iter().find(|n| n.index == index) {
            return Some(nested.lowered.clone());
        }
        let callback = self.callbacks.iter().find(|c| c.index == index)?;
        let bound = &callback.bound;
        Some(Lowered {
            public: quote!(impl #bound),
            import: quote!(&::idlbind::JsValue),
            conversion: Conversion::None,
        })
    }

    /// An argument holding callbacks inside another type is converted before the call, in a
    /// scope of its own; so is an argument of an `addX` whose guard calls `removeX`, to the
    /// `JsValue` both calls receive. Others are left as they are.
    pub(super) fn keep(
        &mut self,
        index: usize,
        optional: bool,
        variadic: bool,
        lowered: Lowered,
    ) -> Lowered {
        let scope = (self.nested.iter())
            .find(|n| n.index == index)
            .map(|n| n.policy);
        let removing = match &self.unregister {
            Unregister::Remove { callback, .. } => {
                index != *callback && !self.callbacks.iter().any(|c| c.index == index)
            }
            _ => false,
        };
        if scope.is_none() && !removing {
            return lowered;
        }
        let js_value = quote!(::idlbind::JsValue);
        // An optional nullable argument is lowered as its inner type (see `operation`).
        let ty = match (&self.types[index], optional) {
            (Type::Nullable(inner), true) => inner.as_ref().clone(),
            (ty, _) => ty.clone(),
        };
        let (to_js, import) = match &lowered.conversion {
            conversion @ Conversion::ToJs { .. } => (
                conversion.apply(quote!(__public), Position::Param, &self.label),
                lowered.import.clone(),
            ),
            _ => (
                direct_to_js(&ty, quote!(__public), &self.label),
                js_value.clone(),
            ),
        };
        let by_ref = removing && !variadic;
        self.kept.push(Kept {
            index,
            optional,
            public: lowered.public.clone(),
            import: import.clone(),
            variadic,
            by_ref,
            to_js,
            scope,
        });
        Lowered {
            public: lowered.public,
            import: match by_ref {
                true => quote!(&#import),
                false => import,
            },
            conversion: Conversion::None,
        }
    }

    /// Adds the callbacks to a function taking `params` (the first `params.len()` arguments of
    /// the call): type parameters, `Option<F>` for optional callbacks, the closures made before
    /// the call, and the guard after it.
    pub(super) fn apply(
        &self,
        function: &mut FunctionPlan,
        params: &[Param],
        throws: bool,
        ret: &Lowered,
    ) {
        let present: Vec<&CallbackArg> = (self.callbacks.iter())
            .filter(|c| c.index < params.len())
            .collect();
        let kept: Vec<&Kept> = self
            .kept
            .iter()
            .filter(|k| k.index < params.len())
            .collect();
        if present.is_empty() && kept.is_empty() {
            return;
        }
        function.docs.extend(self.docs(&present, &kept, params));
        let js_value = quote!(::idlbind::JsValue);
        let closure = quote!(::idlbind::__private::wasm_bindgen::closure::Closure);
        let support = support();
        let as_js = quote!(::std::convert::AsRef::<#js_value>::as_ref);

        let mut prepare = Vec::new();
        // What the guard owns: the index of the argument, the value dropped to free it, and
        // the `Option<&JsValue>` of the function JavaScript holds (inside the guard's closure).
        let mut guarded: Vec<(usize, Ident, TokenStream)> = Vec::new();
        for callback in &present {
            function.generics.extend(callback.generics.iter().cloned());
            let name = &params[callback.index].name;
            if callback.optional {
                let generic = &callback.generic;
                let bound = &callback.bound;
                function.generics.push(quote!(#generic: #bound));
                if let Some(param) = function.params.get_mut(callback.index) {
                    param.1 = quote!(::std::option::Option<#generic>);
                }
            }
            let holder = format_ident!("__closure_{}", name);
            let packed_name = format_ident!("__packed_{}", name);
            let erased = &callback.erased;
            let wrapper = &callback.wrapper;
            let binding = match callback.mutable {
                true => quote!(mut __callback),
                false => quote!(__callback),
            };
            // The function JavaScript receives for a closure's own: itself, or the function
            // that packs JavaScript's arguments into one array.
            let pack = |function: TokenStream| match callback.packed {
                true => quote!(#support::pack_arguments(#function)),
                false => quote!(::std::clone::Clone::clone(#function)),
            };
            // Makes the JavaScript function of `__callback`; `held` is what is kept alive.
            let make = match callback.policy {
                Policy::Guard => quote!(#closure::<#erased>::own_assert_unwind_safe(#wrapper)),
                Policy::Once => quote! {
                    #closure::<#erased>::once_assert_unwind_safe(#wrapper).into_js_value()
                },
                Policy::Owned => quote! {
                    #closure::<#erased>::own_assert_unwind_safe(#wrapper).into_js_value()
                },
                Policy::Borrowed => TokenStream::new(),
            };
            let make = match (callback.policy, callback.packed) {
                (Policy::Once | Policy::Owned, true) => {
                    quote!(#support::pack_arguments(&#make))
                }
                _ => make,
            };
            let function_of = match (callback.packed, callback.optional) {
                (false, false) => quote!(::std::option::Option::Some(#as_js(&#holder))),
                (false, true) => quote!(#holder.as_ref().map(|__closure| #as_js(__closure))),
                (true, false) => quote!(::std::option::Option::Some(&#packed_name)),
                (true, true) => quote!(#packed_name.as_ref()),
            };
            match (callback.policy, callback.optional) {
                (Policy::Borrowed, false) => {
                    let wrapper_name = format_ident!("__wrapper_{}", name);
                    let js = pack(quote!(#holder.as_js_value()));
                    prepare.push(quote! {
                        let mut #wrapper_name = { let #binding = #name; #wrapper };
                        let #holder = #closure::<#erased + '_>::borrow_mut_assert_unwind_safe(&mut #wrapper_name);
                    });
                    prepare.push(match callback.packed {
                        true => quote! {
                            let #packed_name: #js_value = #js;
                            let #name: &#js_value = &#packed_name;
                        },
                        false => quote!(let #name: &#js_value = #holder.as_js_value();),
                    });
                }
                (Policy::Borrowed, true) => {
                    let wrapper_name = format_ident!("__wrapper_{}", name);
                    let js = pack(quote!(__closure.as_js_value()));
                    prepare.push(quote! {
                        let mut #wrapper_name = #name.map(|#binding| #wrapper);
                        let #holder = #wrapper_name.as_mut().map(|__wrapper| {
                            #closure::<#erased + '_>::borrow_mut_assert_unwind_safe(__wrapper)
                        });
                    });
                    prepare.push(match callback.packed {
                        true => quote! {
                            let #packed_name: ::std::option::Option<#js_value> =
                                #holder.as_ref().map(|__closure| #js);
                            let #name: ::std::option::Option<&#js_value> = #packed_name.as_ref();
                        },
                        false => quote! {
                            let #name: ::std::option::Option<&#js_value> =
                                #holder.as_ref().map(|__closure| __closure.as_js_value());
                        },
                    });
                }
                (policy, false) => {
                    prepare.push(quote!(let #holder = { let #binding = #name; #make };));
                    prepare.push(match (policy, callback.packed) {
                        (Policy::Guard, true) => {
                            let js = pack(quote!(#as_js(&#holder)));
                            quote! {
                                let #packed_name: #js_value = #js;
                                let #name: &#js_value = &#packed_name;
                            }
                        }
                        _ => quote!(let #name: &#js_value = #as_js(&#holder);),
                    });
                }
                (policy, true) => {
                    prepare.push(quote!(let #holder = #name.map(|#binding| #make);));
                    prepare.push(match (policy, callback.packed) {
                        (Policy::Guard, true) => {
                            let js = pack(quote!(#as_js(__closure)));
                            quote! {
                                let #packed_name: ::std::option::Option<#js_value> =
                                    #holder.as_ref().map(|__closure| #js);
                                let #name: ::std::option::Option<&#js_value> = #packed_name.as_ref();
                            }
                        }
                        _ => quote! {
                            let #name: ::std::option::Option<&#js_value> =
                                #holder.as_ref().map(|__value| #as_js(__value));
                        },
                    });
                }
            }
            if callback.policy == Policy::Guard {
                guarded.push((callback.index, holder, function_of));
            }
        }
        // With a `removeX` to call on drop, the converted arguments are kept for it.
        let removing = matches!(self.unregister, Unregister::Remove { .. });
        for kept in &kept {
            let name = &params[kept.index].name;
            let kept_name = format_ident!("__kept_{}", name);
            let to_js = &kept.to_js;
            let import = &kept.import;
            // Arguments holding callbacks convert in a scope of their own policy.
            let enter = match kept.scope {
                Some(policy) => {
                    let scope_name = format_ident!("__scope_{}", name);
                    let policy = format_ident!("{}", format!("{policy:?}"));
                    prepare.push(quote! {
                        let mut #scope_name = #support::scope(#support::Policy::#policy);
                    });
                    if kept.scope == Some(Policy::Guard) {
                        guarded.push((
                            kept.index,
                            scope_name.clone(),
                            quote!(#support::scope_function(&#scope_name)),
                        ));
                    }
                    quote!(let __scope = &mut #scope_name;)
                }
                None => TokenStream::new(),
            };
            // The call borrows a value kept for `removeX` (or, for a variadic one, copies it).
            let pass = match (kept.by_ref, kept.optional, removing) {
                (true, false, _) => quote!(&#kept_name),
                (true, true, _) => quote!(::std::option::Option::as_ref(&#kept_name)),
                (false, _, true) => quote!(::std::clone::Clone::clone(&#kept_name)),
                (false, _, false) => quote!(#kept_name),
            };
            let convert = match enter.is_empty() {
                true => to_js.clone(),
                false => quote!({ #enter #to_js }),
            };
            match kept.optional {
                false => prepare.push(quote! {
                    let #kept_name: #import = { let __public = #name; #enter #to_js };
                    let #name = #pass;
                }),
                true => {
                    let public = &kept.public;
                    prepare.push(quote! {
                        let #name: ::std::option::Option<#public> = ::std::convert::Into::into(#name);
                        let #kept_name: ::std::option::Option<#import> =
                            ::std::option::Option::map(#name, |__public| #convert);
                        let #name = #pass;
                    })
                }
            }
        }
        guarded.sort_by_key(|(index, ..)| *index);

        let body = &function.body;
        // The function JavaScript holds: the one `removeX` takes, or the first guarded one.
        let held = match &self.unregister {
            Unregister::Remove { callback, .. } => guarded.iter().find(|g| g.0 == *callback),
            _ => guarded.first(),
        };
        let Some((_, _, first_function)) = held else {
            function.body = quote!(#(#prepare)* #body);
            return;
        };
        // The guard: the function JavaScript holds, and its release (unregister, then free).
        // `removeX` and `clearX` are called through imports of their own (see
        // `unregister_imports`), on a copy of `self`.
        let this = quote!(let __this = ::std::clone::Clone::clone(self););
        let (before, unregister) = match &self.unregister {
            Unregister::None => (TokenStream::new(), TokenStream::new()),
            Unregister::ResetAttribute(attribute) => (
                quote!(let __this: #js_value = ::std::clone::Clone::clone(#as_js(self));),
                quote! {
                    if let ::std::option::Option::Some(__function) = #first_function {
                        #support::reset_attribute(&__this, #attribute, __function);
                    }
                },
            ),
            Unregister::Clear(_) => {
                let import = self.unregister_import_name(None);
                let (_, id) = clear_id(ret);
                (
                    quote!(#this let __id = #id;),
                    quote!(let _ = __this.#import(__id);),
                )
            }
            Unregister::Remove { .. } => {
                let slots = self.slots(&kept);
                let arities = arities(&slots);
                // The longest form whose last optional argument is there (built from the
                // shortest, with none of them, which ends the chain of `else`s).
                let mut call = TokenStream::new();
                for (position, &arity) in arities.iter().enumerate() {
                    let import = self.unregister_import_name(Some(arity));
                    let args = slots[..arity]
                        .iter()
                        .enumerate()
                        .map(|(index, slot)| match slot {
                            Slot::Function => quote!(__function),
                            Slot::Kept(kept) => {
                                let kept_name = format_ident!("__kept_{}", params[kept.index].name);
                                match kept.optional && index + 1 == arity {
                                    true => quote!(__last),
                                    false => quote!(#kept_name),
                                }
                            }
                            Slot::Absent => quote!(&#js_value::UNDEFINED),
                        });
                    let invoke = quote!(let _ = __this.#import(#(#args),*););
                    call = match (position, &slots[arity - 1]) {
                        (0, _) => invoke,
                        (_, Slot::Kept(kept)) => {
                            let kept_name = format_ident!("__kept_{}", params[kept.index].name);
                            quote! {
                                if let ::std::option::Option::Some(__last) = #kept_name {
                                    #invoke
                                } else {
                                    #call
                                }
                            }
                        }
                        _ => unreachable!("a longer form ends with an optional argument"),
                    };
                }
                (
                    this,
                    quote! {
                        if let ::std::option::Option::Some(__function) = #first_function {
                            #call
                        }
                    },
                )
            }
        };
        let holders = guarded.iter().map(|(_, holder, _)| holder);
        let guard = quote! {
            #support::guard(
                ::std::option::Option::map(#first_function, ::std::clone::Clone::clone),
                move || {
                    #unregister
                    #(::std::mem::drop(#holders);)*
                },
            )
        };
        let unit = ret.public.to_string() == "()";
        let finish = match unit {
            true => quote!({ let () = __value; #before #guard }),
            false => quote!({ #before let __guard = #guard; (__value, __guard) }),
        };
        function.body = match throws {
            true => quote! {
                #(#prepare)*
                let __result = { #body };
                ::std::result::Result::map(__result, move |__value| #finish)
            },
            false => quote! {
                #(#prepare)*
                let __value = { #body };
                #finish
            },
        };
        let guard_type = quote!(::idlbind::CallbackGuard);
        let value = &ret.public;
        let shape = match unit {
            true => guard_type,
            false => quote!((#value, #guard_type)),
        };
        function.ret = match throws {
            true => Returns::Throws(shape),
            false => Returns::Value(shape),
        };
    }
}

/// What `removeX` receives at one position: the function `addX` gave JavaScript, an argument
/// `addX` received (kept for it), or nothing (`undefined` if a later one is passed).
enum Slot<'a> {
    Function,
    Kept(&'a Kept),
    Absent,
}

/// The argument counts `removeX` is called with: as far as the last argument that is always
/// there, then as far as each optional argument after it (whose `None` leaves it out, as the
/// call to `addX` did). Ascending.
fn arities(slots: &[Slot<'_>]) -> Vec<usize> {
    let always = slots
        .iter()
        .rposition(|slot| match slot {
            Slot::Function => true,
            Slot::Kept(kept) => !kept.optional,
            Slot::Absent => false,
        })
        .map_or(0, |last| last + 1);
    let optional = (always..slots.len())
        .filter(|&index| matches!(slots[index], Slot::Kept(kept) if kept.optional))
        .map(|index| index + 1);
    std::iter::once(always).chain(optional).collect()
}

/// The type and value (of `__value`, the member's result) that a guard's `clearX` receives:
/// a number as it is, anything else as its `JsValue`.
fn clear_id(ret: &Lowered) -> (TokenStream, TokenStream) {
    const NUMBERS: [&str; 8] = ["i8", "u8", "i16", "u16", "i32", "u32", "f32", "f64"];
    let public = &ret.public;
    match NUMBERS.contains(&public.to_string().as_str()) {
        true => (public.clone(), quote!(__value)),
        false => (
            quote!(::idlbind::JsValue),
            quote!(::idlbind::ToJs::to_js(&__value)),
        ),
    }
}

impl CallbackPlan {
    /// What `removeX` receives, position by position, from a method given `kept` (the
    /// arguments it keeps: all of them for the `_with` form, the required ones otherwise).
    fn slots<'k>(&self, kept: &[&'k Kept]) -> Vec<Slot<'k>> {
        let Unregister::Remove {
            callback, count, ..
        } = &self.unregister
        else {
            return Vec::new();
        };
        (0..*count)
            .map(|index| match kept.iter().find(|k| k.index == index) {
                _ if index == *callback => Slot::Function,
                Some(kept) => Slot::Kept(kept),
                None => Slot::Absent,
            })
            .collect()
    }

    /// The import of the unregister step: of `removeX` taking `arity` arguments, or of
    /// `clearX` (`None`).
    fn unregister_import_name(&self, arity: Option<usize>) -> Ident {
        let (name, _) = (self.unregister_import.as_ref())
            .expect("an unregister step that calls a method has its imports planned");
        match arity {
            Some(arity) => format_ident!("{}_{}", name, arity),
            None => format_ident!("{}", name),
        }
    }

    /// The imports a guard's unregister step calls: `removeX` in each argument count the
    /// methods may call it with (see [`arities`]), or `clearX`; none for other steps.
    ///
    /// Each is imported with `catch`, and the guard drops the exception: a drop has nowhere to
    /// report one, a panic there would abort an unwinding thread, and an unregister step that
    /// throws (an object whose `removeX` is not the platform's, or a method that is not there
    /// at all) leaves nothing for Rust to undo. The platform's own steps do not throw for a
    /// callback already removed.
    pub(super) fn unregister_imports(&self, ret: &Lowered) -> Vec<ImportPlan> {
        let Some((_, options)) = &self.unregister_import else {
            return Vec::new();
        };
        let js_value = quote!(::idlbind::JsValue);
        let import = |name: Ident, params: Vec<TokenStream>, variadic: bool| ImportPlan {
            name,
            options: match variadic {
                true => quote!(#options, variadic),
                false => options.clone(),
            },
            method: true,
            params,
            ret: quote!(()),
            exceptions: Exceptions::Expected,
        };
        match &self.unregister {
            Unregister::Clear(_) => {
                let (id, _) = clear_id(ret);
                vec![import(self.unregister_import_name(None), vec![id], false)]
            }
            Unregister::Remove { .. } => {
                let kept: Vec<&Kept> = self.kept.iter().collect();
                let slots = self.slots(&kept);
                (arities(&slots).into_iter())
                    .map(|arity| {
                        let params = (slots[..arity].iter().enumerate())
                            .map(|(index, slot)| match slot {
                                Slot::Function | Slot::Absent => quote!(&#js_value),
                                Slot::Kept(kept) => {
                                    let ty = &kept.import;
                                    match kept.optional && index + 1 < arity {
                                        true => quote!(::std::option::Option<#ty>),
                                        false => quote!(#ty),
                                    }
                                }
                            })
                            .collect();
                        let variadic = matches!(slots[arity - 1], Slot::Kept(k) if k.variadic);
                        import(self.unregister_import_name(Some(arity)), params, variadic)
                    })
                    .collect()
            }
            Unregister::None | Unregister::ResetAttribute(_) => Vec::new(),
        }
    }
}

/// The runtime's callback helpers for generated code.
fn support() -> TokenStream {
    quote!(::idlbind::callback::__private)
}

impl CallbackPlan {
    /// A rustdoc section saying how long each callback lives.
    fn docs(&self, present: &[&CallbackArg], kept: &[&Kept], params: &[Param]) -> Vec<String> {
        let nested: Vec<(usize, Policy)> = (kept.iter())
            .filter_map(|k| Some((k.index, k.scope?)))
            .collect();
        let mut lines: Vec<(usize, Policy)> = (present.iter())
            .map(|c| (c.index, c.policy))
            .chain(nested.iter().copied())
            .collect();
        if lines.is_empty() {
            return Vec::new();
        }
        lines.sort_by_key(|(index, _)| *index);
        let mut docs = vec![String::new(), "# Callbacks".to_owned(), String::new()];
        for (index, policy) in lines {
            let name = &params[index].name;
            // A callback inside another type: the closures it holds, if any.
            let inside = nested.iter().any(|(i, _)| *i == index);
            let (subject, it, captured, freed, borrowed) = match inside {
                true => (
                    format!("The closures in `{name}` are"),
                    "them",
                    "what each captured",
                    "they are freed",
                    "they are borrowed",
                ),
                false => (
                    format!("`{name}` is"),
                    "it",
                    "what it captured",
                    "it is freed",
                    "it is borrowed",
                ),
            };
            let line = match policy {
                Policy::Guard => {
                    let step = match &self.unregister {
                        Unregister::Remove {
                            method,
                            callback: callback_index,
                            ..
                        } if *callback_index == index => {
                            format!("calls `{method}` with the same arguments, then ")
                        }
                        Unregister::ResetAttribute(attribute) => format!(
                            "sets `{attribute}` back to `null` if it still holds this callback, \
                             then "
                        ),
                        Unregister::Clear(clear) => {
                            format!("calls `{clear}` with the result, then ")
                        }
                        _ => String::new(),
                    };
                    format!(
                        "{subject} kept by JavaScript and owned by the returned \
                         [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard \
                         {step}frees {it} (`forget()` keeps {it} for good)."
                    )
                }
                Policy::Once => format!(
                    "{subject} called at most once: {captured} is dropped after the call, and \
                     {freed} when JavaScript no longer holds {it}."
                ),
                Policy::Borrowed => {
                    format!("{subject} called only during this call ({borrowed}).")
                }
                Policy::Owned => format!(
                    "{subject} given to JavaScript: its garbage collector frees {it} with the \
                     function."
                ),
            };
            docs.push(line);
        }
        docs
    }
}

/// The `JsValue` of a value of a direct type (one that crosses in wasm-bindgen's own ABI),
/// with the checks an argument of that type gets.
fn direct_to_js(ty: &Type, value: TokenStream, label: &str) -> TokenStream {
    let js_value = quote!(::idlbind::JsValue);
    let as_js = quote!(::std::convert::AsRef::<#js_value>::as_ref);
    match ty {
        Type::DomString | Type::UsvString => quote!(#js_value::from_str(#value)),
        Type::ByteString => {
            quote!(#js_value::from_str(::idlbind::__private::byte_string(#value, #label)))
        }
        Type::Primitive(Primitive::Boolean) => quote!(#js_value::from_bool(#value)),
        Type::Primitive(Primitive::LongLong | Primitive::UnsignedLongLong) => {
            quote!(#js_value::from_f64(#value as f64))
        }
        Type::Primitive(Primitive::Double) => {
            quote!(#js_value::from_f64(::idlbind::__private::finite_f64(#value, #label)))
        }
        Type::Primitive(Primitive::Float) => quote! {
            #js_value::from_f64(::std::convert::From::from(::idlbind::__private::finite_f32(#value, #label)))
        },
        Type::Primitive(_) => quote!(#js_value::from_f64(::std::convert::From::from(#value))),
        Type::Any => quote!(::std::clone::Clone::clone(#value)),
        Type::Nullable(inner) => {
            let inner = direct_to_js(inner, quote!(__inner), label);
            quote! {
                match #value {
                    ::std::option::Option::Some(__inner) => #inner,
                    ::std::option::Option::None => #js_value::NULL,
                }
            }
        }
        _ => quote!(::std::clone::Clone::clone(#as_js(#value))),
    }
}

/// The Rust items of the block's callback definitions: a trait for each callback interface,
/// implemented for closures, and a module of its constants. Callback functions need no item:
/// arguments take closures.
pub(super) fn lower_callbacks(
    model: &Model,
    names: &Names<'_>,
    diagnostics: &mut Diagnostics,
) -> Vec<TokenStream> {
    let mut items = Vec::new();
    for callback in model.callbacks.iter().filter(|c| c.role == Role::Bind) {
        if let Some(interface) = &callback.interface {
            match callback_interface(callback, interface, names) {
                Ok(tokens) => items.push(tokens),
                Err((loc, message)) => {
                    diagnostics.error(loc, message);
                    continue;
                }
            }
        }
        items.extend(callback_value_type(callback, names));
    }
    items
}

/// The type of the callback's values inside unions, dictionaries, sequences and records: a
/// Rust closure (or, for a callback interface, an implementation of its trait), made into a
/// JavaScript function each time the value is converted, or a JavaScript function.
///
/// `None` when the callback's closure cannot be bound (reported where the callback is used).
fn callback_value_type(callback: &Callback, names: &Names<'_>) -> Option<TokenStream> {
    let site = CallbackSite {
        callback,
        label: None,
        event_type: None,
        policy: Policy::Guard,
        count: 1,
    };
    let closure = callback_closure(names, &mut Diagnostics::default(), &site, callback.name.loc)?;
    let CallbackArg {
        bound,
        generics,
        generic,
        wrapper,
        packed,
        js_params,
        erased_return,
        ..
    } = closure;
    // A callback function also takes an `FnOnce`, called at most once: the same wrapper
    // (only the policy differs, which the wrapper does not depend on), under the same bound
    // with `FnOnce` for `FnMut`.
    let once = callback.interface.is_none().then(|| {
        let bound = once_bound(&bound);
        quote!(once[#generic: #bound #(, #generics)*](#generic);)
    });
    let name = names.path(&callback.name);
    let idl_name = &callback.name.idl;
    // What a value holds, for its rustdoc: `callback_value!` knows a function's.
    let (kind, held) = match &callback.interface {
        Some(_) => {
            let held = format!(
                "an implementation of [`{}`] (every closure of the operation's signature is one)",
                trait_name(names, &callback.name)
            );
            (format_ident!("interface"), Some(quote!(held: #held;)))
        }
        None => (format_ident!("function"), None),
    };
    let packed = packed.then(|| quote!(arguments: packed;));
    // The runtime's `callback_value!` adds the paragraphs saying what a value is.
    let docs = Moved::new(crate::emit::docs(&definition_docs(
        &callback.docs,
        &callback.ext_attrs,
    )));
    let alias = (name != idl_name.as_str()).then(|| quote!(#[doc(alias = #idl_name)]));
    // The wrappers call the user's closure by this name; the runtime's macros bind it.
    let callback_name = format_ident!("__callback");
    // What the function JavaScript calls returns (`()` for `undefined`: the same type).
    let ret = match erased_return {
        Some(_) => quote!(::idlbind::JsValue),
        None => quote!(()),
    };
    let (bound, wrapper) = (Moved::new(bound), Moved::new(wrapper));
    let js_params = js_params.into_iter().map(Moved::new);
    let generics = generics.into_iter().map(Moved::new);
    Some(quote! {
        ::idlbind::__private::callback_value! {
            #docs
            #alias
            struct #name = #idl_name: #kind;
            fn(#(#js_params),*) -> #ret;
            #packed
            #held
            callback: #callback_name;
            new[#generic: #bound #(, #generics)*](#generic) = #wrapper;
            #once
        }
    })
}

/// `bound` (a callback function's `FnMut(..) -> R + 'static`) with `FnOnce` for `FnMut`.
fn once_bound(bound: &TokenStream) -> TokenStream {
    (bound.clone().into_iter())
        .map(|token| match token {
            TokenTree::Ident(ident) if ident == "FnMut" => {
                TokenTree::Ident(Ident::new("FnOnce", ident.span()))
            }
            other => other,
        })
        .collect()
}

/// `trait IObject` with the operation as a `&mut self` method, the blanket impl for closures,
/// and `mod i` with the constants.
fn callback_interface(
    callback: &Callback,
    interface: &crate::model::CallbackInterface,
    names: &Names<'_>,
) -> Result<TokenStream, (crate::diagnostics::Loc, String)> {
    let lowering = TypeLowering { paths: names };
    let trait_name = trait_name(names, &callback.name);
    let method = names::ident(
        &names::member_name(&interface.operation.idl),
        (names.span_of)(interface.operation.loc),
    );
    let mut params = Vec::new();
    let mut arg_names = Vec::new();
    let mut arg_types = Vec::new();
    for argument in &callback.args {
        let owned = match (&argument.ty, callback_of(&argument.ty)) {
            (ty, Some(name)) => callback_value(&lowering, ty, name),
            (other, None) => lowering.owned(other).map_err(|what| {
                (
                    argument.name.loc,
                    format!("{what} types are not supported by idlbind yet"),
                )
            })?,
        };
        // A variadic argument is every argument from there on.
        let owned = match (argument.variadic, argument.optional) {
            (true, _) => quote!(::std::vec::Vec<#owned>),
            (false, true) if !matches!(argument.ty, Type::Nullable(_)) => {
                quote!(::std::option::Option<#owned>)
            }
            _ => owned,
        };
        let name = names::ident(&names::member_name(&argument.name.idl), Span::call_site());
        params.push(quote!(#name: #owned));
        arg_names.push(name);
        arg_types.push(owned);
    }
    let to_js = quote!(::idlbind::ToJs::to_js);
    let unsupported = |what: String| {
        (
            interface.operation.loc,
            format!("{what} types are not supported by idlbind yet"),
        )
    };
    // The trait method's result, and the blanket impl's bound on closures' results.
    let (method_return, closure_return, extra_generic, call) = match &callback.ret {
        Type::Undefined => (None, None, None, quote!(self(#(#arg_names),*))),
        Type::Any => (
            Some(quote!(::idlbind::JsValue)),
            Some(quote!(R)),
            Some(quote!(R: ::idlbind::ToJs)),
            quote!(#to_js(&self(#(#arg_names),*))),
        ),
        Type::Promise(_) => {
            let promise = lowering.owned(&callback.ret).map_err(unsupported)?;
            (
                Some(promise.clone()),
                Some(quote!(R)),
                Some(quote!(R: ::std::convert::Into<#promise>)),
                quote!(::std::convert::Into::into(self(#(#arg_names),*))),
            )
        }
        other => {
            let owned = match callback_of(other) {
                Some(name) => callback_value(&lowering, other, name),
                None => lowering.owned(other).map_err(unsupported)?,
            };
            (
                Some(owned.clone()),
                Some(owned),
                None,
                quote!(self(#(#arg_names),*)),
            )
        }
    };
    let method_arrow = method_return.as_ref().map(|r| quote!(-> #r));
    let closure_arrow = closure_return.as_ref().map(|r| quote!(-> #r));
    let generic_r = extra_generic.as_ref().map(|_| quote!(, R));
    let extra_bound = extra_generic.map(|bound| quote!(, #bound));

    let idl_name = &callback.name.idl;
    let mut docs = definition_docs(&callback.docs, &callback.ext_attrs);
    docs.extend([
        String::new(),
        format!(
            "The callback interface `{idl_name}`: implement it for a type, or pass a closure \
             (every `FnMut` of the operation's signature implements it). JavaScript receives a \
             function that calls `{method}`."
        ),
    ]);
    let docs = crate::emit::docs(&docs);
    let alias = (trait_name != idl_name.as_str()).then(|| quote!(#[doc(alias = #idl_name)]));
    let method_doc = format!(
        " The operation `{}` of `{idl_name}`: what JavaScript calls.",
        interface.operation.idl
    );

    let consts: Vec<TokenStream> = (interface.consts.iter())
        .filter_map(|member| {
            let MemberKind::Const { name, ty, value } = &member.kind else {
                return None;
            };
            let Type::Primitive(primitive) = ty else {
                return None; // reported by the model's checks
            };
            let rust = super::rust_name_of(&member.ext_attrs)
                .unwrap_or_else(|| names::const_name(&name.idl));
            let ident = names::ident(&rust, (names.span_of)(name.loc));
            let rust_type = super::types::primitive_rust(*primitive);
            let value = const_value(*primitive, value);
            let docs = crate::emit::docs(&super::idl_block(&member.docs.idl));
            Some(quote!(#docs pub const #ident: #rust_type = #value;))
        })
        .collect();
    let module = (!consts.is_empty()).then(|| {
        let (rust, span) = names.interface(&callback.name);
        let module = names::ident(&names::member_name(&rust), span);
        let doc = format!(" The constants of the callback interface `{idl_name}`.");
        quote! {
            #[doc = #doc]
            pub mod #module {
                #(#consts)*
            }
        }
    });
    Ok(quote! {
        #docs
        #alias
        pub trait #trait_name {
            #[doc = #method_doc]
            fn #method(&mut self, #(#params),*) #method_arrow;
        }

        impl<F #generic_r> #trait_name for F
        where
            F: ::std::ops::FnMut(#(#arg_types),*) #closure_arrow #extra_bound
        {
            fn #method(&mut self, #(#params),*) #method_arrow {
                #call
            }
        }

        #module
    })
}
