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

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::types::{Conversion, Lowered, Position, TypeLowering, private};
use super::{
    Call, FunctionPlan, ImportPlan, InterfaceLowering, Names, Param, const_value, definition_docs,
    names,
};
use crate::diagnostics::Diagnostics;
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
}

/// An argument of an `addX` whose guard calls `removeX`: converted once to the `JsValue` that
/// both calls receive.
struct Kept {
    index: usize,
    optional: bool,
    /// The public type in an `Option` position (`_with`), to read `impl Into<Option<T>>`.
    public: TokenStream,
    /// The `JsValue` of `__public`.
    to_js: TokenStream,
}

/// The callbacks of one operation, attribute setter or constructor, and what its guard does.
#[derive(Default)]
pub(super) struct CallbackPlan {
    callbacks: Vec<CallbackArg>,
    /// Arguments taking the function that `addX` gave JavaScript (`removeX`):
    /// `&js_sys::Function`.
    functions: Vec<usize>,
    unregister: Unregister,
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
        if !args.iter().any(|a| callback_of(&a.ty).is_some()) {
            return Some(plan);
        }
        let shape = self.shape(member, args);
        if shape.is_attribute && shape.is_static {
            self.diagnostics.error(
                member.loc,
                "static attributes of callback type are not supported by idlbind yet",
            );
            return None;
        }
        let first_optional = args.iter().position(|a| a.optional).unwrap_or(args.len());
        let mut ok = true;
        let mut count = 0;
        for (index, argument) in args.iter().enumerate() {
            let Some(callback_name) = callback_of(&argument.ty) else {
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
            let policy = Policy::written(&argument.ext_attrs)
                .or_else(|| {
                    (shape.is_attribute)
                        .then(|| Policy::written(&member.ext_attrs))
                        .flatten()
                })
                .or_else(|| Policy::written(&callback.ext_attrs))
                .unwrap_or_else(|| shape.policy());
            if policy == Policy::Guard && plan.unregister == Unregister::None {
                plan.unregister = shape.unregister(index, |remove| self.remove_arity(remove));
            }
            let event_type =
                (argument.ext_attrs.get("EventType")).or_else(|| member.ext_attrs.get("EventType"));
            count += 1;
            let site = CallbackSite {
                callback,
                label: &call.label,
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
            match self.callback_arg(&site, argument) {
                Some(mut arg) => {
                    arg.index = index;
                    arg.optional = index >= first_optional;
                    plan.callbacks.push(arg);
                }
                None => ok = false,
            }
        }
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

    /// The closure parameter of one callback argument.
    fn callback_arg(
        &mut self,
        site: &CallbackSite<'_>,
        argument: &Argument,
    ) -> Option<CallbackArg> {
        let callback = site.callback;
        let private = private();
        let js_value = quote!(#private::wasm_bindgen::JsValue);
        let support = support();
        if callback.args.len() > 8 {
            self.diagnostics.error(
                argument.name.loc,
                format!(
                    "callback `{}` takes {} arguments; idlbind binds callbacks of at most 8",
                    callback.name.idl,
                    callback.args.len()
                ),
            );
            return None;
        }
        if let Some(variadic) = callback.args.iter().find(|a| a.variadic) {
            self.diagnostics.error(
                argument.name.loc,
                format!(
                    "callback `{}` has a variadic argument (`{}`): not supported by idlbind yet",
                    callback.name.idl, variadic.name.idl
                ),
            );
            return None;
        }
        let lowering = TypeLowering { paths: self.names };
        let event_type_label = site
            .event_type
            .as_ref()
            .map(|e| format!(" ([EventType={}])", e.idl))
            .unwrap_or_default();
        let description = format!(
            "callback `{}`{event_type_label} passed to `{}`",
            callback.name.idl, site.label
        );

        // JavaScript's arguments, read into the closure's argument types.
        let mut rust_args = Vec::new();
        let mut reads = Vec::new();
        let mut js_params = Vec::new();
        for (position, callback_argument) in callback.args.iter().enumerate() {
            let js = format_ident!("__a{}", position);
            js_params.push(quote!(#js: #js_value));
            let optional = callback_argument.optional;
            let event = site.event_type.as_ref().filter(|_| position == 0);
            let ty = match event {
                Some(event) => {
                    if !matches!(callback_argument.ty, Type::Interface(_)) {
                        self.diagnostics.error(
                            event.loc,
                            format!(
                                "`[EventType]` replaces the type of an event the callback \
                                 receives, but the first argument of `{}` is not an \
                                 interface",
                                callback.name.idl
                            ),
                        );
                        return None;
                    }
                    Type::Interface(event.clone())
                }
                None => callback_argument.ty.clone(),
            };
            let read = match self.read_argument(&ty, optional, &lowering) {
                Ok(read) => read,
                Err(what) => {
                    self.diagnostics.error(
                        argument.name.loc,
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
            reads.push(quote! {
                let #js = #support::#helper::<#read_as>(#js, #description, #name, #idl);
            });
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
        let result =
            self.callback_result(callback, object.is_some(), &result_generic, &description);
        let result = match result {
            Ok(result) => result,
            Err(what) => {
                let message = format!(
                    "callback `{}` returns a {what} type, which is not supported by idlbind yet",
                    callback.name.idl
                );
                self.diagnostics.error(argument.name.loc, message);
                return None;
            }
        };

        let values: Vec<&Ident> = rust_args.iter().map(|(js, _)| js).collect();
        let types: Vec<&TokenStream> = rust_args.iter().map(|(_, rust)| rust).collect();
        let once = site.policy == Policy::Once;
        let lifetime = (site.policy != Policy::Borrowed).then(|| quote!(+ 'static));
        let (bound, invoke, mutable) = match object {
            Some(interface) => {
                let trait_path = self.callback_trait(callback);
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
        let convert = &result.convert;
        let (erased_return, body) = match returns {
            true => (
                Some(quote!(-> #js_value)),
                quote!({ let __result = #invoke; #convert }),
            ),
            false => (None, quote!({ #invoke; })),
        };
        let wrapper = quote! {
            move |#(#js_params),*| #erased_return {
                #(#reads)*
                #body
            }
        };
        let js_types = rust_args.iter().map(|_| &js_value);
        Some(CallbackArg {
            index: 0,
            policy: site.policy,
            optional: false,
            bound,
            generics: result.generics,
            generic,
            erased: quote!(dyn FnMut(#(#js_types),*) #erased_return),
            wrapper,
            mutable,
        })
    }

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
                let path = self.names.path_of(name);
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
                ArgumentRead::optional_interface(self.names.path_of(name))
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
        let private = private();
        let lowering = TypeLowering { paths: self.names };
        let to_js = quote!(::idlbind::ToJs::to_js);
        let js_value = quote!(#private::wasm_bindgen::JsValue);
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
                        quote!(#to_js(&#private::finite_f64(__result, #description)))
                    }
                    Type::Primitive(Primitive::Float) => {
                        quote!(#to_js(&#private::finite_f32(__result, #description)))
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

    /// The `…Object` trait of a callback interface.
    fn callback_trait(&self, callback: &Callback) -> Ident {
        trait_name(self.names, &callback.name)
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
        let private = private();
        let import = format_ident!("__idl_{}", clear);
        let label = self.label(&name.idl);
        let call = quote!(self.#import(&#private::wasm_bindgen::JsValue::NULL));
        let throws = member.ext_attrs.has("Throws");
        let (ret, body) = match throws {
            true => (
                Some(quote!(::std::result::Result<(), ::idlbind::JsError>)),
                quote!(#private::throws(#call)),
            ),
            false => (None, quote!(#private::no_throw(#call, #label))),
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
                options: quote!(#base, setter, catch),
                method: true,
                params: vec![(
                    format_ident!("value"),
                    quote!(&#private::wasm_bindgen::JsValue),
                )],
                ret: quote!(::std::result::Result<(), #private::wasm_bindgen::JsValue>),
            }],
        });
    }
}

/// Where a callback is passed: what its wrapper's panic messages name.
struct CallbackSite<'a> {
    callback: &'a Callback,
    label: &'a str,
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

impl CallbackPlan {
    /// The lowering of a callback argument (or of the function a `removeX` takes); `None` for
    /// other arguments.
    pub(super) fn lowered(&self, index: usize) -> Option<Lowered> {
        let private = private();
        if self.functions.contains(&index) {
            let function = quote!(&#private::js_sys::Function);
            return Some(Lowered {
                public: function.clone(),
                import: function,
                conversion: Conversion::None,
            });
        }
        let callback = self.callbacks.iter().find(|c| c.index == index)?;
        let bound = &callback.bound;
        Some(Lowered {
            public: quote!(impl #bound),
            import: quote!(&#private::wasm_bindgen::JsValue),
            conversion: Conversion::None,
        })
    }

    /// An argument of an `addX` whose guard calls `removeX` crosses as the `JsValue` both
    /// calls receive; others are left as they are.
    pub(super) fn keep(&mut self, index: usize, optional: bool, lowered: Lowered) -> Lowered {
        let Unregister::Remove { callback, .. } = &self.unregister else {
            return lowered;
        };
        if index == *callback || self.callbacks.iter().any(|c| c.index == index) {
            return lowered;
        }
        // An optional nullable argument is lowered as its inner type (see `operation`).
        let ty = match (&self.types[index], optional) {
            (Type::Nullable(inner), true) => inner.as_ref().clone(),
            (ty, _) => ty.clone(),
        };
        let to_js = match &lowered.conversion {
            conversion @ Conversion::ToJs { .. } => {
                conversion.apply(quote!(__public), Position::Param, &self.label)
            }
            _ => direct_to_js(&ty, quote!(__public), &self.label),
        };
        self.kept.push(Kept {
            index,
            optional,
            public: lowered.public.clone(),
            to_js,
        });
        let js_value = {
            let private = private();
            quote!(#private::wasm_bindgen::JsValue)
        };
        Lowered {
            public: lowered.public,
            import: js_value,
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
        function.docs.extend(self.docs(&present, params));
        let private = private();
        let js_value = quote!(#private::wasm_bindgen::JsValue);
        let closure = quote!(#private::wasm_bindgen::closure::Closure);
        let support = support();

        let mut prepare = Vec::new();
        let mut guarded = Vec::new();
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
            let erased = &callback.erased;
            let wrapper = &callback.wrapper;
            let binding = match callback.mutable {
                true => quote!(mut __callback),
                false => quote!(__callback),
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
            let as_js = quote!(::std::convert::AsRef::<#js_value>::as_ref);
            match (callback.policy, callback.optional) {
                (Policy::Borrowed, false) => {
                    let wrapper_name = format_ident!("__wrapper_{}", name);
                    prepare.push(quote! {
                        let mut #wrapper_name = { let #binding = #name; #wrapper };
                        let #holder = #closure::<#erased + '_>::borrow_mut_assert_unwind_safe(&mut #wrapper_name);
                        let #name: &#js_value = #holder.as_js_value();
                    });
                }
                (Policy::Borrowed, true) => {
                    let wrapper_name = format_ident!("__wrapper_{}", name);
                    prepare.push(quote! {
                        let mut #wrapper_name = #name.map(|#binding| #wrapper);
                        let #holder = #wrapper_name.as_mut().map(|__wrapper| {
                            #closure::<#erased + '_>::borrow_mut_assert_unwind_safe(__wrapper)
                        });
                        let #name: ::std::option::Option<&#js_value> =
                            #holder.as_ref().map(|__closure| __closure.as_js_value());
                    });
                }
                (_, false) => prepare.push(quote! {
                    let #holder = { let #binding = #name; #make };
                    let #name: &#js_value = #as_js(&#holder);
                }),
                (_, true) => prepare.push(quote! {
                    let #holder = #name.map(|#binding| #make);
                    let #name: ::std::option::Option<&#js_value> =
                        #holder.as_ref().map(|__value| #as_js(__value));
                }),
            }
            if callback.policy == Policy::Guard {
                guarded.push((callback.index, callback.optional, holder));
            }
        }
        for kept in &kept {
            let name = &params[kept.index].name;
            let kept_name = format_ident!("__kept_{}", name);
            let to_js = &kept.to_js;
            match kept.optional {
                false => prepare.push(quote! {
                    let #kept_name: #js_value = { let __public = #name; #to_js };
                    let #name = ::std::clone::Clone::clone(&#kept_name);
                }),
                true => {
                    let public = &kept.public;
                    prepare.push(quote! {
                        let #name: ::std::option::Option<#public> = ::std::convert::Into::into(#name);
                        let #kept_name: ::std::option::Option<#js_value> =
                            ::std::option::Option::map(#name, |__public| #to_js);
                        let #name = ::std::clone::Clone::clone(&#kept_name);
                    })
                }
            }
        }

        let body = &function.body;
        // The function JavaScript holds: the one `removeX` takes, or the first guarded one.
        let held = match &self.unregister {
            Unregister::Remove { callback, .. } => guarded.iter().find(|g| g.0 == *callback),
            _ => guarded.first(),
        };
        let Some((_, first_optional, first)) = held else {
            function.body = quote!(#(#prepare)* #body);
            return;
        };
        // The guard: the function JavaScript holds, and its release (unregister, then free).
        let as_js = quote!(::std::convert::AsRef::<#js_value>::as_ref);
        let function_of = |optional: bool, holder: &Ident| match optional {
            false => quote!(::std::option::Option::Some(#as_js(&#holder))),
            true => quote!(#holder.as_ref().map(|__closure| #as_js(__closure))),
        };
        let first_function = function_of(*first_optional, first);
        let this = quote!(let __this: #js_value = ::std::clone::Clone::clone(#as_js(self)););
        let (before, unregister) = match &self.unregister {
            Unregister::None => (TokenStream::new(), TokenStream::new()),
            Unregister::ResetAttribute(attribute) => (
                this,
                quote! {
                    if let ::std::option::Option::Some(__function) = #first_function {
                        #support::reset_attribute(&__this, #attribute, __function);
                    }
                },
            ),
            Unregister::Clear(clear) => (
                quote!(#this let __id = ::idlbind::ToJs::to_js(&__value);),
                quote!(#support::call_method(&__this, #clear, ::std::vec![::std::option::Option::Some(__id)]);),
            ),
            Unregister::Remove {
                method,
                callback,
                count,
            } => {
                let args = (0..*count).map(|index| {
                    let kept = kept.iter().find(|k| k.index == index);
                    if index == *callback {
                        quote!(::std::option::Option::Some(::std::clone::Clone::clone(
                            __function
                        )))
                    } else if let Some(kept) = kept {
                        let kept_name = format_ident!("__kept_{}", params[kept.index].name);
                        match kept.optional {
                            true => quote!(#kept_name),
                            false => quote!(::std::option::Option::Some(#kept_name)),
                        }
                    } else {
                        quote!(::std::option::Option::None)
                    }
                });
                (
                    this,
                    quote! {
                        if let ::std::option::Option::Some(__function) = #first_function {
                            #support::call_method(&__this, #method, ::std::vec![#(#args),*]);
                        }
                    },
                )
            }
        };
        let holders = guarded.iter().map(|(_, _, holder)| holder);
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
        function.ret = Some(match throws {
            true => quote!(::std::result::Result<#shape, ::idlbind::JsError>),
            false => shape,
        });
    }
}

/// The runtime's callback helpers for generated code.
fn support() -> TokenStream {
    quote!(::idlbind::callback::__private)
}

impl CallbackPlan {
    /// A rustdoc section saying how long each callback lives.
    fn docs(&self, present: &[&CallbackArg], params: &[Param]) -> Vec<String> {
        if present.is_empty() {
            return Vec::new();
        }
        let mut docs = vec![String::new(), "# Callbacks".to_owned(), String::new()];
        for callback in present {
            let name = &params[callback.index].name;
            let line = match callback.policy {
                Policy::Guard => {
                    let step = match &self.unregister {
                        Unregister::Remove {
                            method,
                            callback: index,
                            ..
                        } if *index == callback.index => {
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
                        "`{name}` is kept by JavaScript and owned by the returned \
                         [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard \
                         {step}frees it (`forget()` keeps it for good)."
                    )
                }
                Policy::Once => format!(
                    "`{name}` is called at most once: what it captured is dropped after the \
                     call, and it is freed when JavaScript no longer holds it."
                ),
                Policy::Borrowed => {
                    format!("`{name}` is called only during this call (it is borrowed).")
                }
                Policy::Owned => format!(
                    "`{name}` is given to JavaScript: its garbage collector frees it with the \
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
    let private = private();
    let js_value = quote!(#private::wasm_bindgen::JsValue);
    let as_js = quote!(::std::convert::AsRef::<#js_value>::as_ref);
    match ty {
        Type::DomString | Type::UsvString => quote!(#js_value::from_str(#value)),
        Type::ByteString => quote!(#js_value::from_str(#private::byte_string(#value, #label))),
        Type::Primitive(Primitive::Boolean) => quote!(#js_value::from_bool(#value)),
        Type::Primitive(Primitive::LongLong | Primitive::UnsignedLongLong) => {
            quote!(#js_value::from_f64(#value as f64))
        }
        Type::Primitive(Primitive::Double) => {
            quote!(#js_value::from_f64(#private::finite_f64(#value, #label)))
        }
        Type::Primitive(Primitive::Float) => quote! {
            #js_value::from_f64(::std::convert::From::from(#private::finite_f32(#value, #label)))
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
        let Some(interface) = &callback.interface else {
            continue;
        };
        match callback_interface(callback, interface, names) {
            Ok(tokens) => items.push(tokens),
            Err((loc, message)) => diagnostics.error(loc, message),
        }
    }
    items
}

/// `trait IObject` with the operation as a `&mut self` method, the blanket impl for closures,
/// and `mod i` with the constants.
fn callback_interface(
    callback: &Callback,
    interface: &crate::model::CallbackInterface,
    names: &Names<'_>,
) -> Result<TokenStream, (crate::diagnostics::Loc, String)> {
    let private = private();
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
        if argument.variadic {
            return Err((
                argument.name.loc,
                "variadic arguments of callback interfaces are not supported by idlbind yet".into(),
            ));
        }
        let owned = match (&argument.ty, callback_of(&argument.ty)) {
            (ty, Some(name)) => callback_value(&lowering, ty, name),
            (other, None) => lowering.owned(other).map_err(|what| {
                (
                    argument.name.loc,
                    format!("{what} types are not supported by idlbind yet"),
                )
            })?,
        };
        let owned = match argument.optional && !matches!(argument.ty, Type::Nullable(_)) {
            true => quote!(::std::option::Option<#owned>),
            false => owned,
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
            Some(quote!(#private::wasm_bindgen::JsValue)),
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
