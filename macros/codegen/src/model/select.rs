//! Selection: what a `#![platform]` block binds of the web platform's IDL.
//!
//! The platform's definitions arrive read only to resolve names ([`Role::Refer`]). This step
//! marks what the block needs, following what each selected definition mentions:
//!
//! - a definition the block names in `use` is bound in full: an interface with all its
//!   members (partials and mixins already merged by [`super::resolve`]), and its ancestors
//!   too, since their members are its members in Rust as in JavaScript (through `Deref`);
//! - an interface that is only *mentioned* (a member's type, a parent, the target of an inline
//!   partial) is *declared* ([`Role::Declare`]): its Rust type with its whole inheritance
//!   chain, casts and conversions, but none of its members;
//! - a dictionary, enum, union, callback or callback interface that is mentioned is bound in
//!   full, since its Rust shape is its members;
//! - the block's own definitions (inline or from a file) are seeds too: whatever they mention
//!   is selected the same way.
//!
//! A mixin's members are its bound includers' methods; its trait is made only when the mixin
//! is named in `use`, implemented by the bound includers. A `[Global]` interface's members are free functions only for `Window` and
//! for the globals named in `use`. A partial interface written in the block for a platform
//! interface that is bound in full is merged into it (a member it writes again, same name and
//! argument types, replaces the platform's: the way to add `[Throws]`); otherwise it stays an
//! extension trait of the declared type.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::build::Written;
use super::{Member, Model, Type};
use crate::diagnostics::Diagnostics;
use crate::source::Role;

/// What the block asks for.
pub struct Request<'a> {
    /// The names of `use`, in order.
    pub named: &'a [Named],
    /// `use *;`: everything.
    pub everything: bool,
    /// What another block already bound, whose types this one uses (`#![export]`).
    pub elsewhere: Option<&'a Elsewhere>,
}

/// A name of `use`: a definition, with the members named after it (`Document::{title}`), or
/// `None` for all of them.
pub struct Named {
    pub name: String,
    pub members: Option<Vec<String>>,
}

/// The platform definitions another block bound: in full, as types only (interfaces), and
/// the rest that has a Rust type (see [`bound_names`]).
#[derive(Default)]
pub struct Elsewhere {
    pub full: HashSet<String>,
    pub declared: HashSet<String>,
    pub other: HashSet<String>,
}

impl Elsewhere {
    fn has(&self, name: &str) -> bool {
        self.full.contains(name) || self.declared.contains(name) || self.other.contains(name)
    }
}

/// What selection found.
#[derive(Debug, Default)]
pub struct Selected {
    /// The names of `use` that are not defined, or not usable.
    pub unknown: Vec<Unknown>,
    /// The definitions bound elsewhere that this block uses, by IDL name, sorted.
    pub used_elsewhere: Vec<String>,
}

/// A name of `use` that the platform and the block do not define, or a member named after it
/// that the definition does not have.
#[derive(Debug, PartialEq)]
pub struct Unknown {
    /// Its position in [`Request::named`].
    pub index: usize,
    /// For a member: its position in the definition's member list.
    pub member: Option<usize>,
    /// The closest defined name, if one is close.
    pub suggestion: Option<String>,
    /// Why it is not usable although defined (a typedef of a non-union type, ...).
    pub reason: Option<String>,
}

/// Drops the definitions of the platform's sources (those at `platform_from` and after) whose
/// names the block defines itself: the block's own definition replaces the platform's,
/// partials and `includes` statements included.
pub fn drop_shadowed(written: &mut [(Role, Vec<Written>)], platform_from: usize) {
    let (block, platform) = written.split_at_mut(platform_from);
    let own: HashSet<&str> = (block.iter().flat_map(|(_, definitions)| definitions))
        .filter_map(|definition| match written_name(definition) {
            (name, true) => Some(name),
            (_, false) => None,
        })
        .collect();
    if own.is_empty() {
        return;
    }
    for (_, definitions) in platform {
        definitions.retain(|definition| !own.contains(written_name(definition).0));
    }
}

/// The name a written definition is about, and whether it defines it (not a partial, nor an
/// `includes` statement, which name their target).
fn written_name(definition: &Written) -> (&str, bool) {
    match definition {
        Written::Interface { interface, partial } => (&interface.name.idl, !partial),
        Written::Mixin { mixin, partial } => (&mixin.name.idl, !partial),
        Written::Dictionary {
            dictionary,
            partial,
        } => (&dictionary.name.idl, !partial),
        Written::Namespace { namespace, partial } => (&namespace.name.idl, !partial),
        Written::Includes { target, .. } => (&target.idl, false),
        Written::Typedef { name, .. } => (&name.idl, true),
        Written::Enum(e) => (&e.name.idl, true),
        Written::Callback(c) => (&c.name.idl, true),
    }
}

/// Where a name is defined in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Definition {
    Interface(usize),
    Dictionary(usize),
    Enum(usize),
    Union(usize),
    Callback(usize),
    Namespace(usize),
    Mixin(usize),
}

/// How much of a definition is bound.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
enum Depth {
    /// An interface's type and conversions.
    Declared,
    /// Everything.
    Full,
}

struct Selection<'m> {
    model: &'m Model,
    elsewhere: Option<&'m Elsewhere>,
    used_elsewhere: BTreeSet<String>,
    table: HashMap<&'m str, Definition>,
    chosen: HashMap<Definition, Depth>,
    work: Vec<(Definition, Depth)>,
}

/// Marks what the block binds of the referred definitions (see the module's docs), and
/// returns the names of `use` that are not defined, and what it uses of another block's.
pub fn select(model: &mut Model, request: &Request<'_>, diagnostics: &mut Diagnostics) -> Selected {
    // The block's own definitions: bound from the start.
    let own: Vec<Definition> = (definitions(model))
        .filter(|&definition| role_of(model, definition) == Role::Bind)
        .collect();
    if request.everything {
        Selection::new(model, request.elsewhere).report_slips(&own, diagnostics);
        bind_everything(model);
        return Selected::default();
    }
    let mut unknown = Vec::new();
    keep_listed_members(model, request.named, &mut unknown);
    let mut selection = Selection::new(model, request.elsewhere);
    selection.report_slips(&own, diagnostics);
    let mut extended = Vec::new();
    for (index, Named { name, .. }) in request.named.iter().enumerate() {
        // A type another block bound without its members: they are bound here, as an
        // extension trait of that type (as for a partial interface of a type defined elsewhere).
        if let Some(elsewhere) = request.elsewhere
            && elsewhere.declared.contains(name)
            && let Some(&Definition::Interface(interface)) = selection.table.get(name.as_str())
        {
            selection.used_elsewhere.insert(name.clone());
            selection.want_ancestors(interface, Depth::Declared);
            selection.want_written(Definition::Interface(interface));
            extended.push(interface);
            continue;
        }
        match selection.table.get(name.as_str()) {
            Some(&definition) => selection.want(definition, Depth::Full),
            None => unknown.push(selection.unknown(index, name)),
        }
    }
    selection.seed_from_the_block(&own);
    selection.run();
    let Selection {
        chosen,
        used_elsewhere,
        ..
    } = selection;
    let named: Vec<&str> = request.named.iter().map(|n| n.name.as_str()).collect();
    apply(model, &chosen, &named);
    for index in extended {
        let mut extension = model.interfaces[index].clone();
        // A trait has no constructors: those stay the other block's to bind.
        (extension.members).retain(|m| !matches!(m.kind, super::MemberKind::Constructor { .. }));
        extension.role = Role::Bind;
        model.extensions.push(extension);
    }
    Selected {
        unknown,
        used_elsewhere: used_elsewhere.into_iter().collect(),
    }
}

impl<'m> Selection<'m> {
    fn new(model: &'m Model, elsewhere: Option<&'m Elsewhere>) -> Self {
        let mut table = HashMap::new();
        for definition in definitions(model) {
            table
                .entry(name_of(model, definition))
                .or_insert(definition);
        }
        Selection {
            model,
            elsewhere,
            used_elsewhere: BTreeSet::new(),
            table,
            chosen: HashMap::new(),
            work: Vec::new(),
        }
    }

    fn unknown(&self, index: usize, name: &str) -> Unknown {
        if let Some(alias) = self.model.aliases.iter().find(|a| a.idl == name) {
            let reason = format!(
                "`{name}` is a typedef of `{}`, which makes no Rust item: members that use it \
                 take and return the Rust type of `{}`",
                alias.ty.idl(),
                alias.ty.idl()
            );
            return Unknown {
                index,
                member: None,
                suggestion: None,
                reason: Some(reason),
            };
        }
        let names = self
            .table
            .keys()
            .copied()
            .chain(self.model.aliases.iter().map(|a| a.idl.as_str()));
        Unknown {
            index,
            member: None,
            suggestion: closest(name, names).map(str::to_owned),
            reason: None,
        }
    }

    /// Asks for a definition at least this deep. One bound by another block is that block's:
    /// this one uses its type.
    fn want(&mut self, definition: Definition, depth: Depth) {
        let name = name_of(self.model, definition);
        if self.elsewhere.is_some_and(|e| e.has(name)) {
            self.used_elsewhere.insert(name.to_owned());
            return;
        }
        // Only interfaces have two depths; anything else is whole once chosen.
        let depth = match definition {
            Definition::Interface(_) => depth,
            _ => Depth::Full,
        };
        match self.chosen.get(&definition) {
            Some(&had) if had >= depth => {}
            _ => {
                self.chosen.insert(definition, depth);
                self.work.push((definition, depth));
            }
        }
    }

    fn want_name(&mut self, name: &str, depth: Depth) {
        if let Some(&definition) = self.table.get(name) {
            self.want(definition, depth);
        }
    }

    /// Selects what a type mentions.
    fn want_type(&mut self, ty: &Type) {
        ty.walk(&mut |part| match part {
            Type::Interface(name) => self.want_name(&name.idl, Depth::Declared),
            Type::Dictionary(name) | Type::Enum(name) | Type::Callback(name) => {
                self.want_name(&name.idl, Depth::Full)
            }
            Type::Union(_, Some(typedef)) => self.want_name(&typedef.idl, Depth::Full),
            _ => {}
        });
    }

    /// Reports the names the block's own definitions use that nothing defines but that are
    /// close to a defined name: likely slips (`Documnt`). Other unknown names stay what they
    /// are in any block, Rust types in scope at the call.
    fn report_slips(&self, own: &[Definition], diagnostics: &mut Diagnostics) {
        let model = self.model;
        let mut types: Vec<&Type> = Vec::new();
        for &definition in own {
            written_types(model, definition, &mut |ty| types.push(ty));
        }
        for member in model.extensions.iter().flat_map(|e| &e.members) {
            member.kind.types(&mut |ty| types.push(ty));
        }
        for ty in types {
            ty.walk(&mut |part| {
                if let Type::Interface(name) = part
                    && !self.table.contains_key(name.idl.as_str())
                    && let Some(close) = closest(&name.idl, self.table.keys().copied())
                {
                    diagnostics.error(
                        name.loc,
                        format!(
                            "`{}` is not defined in this block nor in the web platform's IDL: \
                             did you mean `{close}`?",
                            name.idl
                        ),
                    );
                }
            });
        }
    }

    fn want_members(&mut self, members: &[Member]) {
        for member in members {
            member.kind.types(&mut |ty| self.want_type(ty));
        }
    }

    /// Selects what the types written in a definition mention.
    fn want_written(&mut self, definition: Definition) {
        written_types(self.model, definition, &mut |ty| self.want_type(ty));
    }

    /// Selects an interface's parent and every ancestor.
    fn want_ancestors(&mut self, index: usize, depth: Depth) {
        let interface = &self.model.interfaces[index];
        for ancestor in interface.parent.iter().chain(&interface.ancestors) {
            self.want_name(&ancestor.idl, depth);
        }
    }

    /// What the block's own definitions (`own`) mention is selected as if a bound member
    /// mentioned it.
    fn seed_from_the_block(&mut self, own: &[Definition]) {
        for &definition in own {
            self.want(definition, Depth::Full);
        }
        for extension in &self.model.extensions {
            self.want_name(&extension.name.idl, Depth::Declared);
            self.want_members(&extension.members);
        }
    }

    fn run(&mut self) {
        let model = self.model;
        while let Some((definition, depth)) = self.work.pop() {
            match definition {
                Definition::Interface(index) => {
                    // A bound interface's methods include its ancestors' (`Deref`): naming
                    // `HTMLCanvasElement` gives `append_child` and `set_attribute` too. Naming
                    // some of its members asks for those alone.
                    let listed = model.interfaces[index].members_listed;
                    self.want_ancestors(index, if listed { Depth::Declared } else { depth });
                    if depth == Depth::Full {
                        self.want_written(definition);
                    }
                }
                Definition::Dictionary(index) => {
                    for ancestor in &model.dictionaries[index].ancestors {
                        self.want_name(&ancestor.idl, Depth::Full);
                    }
                    self.want_written(definition);
                }
                _ => self.want_written(definition),
            }
        }
    }
}

/// A member named in a `use` list.
struct Listed<'a> {
    /// The place of its definition's name in [`Request::named`].
    index: usize,
    /// Its place in that name's member list.
    member: usize,
    name: &'a str,
}

/// A definition named with members, and all the members listed for it; `None` when it is
/// also named alone, and so bound whole.
struct MemberList<'a> {
    definition: &'a str,
    members: Option<Vec<Listed<'a>>>,
}

/// The member lists of `use`, one per definition named with members.
fn member_lists(named: &[Named]) -> Vec<MemberList<'_>> {
    let mut lists: Vec<MemberList<'_>> = Vec::new();
    for (index, use_) in named.iter().enumerate() {
        let at = match lists.iter().position(|l| l.definition == use_.name) {
            Some(at) => at,
            None => {
                lists.push(MemberList {
                    definition: &use_.name,
                    members: Some(Vec::new()),
                });
                lists.len() - 1
            }
        };
        match (&use_.members, &mut lists[at].members) {
            (None, list) => *list = None,
            (Some(members), Some(list)) => {
                list.extend(members.iter().enumerate().map(|(member, name)| Listed {
                    index,
                    member,
                    name,
                }))
            }
            (Some(_), None) => {}
        }
    }
    lists.retain(|l| l.members.is_some());
    lists
}

/// Keeps, of each interface, mixin or namespace that `use` names only with member lists
/// (`Document::{title}`), the members listed, and the members with no name of their own
/// (`iterable`, `maplike`, `setlike`, unnamed getters, `stringifier`), which no list could
/// name. A listed name matches a member's IDL name or its Rust name (`querySelector` or
/// `query_selector`; `constructor` or `new` for constructors, the factory's name for
/// `[LegacyFactoryFunction]`). Reports the listed names that match nothing.
fn keep_listed_members(model: &mut Model, named: &[Named], unknown: &mut Vec<Unknown>) {
    let lists = member_lists(named);
    let forwarded = forwarding_targets(model, &lists);
    for MemberList {
        definition: name,
        members: list,
    } in lists
    {
        let Some(list) = list else { continue };
        let kept_for_others: Vec<&str> = (forwarded.iter())
            .filter(|(interface, _)| interface == name)
            .map(|(_, member)| member.as_str())
            .collect();
        let members = if let Some(interface) =
            (model.interfaces.iter_mut()).find(|i| i.name.idl == name && i.role == Role::Refer)
        {
            interface.members_listed = true;
            &mut interface.members
        } else if let Some(mixin) = model.mixins.iter_mut().find(|m| m.name.idl == name) {
            &mut mixin.members
        } else if let Some(namespace) = model.namespaces.iter_mut().find(|n| n.name.idl == name) {
            &mut namespace.members
        } else {
            // Not defined at all: the name itself is reported. Defined as another kind: say so.
            let kind = definitions(model)
                .find(|&d| name_of(model, d) == name)
                .map(kind_of);
            if let Some(kind) = kind {
                unknown.push(Unknown {
                    index: list[0].index,
                    member: Some(list[0].member),
                    suggestion: None,
                    reason: Some(format!(
                        "`{name}` is {kind}: only the members of an interface, a mixin or a \
                         namespace can be named (`use Document::{{title, body}};`); name \
                         `{name}` alone"
                    )),
                });
            }
            continue;
        };
        let known: Vec<String> = (members.iter())
            .filter_map(member_names)
            .filter_map(|names| names.into_iter().next())
            .collect();
        let mut matched = vec![false; list.len()];
        members.retain(|member| {
            let Some(names) = member_names(member) else {
                return true;
            };
            let mut keep = kept_for_others.contains(&names[0].as_str());
            for (at, listed) in list.iter().enumerate() {
                if names.iter().any(|n| n == listed.name) {
                    matched[at] = true;
                    keep = true;
                }
            }
            keep
        });
        for (listed, _) in list.iter().zip(&matched).filter(|(_, m)| !**m) {
            unknown.push(Unknown {
                index: listed.index,
                member: Some(listed.member),
                suggestion: closest(listed.name, known.iter().map(String::as_str))
                    .map(str::to_owned),
                reason: None,
            });
        }
    }
}

/// The attributes that the listed `[PutForwards=f]` attributes forward to, as (interface, `f`)
/// for the attribute's interface and each of its ancestors: the setter takes `f`'s type, so
/// `f` stays in the model even where its interface is listed without it.
fn forwarding_targets(model: &Model, lists: &[MemberList<'_>]) -> Vec<(String, String)> {
    let mut targets = Vec::new();
    for MemberList {
        definition,
        members,
    } in lists
    {
        let (Some(list), Some(interface)) = (
            members,
            (model.interfaces.iter()).find(|i| i.name.idl == *definition),
        ) else {
            continue;
        };
        for member in &interface.members {
            let (super::MemberKind::Attribute { ty, .. }, Some(forwards)) =
                (&member.kind, member.ext_attrs.get("PutForwards"))
            else {
                continue;
            };
            let super::ext_attrs::ExtAttrValue::Identifier(target, _) = &forwards.value else {
                continue;
            };
            let listed = member_names(member)
                .is_some_and(|names| list.iter().any(|l| names.iter().any(|n| n == l.name)));
            let ty = match ty {
                Type::Nullable(inner) => inner.as_ref(),
                other => other,
            };
            let (true, Type::Interface(forwarded)) = (listed, ty) else {
                continue;
            };
            let ancestors = (model.interfaces.iter())
                .find(|i| i.name.idl == forwarded.idl)
                .map(|i| {
                    i.parent
                        .iter()
                        .chain(&i.ancestors)
                        .map(|a| a.idl.clone())
                        .collect()
                })
                .unwrap_or_else(Vec::new);
            for holder in std::iter::once(forwarded.idl.clone()).chain(ancestors) {
                targets.push((holder, target.clone()));
            }
        }
    }
    targets
}

/// The names a `use` list may give a member (see [`keep_listed_members`]), or `None` for a
/// member with no name of its own.
fn member_names(member: &Member) -> Option<Vec<String>> {
    use super::MemberKind::{Attribute, Const, Constructor, Operation};
    use heck::ToSnakeCase;
    let idl = match &member.kind {
        Const { name, .. } | Attribute { name, .. } | Operation { name, .. } => &name.idl,
        Constructor {
            factory: Some(name),
            ..
        } => &name.idl,
        Constructor { factory: None, .. } => {
            return Some(vec!["constructor".into(), "new".into()]);
        }
        _ => return None,
    };
    Some(vec![idl.clone(), idl.to_snake_case()])
}

/// What kind of definition it is, with its article, for messages.
fn kind_of(definition: Definition) -> &'static str {
    match definition {
        Definition::Interface(_) => "an interface",
        Definition::Dictionary(_) => "a dictionary",
        Definition::Enum(_) => "an enum",
        Definition::Union(_) => "a union",
        Definition::Callback(_) => "a callback",
        Definition::Namespace(_) => "a namespace",
        Definition::Mixin(_) => "a mixin",
    }
}

/// Calls `f` with each type written in a definition (not the types nested in them): an
/// interface's, mixin's or namespace's members', a dictionary's members' with the inherited
/// ones, a union's members, a callback's result and arguments and its interface's constants.
fn written_types<'m>(model: &'m Model, definition: Definition, f: &mut impl FnMut(&'m Type)) {
    fn members<'m>(members: &'m [Member], f: &mut impl FnMut(&'m Type)) {
        for member in members {
            member.kind.types(f);
        }
    }
    match definition {
        Definition::Interface(i) => members(&model.interfaces[i].members, f),
        Definition::Mixin(i) => members(&model.mixins[i].members, f),
        Definition::Namespace(i) => members(&model.namespaces[i].members, f),
        Definition::Dictionary(i) => model.dictionaries[i].all_members().for_each(|m| f(&m.ty)),
        Definition::Union(i) => model.unions[i].members.iter().for_each(f),
        Definition::Callback(i) => {
            let callback = &model.callbacks[i];
            f(&callback.ret);
            callback.args.iter().for_each(|a| f(&a.ty));
            if let Some(interface) = &callback.interface {
                members(&interface.consts, f);
            }
        }
        Definition::Enum(_) => {}
    }
}

/// Sets the role of every definition from what was chosen.
fn apply(model: &mut Model, chosen: &HashMap<Definition, Depth>, named: &[&str]) {
    for (role, definition) in roles(model) {
        *role = match (*role, chosen.get(&definition)) {
            (Role::Refer, Some(Depth::Full)) => Role::Bind,
            (Role::Refer, Some(Depth::Declared)) => Role::Declare,
            (role, _) => role,
        };
    }
    let bound: std::collections::HashSet<String> = (model.interfaces.iter())
        .filter(|i| i.role == Role::Bind)
        .map(|i| i.name.idl.clone())
        .collect();
    // A mixin named in `use` is a trait of the bound interfaces that include it (bound above).
    // Its members are each includer's own methods anyway: the trait is for generic code, and
    // costs its members' imports once more.
    for mixin in &mut model.mixins {
        mixin.includers.retain(|i| bound.contains(&i.idl));
    }
    // The block's partials of a platform interface bound in full join it.
    let extensions = std::mem::take(&mut model.extensions);
    for extension in extensions {
        match (model.interfaces.iter_mut())
            .find(|i| i.name.idl == extension.name.idl && i.role == Role::Bind)
        {
            Some(interface) => {
                // A member written again in the block replaces the platform's: so the block
                // can add `[Throws]` or `[RustName]` to it.
                interface.members.retain(|member| {
                    !(extension.members.iter()).any(|own| same_signature(own, member))
                });
                interface.members.extend(extension.members)
            }
            None => model.extensions.push(extension),
        }
    }
    let mut globals: Vec<String> = named.iter().map(|&n| n.to_owned()).collect();
    globals.push("Window".into());
    model.free_globals = Some(globals);
}

/// Whether two members declare the same thing: an attribute or constant of the same name, an
/// operation of the same name and argument types.
fn same_signature(a: &Member, b: &Member) -> bool {
    use super::MemberKind::{Attribute, Const, Operation};
    let types = |args: &[super::Argument]| args.iter().map(|a| a.ty.idl()).collect::<Vec<_>>();
    match (&a.kind, &b.kind) {
        (Attribute { name: x, .. }, Attribute { name: y, .. })
        | (Const { name: x, .. }, Const { name: y, .. }) => x.idl == y.idl,
        (
            Operation {
                name: x,
                args: xs,
                is_static: sx,
                ..
            },
            Operation {
                name: y,
                args: ys,
                is_static: sy,
                ..
            },
        ) => x.idl == y.idl && sx == sy && types(xs) == types(ys),
        _ => false,
    }
}

/// `use *;`: every definition bound in full, every global's members free functions.
fn bind_everything(model: &mut Model) {
    for (role, _) in roles(model) {
        if *role == Role::Refer {
            *role = Role::Bind;
        }
    }
}

/// Every definition of the model, by its place.
fn definitions(model: &Model) -> impl Iterator<Item = Definition> {
    (0..model.interfaces.len())
        .map(Definition::Interface)
        .chain((0..model.dictionaries.len()).map(Definition::Dictionary))
        .chain((0..model.enums.len()).map(Definition::Enum))
        .chain((0..model.unions.len()).map(Definition::Union))
        .chain((0..model.callbacks.len()).map(Definition::Callback))
        .chain((0..model.namespaces.len()).map(Definition::Namespace))
        .chain((0..model.mixins.len()).map(Definition::Mixin))
}

/// The IDL name of a definition.
fn name_of(model: &Model, definition: Definition) -> &str {
    match definition {
        Definition::Interface(i) => &model.interfaces[i].name.idl,
        Definition::Dictionary(i) => &model.dictionaries[i].name.idl,
        Definition::Enum(i) => &model.enums[i].name.idl,
        Definition::Union(i) => &model.unions[i].name.idl,
        Definition::Callback(i) => &model.callbacks[i].name.idl,
        Definition::Namespace(i) => &model.namespaces[i].name.idl,
        Definition::Mixin(i) => &model.mixins[i].name.idl,
    }
}

/// A definition's role.
fn role_of(model: &Model, definition: Definition) -> Role {
    match definition {
        Definition::Interface(i) => model.interfaces[i].role,
        Definition::Dictionary(i) => model.dictionaries[i].role,
        Definition::Enum(i) => model.enums[i].role,
        Definition::Union(i) => model.unions[i].role,
        Definition::Callback(i) => model.callbacks[i].role,
        Definition::Namespace(i) => model.namespaces[i].role,
        Definition::Mixin(i) => model.mixins[i].role,
    }
}

/// What a block bound (its model after selection), by IDL name.
pub struct BoundNames<'m> {
    /// Interfaces with their members.
    pub full: Vec<&'m str>,
    /// Interfaces as types only, or with only the members a `use` list named.
    pub declared: Vec<&'m str>,
    /// The other definitions that are a Rust type: dictionaries, enums, unions, callbacks and
    /// mixins' traits (not namespaces, which are modules).
    pub other: Vec<&'m str>,
}

pub fn bound_names(model: &Model) -> BoundNames<'_> {
    let mut names = BoundNames {
        full: Vec::new(),
        declared: Vec::new(),
        other: Vec::new(),
    };
    for definition in definitions(model) {
        let list = match (definition, role_of(model, definition)) {
            (Definition::Namespace(_), _) | (_, Role::Refer) => continue,
            // Bound with some of its members: another block binds the others it names.
            (Definition::Interface(i), Role::Bind) if model.interfaces[i].members_listed => {
                &mut names.declared
            }
            (Definition::Interface(_), Role::Bind) => &mut names.full,
            (Definition::Interface(_), Role::Declare) => &mut names.declared,
            (_, _) => &mut names.other,
        };
        list.push(name_of(model, definition));
    }
    names
}

/// The role of every definition, with its place in the model.
fn roles(model: &mut Model) -> Vec<(&mut Role, Definition)> {
    fn each<'m, T: 'm>(
        list: &'m mut [T],
        role: fn(&mut T) -> &mut Role,
        definition: fn(usize) -> Definition,
    ) -> impl Iterator<Item = (&'m mut Role, Definition)> {
        (list.iter_mut().enumerate()).map(move |(index, item)| (role(item), definition(index)))
    }
    each(
        &mut model.interfaces,
        |d| &mut d.role,
        Definition::Interface,
    )
    .chain(each(
        &mut model.dictionaries,
        |d| &mut d.role,
        Definition::Dictionary,
    ))
    .chain(each(&mut model.enums, |d| &mut d.role, Definition::Enum))
    .chain(each(&mut model.unions, |d| &mut d.role, Definition::Union))
    .chain(each(
        &mut model.callbacks,
        |d| &mut d.role,
        Definition::Callback,
    ))
    .chain(each(
        &mut model.namespaces,
        |d| &mut d.role,
        Definition::Namespace,
    ))
    .chain(each(&mut model.mixins, |d| &mut d.role, Definition::Mixin))
    .collect()
}

/// The name closest to `name`: the same but for case, else the fewest edits, if few enough
/// to be a likely slip (a third of the name's length, at most).
fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_ascii_lowercase();
    let limit = (name.len() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate.len().abs_diff(name.len()) > limit {
            continue;
        }
        let distance = match candidate.to_ascii_lowercase() == lower {
            true => 0,
            false => edit_distance(&lower, &candidate.to_ascii_lowercase()),
        };
        if distance <= limit && best.is_none_or(|(d, c)| (distance, candidate) < (d, c)) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// Levenshtein distance, over bytes (IDL names are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    // Levenshtein's distance, with two neighbours swapped counted as one edit (`titel`).
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let substitute = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            row[j] = substitute.min(row[j - 1] + 1).min(previous[j] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, row);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_prefers_the_same_name_in_another_case() {
        let names = ["HTMLCanvasElement", "HTMLElement", "Element"];
        assert_eq!(
            closest("HtmlCanvasElement", names.into_iter()),
            Some("HTMLCanvasElement")
        );
        assert_eq!(closest("Elemnt", names.into_iter()), Some("Element"));
        assert_eq!(closest("Zebra", names.into_iter()), None);
    }

    #[test]
    fn a_swap_of_neighbours_is_one_edit() {
        assert_eq!(edit_distance("titel", "title"), 1);
        assert_eq!(edit_distance("title", "title"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("ab", "ba"), 1);
    }
}
