//! Resolution: the written definitions of every source become one model. Partial interfaces
//! are merged into their interface, mixins are included, typedefs are replaced by their types,
//! every name a type mentions is classified, and inheritance chains are followed.
//!
//! A name defined in no source is taken to be a Rust type in scope at the macro call (another
//! `idl!` block, another crate, a hand-written wasm-bindgen type): the compiler reports it, at
//! the IDL token, if it is not there.

use std::cell::RefCell;
use std::collections::HashMap;

use super::build::Written;
use super::{
    Callback, Dictionary, DictionaryMember, Enum, Interface, Member, MemberKind, Mixin, Model,
    Name, Namespace, Type, UnionTypedef,
};
use crate::diagnostics::{Diagnostics, Loc};
use crate::source::{Role, Source};

/// What a name stands for.
#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Interface,
    Mixin,
    Dictionary,
    Enum,
    Callback,
    Namespace,
    Typedef(Type),
}

struct Definition {
    kind: Kind,
    name: Name,
}

pub fn resolve(
    written: Vec<(Role, Vec<Written>)>,
    sources: &[Source],
    diagnostics: &mut Diagnostics,
) -> Model {
    let mut table: HashMap<String, Definition> = HashMap::new();
    let mut interfaces: Vec<Interface> = Vec::new();
    let mut partials = Vec::new();
    let mut mixins: Vec<Mixin> = Vec::new();
    let mut partial_mixins = Vec::new();
    let mut includes = Vec::new();
    let stand_ins = Vec::new();
    let mut callbacks: Vec<Callback> = Vec::new();
    let mut namespaces: Vec<Namespace> = Vec::new();
    let mut partial_namespaces = Vec::new();
    let mut dictionaries: Vec<Dictionary> = Vec::new();
    let mut partial_dictionaries = Vec::new();
    let mut enums: Vec<Enum> = Vec::new();
    let mut typedefs = Vec::new();

    for (role, definitions) in written {
        for definition in definitions {
            let (name, kind) = match &definition {
                Written::Interface { partial: true, .. }
                | Written::Mixin { partial: true, .. }
                | Written::Dictionary { partial: true, .. }
                | Written::Namespace { partial: true, .. }
                | Written::Includes { .. } => (None, Kind::Interface),
                Written::Callback(c) => (Some(c.name.clone()), Kind::Callback),
                Written::Namespace { namespace, .. } => {
                    (Some(namespace.name.clone()), Kind::Namespace)
                }
                Written::Dictionary { dictionary, .. } => {
                    (Some(dictionary.name.clone()), Kind::Dictionary)
                }
                Written::Enum(e) => (Some(e.name.clone()), Kind::Enum),
                Written::Interface { interface, .. } => {
                    (Some(interface.name.clone()), Kind::Interface)
                }
                Written::Mixin { mixin, .. } => (Some(mixin.name.clone()), Kind::Mixin),
                Written::Typedef { name, ty, .. } => {
                    (Some(name.clone()), Kind::Typedef(ty.clone()))
                }
            };
            if let Some(name) = name {
                // The first definition of a name wins; a second is reported and dropped.
                if let Some(first) = table.get(&name.idl) {
                    let Loc { source, start, .. } = first.name.loc;
                    let first = sources[source].place(start, source, name.loc.source);
                    diagnostics.error(
                        name.loc,
                        format!(
                            "`{}` is defined twice (first at {first}); partial definitions \
                             must say `partial`",
                            name.idl
                        ),
                    );
                    continue;
                }
                table.insert(name.idl.clone(), Definition { kind, name });
            }
            match definition {
                Written::Interface {
                    interface,
                    partial: true,
                } => partials.push(interface),
                Written::Interface { interface, .. } => interfaces.push(interface),
                Written::Mixin {
                    mixin,
                    partial: true,
                } => partial_mixins.push(mixin),
                Written::Mixin { mixin, .. } => mixins.push(mixin),
                Written::Includes { target, mixin } => includes.push((target, mixin)),
                Written::Typedef { name, ty, docs } => typedefs.push((name, ty, docs, role)),
                Written::Dictionary {
                    dictionary,
                    partial: true,
                } => partial_dictionaries.push(dictionary),
                Written::Dictionary { dictionary, .. } => dictionaries.push(dictionary),
                Written::Enum(e) => enums.push(e),
                Written::Callback(callback) => callbacks.push(callback),
                Written::Namespace {
                    namespace,
                    partial: true,
                } => partial_namespaces.push(namespace),
                Written::Namespace { namespace, .. } => namespaces.push(namespace),
            }
        }
    }

    for partial in partial_mixins {
        match mixins.iter_mut().find(|m| m.name.idl == partial.name.idl) {
            Some(mixin) => mixin.members.extend(partial.members),
            None => diagnostics.error(
                partial.name.loc,
                format!(
                    "partial interface mixin `{}` has no `interface mixin` to extend",
                    partial.name.idl
                ),
            ),
        }
    }
    for partial in partial_namespaces {
        match namespaces
            .iter_mut()
            .find(|n| n.name.idl == partial.name.idl)
        {
            Some(namespace) => namespace.members.extend(partial.members),
            None => diagnostics.error(
                partial.name.loc,
                format!(
                    "partial namespace `{}` has no `namespace` to extend in this block or in \
                     the IDL it refers to",
                    partial.name.idl
                ),
            ),
        }
    }

    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (index, interface) in interfaces.iter().enumerate() {
        by_name.entry(interface.name.idl.clone()).or_insert(index);
    }
    // A partial interface of an interface this block binds is merged; one of an interface
    // defined elsewhere (referred IDL, another block or crate) becomes an extension trait.
    let mut extensions: Vec<Interface> = Vec::new();
    for partial in partials {
        match by_name.get(&partial.name.idl) {
            Some(&index) if interfaces[index].role == Role::Bind || partial.role == Role::Refer => {
                interfaces[index].members.extend(partial.members)
            }
            _ => match (extensions.iter_mut()).find(|e| e.name.idl == partial.name.idl) {
                Some(extension) => extension.members.extend(partial.members),
                None if partial.role == Role::Bind => extensions.push(partial),
                None => {}
            },
        }
    }

    let mut included: Vec<(String, String)> = Vec::new();
    for (target, mixin) in includes {
        let pair = (target.idl.clone(), mixin.idl.clone());
        if included.contains(&pair) {
            diagnostics.error(
                mixin.loc,
                format!("`{}` already includes `{}`", target.idl, mixin.idl),
            );
            continue;
        }
        included.push(pair);
        let Some(found) = mixins.iter_mut().find(|m| m.name.idl == mixin.idl) else {
            let message = match table.get(&mixin.idl) {
                Some(_) => format!("`{}` is not an interface mixin", mixin.idl),
                None => format!("unknown interface mixin `{}`", mixin.idl),
            };
            diagnostics.error(mixin.loc, message);
            continue;
        };
        let Some(&index) = by_name.get(&target.idl) else {
            diagnostics.error(
                target.loc,
                format!(
                    "`{}` includes a mixin but is not an interface of this block",
                    target.idl
                ),
            );
            continue;
        };
        found.includers.push(target.clone());
        let includer_exposure = interfaces[index].ext_attrs.exposure().unwrap_or_default();
        let included = (found.members.iter())
            .filter(|member| {
                let exposure = member.ext_attrs.exposure().unwrap_or_default();
                exposed_in(&exposure, &includer_exposure)
            })
            .cloned()
            .map(|mut member| {
                member.mixin = Some(mixin.idl.clone());
                member
            });
        interfaces[index].members.extend(included);
    }

    for interface in &mut interfaces {
        drop_duplicate_members(interface, sources, diagnostics);
    }

    let resolver = Resolver {
        table: &table,
        resolved: RefCell::default(),
    };
    for interface in &mut interfaces {
        for member in &mut interface.members {
            resolver.member(member, diagnostics);
        }
        if let Some(parent) = &interface.parent {
            match table.get(&parent.idl).map(|d| &d.kind) {
                None | Some(Kind::Interface) => {}
                Some(kind) => {
                    diagnostics.error(
                        parent.loc,
                        format!(
                            "`{}` cannot inherit from `{}`: it is {}, not an interface",
                            interface.name.idl,
                            parent.idl,
                            describe(kind)
                        ),
                    );
                    // Reported once: the Rust type does not try to extend it.
                    interface.parent = None;
                }
            }
        }
    }
    link_ancestors(&mut interfaces, &by_name, diagnostics);
    for extension in &mut extensions {
        drop_duplicate_members(extension, sources, diagnostics);
        for member in &mut extension.members {
            resolver.member(member, diagnostics);
        }
    }
    for mixin in &mut mixins {
        for member in &mut mixin.members {
            member.mixin = Some(mixin.name.idl.clone());
            resolver.member(member, diagnostics);
        }
    }
    for namespace in &mut namespaces {
        for member in &mut namespace.members {
            resolver.member(member, diagnostics);
        }
    }
    for callback in &mut callbacks {
        resolver.ty(&mut callback.ret, diagnostics);
        for argument in &mut callback.args {
            resolver.ty(&mut argument.ty, diagnostics);
        }
        if let Some(interface) = &mut callback.interface {
            for member in &mut interface.consts {
                resolver.member(member, diagnostics);
            }
        }
    }

    merge_partial_dictionaries(&mut dictionaries, partial_dictionaries, diagnostics);
    for dictionary in &mut dictionaries {
        for member in &mut dictionary.members {
            resolver.ty(&mut member.ty, diagnostics);
        }
    }
    flatten_dictionaries(&mut dictionaries, &table, diagnostics);

    let mut unions = Vec::new();
    let mut aliases = Vec::new();
    for (name, mut ty, docs, role) in typedefs {
        // Only unions make a Rust item of their own; other typedefs are resolved where used
        // (and their errors reported there).
        let union = match &ty {
            Type::Nullable(inner) => matches!(inner.as_ref(), Type::Union(..)),
            other => matches!(other, Type::Union(..)),
        };
        if !union {
            aliases.push(super::Alias { idl: name.idl, ty });
            continue;
        }
        resolver.ty(&mut ty, diagnostics);
        let ty = match ty {
            Type::Nullable(inner) => *inner,
            other => other,
        };
        if let Type::Union(members, _) = ty {
            unions.push(UnionTypedef {
                name,
                members,
                docs,
                role,
            });
        }
    }

    Model {
        interfaces,
        dictionaries,
        enums,
        unions,
        callbacks,
        namespaces,
        mixins,
        extensions,
        stand_ins,
        aliases,
        free_globals: None,
    }
}

fn merge_partial_dictionaries(
    dictionaries: &mut [Dictionary],
    partials: Vec<Dictionary>,
    diagnostics: &mut Diagnostics,
) {
    for partial in partials {
        match dictionaries
            .iter_mut()
            .find(|d| d.name.idl == partial.name.idl)
        {
            Some(dictionary) => {
                let owner = dictionary.name.idl.clone();
                dictionary
                    .members
                    .extend(partial.members.into_iter().map(|member| DictionaryMember {
                        owner: owner.clone(),
                        ..member
                    }));
            }
            None => diagnostics.error(
                partial.name.loc,
                format!(
                    "partial dictionary `{}` has no dictionary to extend in this block or in \
                     the IDL it refers to",
                    partial.name.idl
                ),
            ),
        }
    }
}

/// Follows each dictionary's parents (through every source) and copies their members in,
/// farthest ancestor first; reports unknown parents, parents of another kind, and cycles.
fn flatten_dictionaries(
    dictionaries: &mut [Dictionary],
    table: &HashMap<String, Definition>,
    diagnostics: &mut Diagnostics,
) {
    let by_name: HashMap<String, usize> = dictionaries
        .iter()
        .enumerate()
        .map(|(index, d)| (d.name.idl.clone(), index))
        .collect();
    for index in 0..dictionaries.len() {
        let mut chain: Vec<usize> = Vec::new();
        let mut current = dictionaries[index].parent.clone();
        while let Some(parent) = current.take() {
            let own = &dictionaries[index];
            let blame = own.parent.as_ref().map_or(parent.loc, |p| p.loc);
            let Some(&parent_index) = by_name.get(&parent.idl) else {
                let message = match table.get(&parent.idl) {
                    Some(definition) => format!(
                        "`{}` cannot inherit from `{}`: it is {}, not a dictionary",
                        own.name.idl,
                        parent.idl,
                        describe(&definition.kind)
                    ),
                    None => format!(
                        "unknown dictionary `{}`: idlbind flattens inherited members into \
                         `{}`, so the parent's IDL must be in this block or referred to with \
                         `#![refer = \"...\"]`",
                        parent.idl, own.name.idl
                    ),
                };
                diagnostics.error(blame, message);
                break;
            };
            if parent_index == index || chain.contains(&parent_index) {
                let mut path: Vec<&str> = vec![&own.name.idl];
                path.extend(chain.iter().map(|&i| dictionaries[i].name.idl.as_str()));
                path.push(&parent.idl);
                diagnostics.error(blame, format!("inheritance cycle: {}", path.join(" : ")));
                chain.clear();
                break;
            }
            if chain.len() == MAX_ANCESTORS {
                diagnostics.error(
                    blame,
                    format!(
                        "`{}` has more than {MAX_ANCESTORS} ancestors; idlbind reads at most \
                         {MAX_ANCESTORS}",
                        own.name.idl
                    ),
                );
                chain.clear();
                break;
            }
            chain.push(parent_index);
            current = dictionaries[parent_index].parent.clone();
        }
        let ancestors = chain
            .iter()
            .map(|&i| dictionaries[i].name.clone())
            .collect();
        let inherited = chain
            .iter()
            .rev()
            .flat_map(|&i| dictionaries[i].members.clone())
            .collect();
        let dictionary = &mut dictionaries[index];
        dictionary.ancestors = ancestors;
        dictionary.inherited = inherited;
        if dictionary.ancestors.is_empty() {
            dictionary.parent = dictionary.parent.take().filter(|_| false);
        }
    }
}

/// Operations may share a name (overloads); nothing else may. The second of two is reported
/// and dropped, so later stages see each name once.
fn drop_duplicate_members(
    interface: &mut Interface,
    sources: &[Source],
    diagnostics: &mut Diagnostics,
) {
    let mut seen: HashMap<(String, bool), (bool, Name)> = HashMap::new();
    interface.members.retain(|member| {
        let Some(name) = member.kind.name() else {
            return true;
        };
        let is_operation = matches!(member.kind, MemberKind::Operation { .. });
        let is_static = matches!(
            member.kind,
            MemberKind::Attribute {
                is_static: true,
                ..
            } | MemberKind::Operation {
                is_static: true,
                ..
            }
        );
        let key = (name.idl.clone(), is_static);
        match seen.get(&key) {
            Some((true, _)) if is_operation => true,
            Some((_, first)) => {
                let Loc { source, start, .. } = first.loc;
                let first = sources[source].place(start, source, name.loc.source);
                diagnostics.error(
                    name.loc,
                    format!(
                        "`{}` is declared twice in `{}` (first at {first}); only operations \
                         may share a name (overloads)",
                        name.idl, interface.name.idl
                    ),
                );
                false
            }
            None => {
                seen.insert(key, (is_operation, name.clone()));
                true
            }
        }
    });
}

fn describe(kind: &Kind) -> String {
    match kind {
        Kind::Interface => "an interface".into(),
        Kind::Mixin => "an interface mixin".into(),
        Kind::Dictionary => "a dictionary".into(),
        Kind::Enum => "an enum".into(),
        Kind::Typedef(_) => "a typedef".into(),
        Kind::Callback => "a callback".into(),
        Kind::Namespace => "a namespace".into(),
    }
}

/// Fills each interface's ancestors beyond its parent, as far as definitions are known, and
/// reports inheritance cycles.
fn link_ancestors(
    interfaces: &mut [Interface],
    by_name: &HashMap<String, usize>,
    diagnostics: &mut Diagnostics,
) {
    for index in 0..interfaces.len() {
        let mut chain: Vec<Name> = Vec::new();
        let mut current = interfaces[index].parent.clone();
        while let Some(parent) = current {
            if parent.idl == interfaces[index].name.idl || chain.iter().any(|n| n.idl == parent.idl)
            {
                let mut path: Vec<&str> = vec![&interfaces[index].name.idl];
                path.extend(chain.iter().map(|n| n.idl.as_str()));
                path.push(&parent.idl);
                let loc = interfaces[index]
                    .parent
                    .as_ref()
                    .map_or(parent.loc, |p| p.loc);
                diagnostics.error(loc, format!("inheritance cycle: {}", path.join(" : ")));
                chain.clear();
                interfaces[index].parent = None;
                break;
            }
            if chain.len() == MAX_ANCESTORS {
                let loc = interfaces[index]
                    .parent
                    .as_ref()
                    .map_or(parent.loc, |p| p.loc);
                diagnostics.error(
                    loc,
                    format!(
                        "`{}` has more than {MAX_ANCESTORS} ancestors; idlbind reads at most \
                         {MAX_ANCESTORS}",
                        interfaces[index].name.idl
                    ),
                );
                chain.clear();
                interfaces[index].parent = None;
                break;
            }
            current = by_name
                .get(&parent.idl)
                .and_then(|&i| interfaces[i].parent.clone());
            chain.push(parent);
        }
        // The parent itself is stored apart; keep the ones beyond it.
        interfaces[index].ancestors = chain.into_iter().skip(1).collect();
    }
}

/// How deeply a type may nest once its typedefs are replaced, and how many types it may be
/// made of. Typedefs of typedefs could otherwise make a type exponentially large, or deep
/// enough to overflow the stack of the stages that follow.
pub const MAX_TYPE_DEPTH: usize = 48;
pub const MAX_TYPE_SIZE: usize = 2000;

/// How many ancestors an interface or dictionary may have (real IDL has fewer than ten).
pub const MAX_ANCESTORS: usize = 64;

struct Resolver<'a> {
    table: &'a HashMap<String, Definition>,
    /// Each typedef's type, once resolved: each is expanded once.
    resolved: RefCell<HashMap<String, Type>>,
}

impl Resolver<'_> {
    fn member(&self, member: &mut Member, diagnostics: &mut Diagnostics) {
        member.kind.types_mut(&mut |ty| self.ty(ty, diagnostics));
    }

    fn ty(&self, ty: &mut Type, diagnostics: &mut Diagnostics) {
        ty.walk_mut(&mut |t| {
            if let Type::Named(name) = t {
                *t = self.named(name, diagnostics, &mut Vec::new());
            }
        });
    }

    /// What a name means as a type; `seen` guards against typedef cycles.
    fn named(&self, name: &Name, diagnostics: &mut Diagnostics, seen: &mut Vec<String>) -> Type {
        let Some(definition) = self.table.get(&name.idl) else {
            return prose_defined(name).unwrap_or_else(|| Type::Interface(name.clone()));
        };
        match &definition.kind {
            Kind::Interface => Type::Interface(name.clone()),
            Kind::Dictionary => Type::Dictionary(name.clone()),
            Kind::Enum => Type::Enum(name.clone()),
            Kind::Callback => Type::Callback(name.clone()),
            Kind::Typedef(target) => {
                if seen.contains(&name.idl) {
                    diagnostics.error(
                        definition.name.loc,
                        format!("typedef `{}` refers to itself", name.idl),
                    );
                    return Type::Reported(name.clone());
                }
                let cached = self.resolved.borrow().get(&name.idl).cloned();
                if let Some(resolved) = cached {
                    return name_union(resolved, name);
                }
                if seen.len() >= MAX_TYPE_DEPTH {
                    diagnostics.error(
                        definition.name.loc,
                        format!(
                            "typedef `{}` is reached through more than {MAX_TYPE_DEPTH} \
                             typedefs; idlbind follows at most {MAX_TYPE_DEPTH}",
                            name.idl
                        ),
                    );
                    self.resolved
                        .borrow_mut()
                        .insert(name.idl.clone(), Type::Reported(name.clone()));
                    return Type::Reported(name.clone());
                }
                seen.push(name.idl.clone());
                let mut resolved = target.clone();
                resolved.walk_mut(&mut |t| {
                    if let Type::Named(inner) = t {
                        *t = self.named(inner, diagnostics, seen);
                    }
                });
                seen.pop();
                let (depth, size) = resolved.measure();
                if depth > MAX_TYPE_DEPTH || size > MAX_TYPE_SIZE {
                    diagnostics.error(
                        definition.name.loc,
                        format!(
                            "typedef `{}` expands to a type nested {depth} deep, made of {size} \
                             types; idlbind reads at most {MAX_TYPE_DEPTH} deep and \
                             {MAX_TYPE_SIZE} types",
                            name.idl
                        ),
                    );
                    resolved = Type::Reported(name.clone());
                }
                self.resolved
                    .borrow_mut()
                    .insert(name.idl.clone(), resolved.clone());
                name_union(resolved, name)
            }
            Kind::Mixin => {
                diagnostics.error(
                    name.loc,
                    format!("`{}` is an interface mixin, which is not a type", name.idl),
                );
                Type::Reported(name.clone())
            }
            Kind::Namespace => {
                diagnostics.error(
                    name.loc,
                    format!("`{}` is a namespace, which is not a type", name.idl),
                );
                Type::Reported(name.clone())
            }
        }
    }
}

/// Whether a mixin member exposed in `member` globals exists in an includer exposed in
/// `includer` globals (HTML's `NavigatorID.productSub` is `[Exposed=Window]`: a
/// `WorkerNavigator` does not have it). Unknown or `*` exposure never excludes; `Worker`
/// covers every kind of worker.
fn exposed_in(member: &[String], includer: &[String]) -> bool {
    let covers = |a: &str, b: &str| a == b || (a == "Worker" && b.ends_with("Worker"));
    member.is_empty()
        || includer.is_empty()
        || member.iter().chain(includer).any(|name| name == "*")
        || member
            .iter()
            .any(|m| includer.iter().any(|i| covers(m, i) || covers(i, m)))
}

/// Types that specs use without defining them in IDL: JavaScript's buffer types that weedle2
/// does not know as keywords, and names defined in a spec's prose.
fn prose_defined(name: &Name) -> Option<Type> {
    Some(match name.idl.as_str() {
        "SharedArrayBuffer" => Type::Buffer("SharedArrayBuffer"),
        "BigInt64Array" => Type::Buffer("BigInt64Array"),
        "BigUint64Array" => Type::Buffer("BigUint64Array"),
        "Float16Array" => Type::Buffer("Float16Array"),
        // CSSOM: "an implementation-defined choice of DOMString or USVString"; both are a
        // Rust `String`.
        "CSSOMString" => Type::DomString,
        // HTML: the object scripts see in place of a `Window`, forwarding to it.
        "WindowProxy" => Type::Interface(Name {
            idl: "Window".into(),
            loc: name.loc,
        }),
        _ => return None,
    })
}

/// A union reached through a typedef is named after it (`HeadersInit`), unless a nearer
/// typedef already named it.
fn name_union(ty: Type, typedef: &Name) -> Type {
    match ty {
        Type::Union(members, None) => Type::Union(members, Some(typedef.clone())),
        Type::Nullable(inner) => Type::Nullable(Box::new(name_union(*inner, typedef))),
        other => other,
    }
}
