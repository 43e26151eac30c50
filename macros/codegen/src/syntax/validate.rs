//! Validity rules across definitions, on the outline (no name resolution beyond looking
//! definitions up by name, no allow-list): what parses but Web IDL forbids. These are the
//! validation rules of webidl2.js that concern validity rather than style; `idlbind check
//! --strict` reports them.
//!
//! | Rule | Reported |
//! |---|---|
//! | no-duplicate | a second definition of a name (partials and `includes` aside) |
//! | no-cross-overload | an operation of a partial interface or an included mixin that overloads one of the interface (or of an earlier partial or mixin) |
//! | incomplete-op | a regular or static operation without a name |
//! | attr-invalid-type | an attribute of a sequence, record, `async_sequence` or dictionary type; a read-only attribute with `[EnforceRange]` |
//! | no-nullable-union-dict | a nullable union (or typedef of one) including a dictionary |
//! | no-nullable-dict-arg, dict-arg-optional, dict-arg-default | a nullable dictionary argument; a last required dictionary argument whose dictionary has no required member; an optional one without `= {}` |
//! | async-sequence-idl-to-js | an `async_sequence` returned by an operation or passed to a callback |
//! | no-constructible-global | a constructor or `[LegacyFactoryFunction]` on a `[Global]` interface |
//!
//! Beside the model ([`Scope::BesideModel`]), the rules the model enforces itself are left out.

use std::cell::RefCell;
use std::collections::HashMap;

use super::outline::{
    Argument, DefKind, Definition, ExtAttr, IdlType, Member, MemberKind, SpecialKind, TypeKind,
};
use crate::diagnostics::{Diagnostics, Loc};

/// The definitions by name.
pub struct Index<'d> {
    /// The first definition of each name (partial ones and statements aside).
    pub unique: HashMap<&'d str, &'d Definition>,
    pub partials: HashMap<&'d str, Vec<&'d Definition>>,
    /// The mixins each interface includes, in order.
    pub mixins: HashMap<&'d str, Vec<&'d Definition>>,
    /// Cycle guards and caches for the dictionary questions.
    typedef_dictionary: RefCell<HashMap<String, Option<String>>>,
    required_members: RefCell<HashMap<String, bool>>,
}

impl<'d> Index<'d> {
    pub fn new(definitions: &'d [Definition]) -> Self {
        let mut unique = HashMap::new();
        let mut partials: HashMap<&str, Vec<&Definition>> = HashMap::new();
        for d in definitions {
            if matches!(d.kind, DefKind::Includes | DefKind::Implements) {
                continue;
            }
            if d.partial {
                partials.entry(d.name.text.as_str()).or_default().push(d);
            } else {
                unique.entry(d.name.text.as_str()).or_insert(d);
            }
        }
        let mut mixins: HashMap<&str, Vec<&Definition>> = HashMap::new();
        for d in definitions.iter().filter(|d| d.kind == DefKind::Includes) {
            let Some(mixin) = d
                .includes
                .as_ref()
                .and_then(|m| unique.get(m.text.as_str()))
            else {
                continue;
            };
            mixins.entry(d.name.text.as_str()).or_default().push(mixin);
        }
        Index {
            unique,
            partials,
            mixins,
            typedef_dictionary: RefCell::default(),
            required_members: RefCell::default(),
        }
    }

    /// The dictionary a type is or includes (through typedefs and unions), and the offset of
    /// the reference that brings it in. A nullable dictionary counts only with `nullable_inner`
    /// (its inner type is a dictionary, the type itself is not).
    pub fn includes_dictionary(
        &self,
        t: &IdlType,
        nullable_inner: bool,
    ) -> Option<(usize, String)> {
        match &t.kind {
            TypeKind::Named(name) => {
                let definition = self.unique.get(name.as_str())?;
                match definition.kind {
                    DefKind::Dictionary if nullable_inner || !t.nullable => {
                        Some((t.at, name.clone()))
                    }
                    DefKind::Typedef => {
                        let dictionary = self.typedef_dictionary(definition)?;
                        Some((t.at, dictionary))
                    }
                    _ => None,
                }
            }
            TypeKind::Union(members) => members
                .iter()
                .find_map(|member| self.includes_dictionary(member, false)),
            TypeKind::Generic(..) => None,
        }
    }

    fn typedef_dictionary(&self, typedef: &Definition) -> Option<String> {
        let name = typedef.name.text.clone();
        if let Some(known) = self.typedef_dictionary.borrow().get(&name) {
            return known.clone();
        }
        // Unknown while it is worked out: a cycle answers "no".
        self.typedef_dictionary
            .borrow_mut()
            .insert(name.clone(), None);
        let found = (typedef.idl_type.as_ref())
            .and_then(|t| self.includes_dictionary(t, false))
            .map(|(_, dictionary)| dictionary);
        self.typedef_dictionary
            .borrow_mut()
            .insert(name, found.clone());
        found
    }

    /// Whether a dictionary (or an ancestor) has a required member; an unknown ancestor may.
    pub fn has_required_member(&self, dictionary: &str) -> bool {
        if let Some(&known) = self.required_members.borrow().get(dictionary) {
            return known;
        }
        self.required_members
            .borrow_mut()
            .insert(dictionary.to_owned(), false);
        let found = match self.unique.get(dictionary) {
            None => true,
            Some(d) => {
                d.members.iter().any(|m| m.required)
                    || d.inheritance.as_ref().is_some_and(|parent| {
                        self.unique
                            .get(parent.text.as_str())
                            .is_none_or(|_| self.has_required_member(&parent.text))
                    })
            }
        };
        self.required_members
            .borrow_mut()
            .insert(dictionary.to_owned(), found);
        found
    }

    /// The type a typedef names, if `t` names a typedef.
    fn typedef_type(&self, t: &IdlType) -> Option<&'d IdlType> {
        let definition = self.unique.get(t.named()?)?;
        match definition.kind {
            DefKind::Typedef => definition.idl_type.as_ref(),
            _ => None,
        }
    }
}

/// Which rules run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    /// All but those the model enforces itself (no-duplicate, attributes of sequence and record
    /// types), for a check that runs the model too and should say each fault once.
    BesideModel,
}

pub fn check(definitions: &[Definition], scope: Scope, diagnostics: &mut Diagnostics) {
    let index = Index::new(definitions);
    let mut check = Validate {
        index: &index,
        diagnostics,
        source: 0,
        scope,
    };
    let mut seen: HashMap<&str, &Definition> = HashMap::new();
    for d in definitions {
        check.source = d.source;
        let named = !d.partial && !matches!(d.kind, DefKind::Includes | DefKind::Implements);
        if named && scope == Scope::All {
            match seen.get(d.name.text.as_str()) {
                Some(first) => check.error(
                    d.name.at,
                    d.name.raw.len(),
                    format!(
                        "`{}` is already defined (as {} `{}`): rename one of them, or make this \
                         one `partial`",
                        d.name.text,
                        article(first.kind.keyword()),
                        first.name.raw
                    ),
                ),
                None => {
                    seen.insert(&d.name.text, d);
                }
            }
        }
        check.definition(d);
    }
}

fn article(kind: &str) -> String {
    match kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        true => format!("an {kind}"),
        false => format!("a {kind}"),
    }
}

struct Validate<'i, 'd> {
    index: &'i Index<'d>,
    diagnostics: &'i mut Diagnostics,
    source: usize,
    scope: Scope,
}

impl Validate<'_, '_> {
    fn error(&mut self, at: usize, len: usize, message: String) {
        self.diagnostics
            .error(Loc::new(self.source, at, at + len.max(1)), message);
    }

    fn definition(&mut self, d: &Definition) {
        self.ext_attr_arguments(&d.ext_attrs);
        if let Some(t) = &d.idl_type {
            self.ty(t);
        }
        if d.kind == DefKind::Callback {
            for a in &d.arguments {
                if a.idl_type.generic() == Some("async_sequence") {
                    self.error(
                        a.name.at,
                        a.name.raw.len(),
                        format!(
                            "callback argument `{}` cannot be an `async_sequence`: a callback \
                             receives its arguments from the platform, and `async_sequence` \
                             only converts JavaScript values to IDL; use `sequence` or an async \
                             iterable interface",
                            a.name.text
                        ),
                    );
                }
                self.ty(&a.idl_type);
            }
        }
        if d.kind == DefKind::Interface && d.ext_attrs.iter().any(|a| a.name.text == "Global") {
            for a in (d.ext_attrs.iter()).filter(|a| a.name.text == "LegacyFactoryFunction") {
                self.error(
                    a.name.at,
                    a.name.raw.len(),
                    format!(
                        "`[Global]` interface `{}` cannot have a factory function: remove \
                         `[LegacyFactoryFunction]` (a global object is never constructed by \
                         script)",
                        d.name.text
                    ),
                );
            }
            for m in d
                .members
                .iter()
                .filter(|m| m.kind == MemberKind::Constructor)
            {
                self.error(
                    m.start,
                    "constructor".len(),
                    format!(
                        "`[Global]` interface `{}` cannot have a constructor: remove it (a \
                         global object is never constructed by script)",
                        d.name.text
                    ),
                );
            }
        }
        for m in &d.members {
            self.member(m);
        }
        if d.kind == DefKind::Interface && !d.partial {
            self.cross_overloads(d);
        }
    }

    fn member(&mut self, m: &Member) {
        self.ext_attr_arguments(&m.ext_attrs);
        match m.kind {
            MemberKind::Operation => {
                let unnamed =
                    m.name.is_none() && matches!(m.special, None | Some((SpecialKind::Static, _)));
                if unnamed {
                    self.error(
                        m.start,
                        1,
                        "a regular or static operation needs a return type and a name: only \
                         getters, setters, deleters and stringifiers may be unnamed"
                            .into(),
                    );
                }
                if let Some(t) = m.types.first()
                    && t.generic() == Some("async_sequence")
                {
                    self.error(
                        t.at,
                        "async_sequence".len(),
                        "an operation cannot return an `async_sequence` (it only converts \
                         JavaScript values to IDL): return a `sequence`, a `Promise` or an \
                         async iterable interface"
                            .into(),
                    );
                }
            }
            MemberKind::Attribute => self.attribute(m),
            _ => {}
        }
        for t in &m.types {
            self.ty(t);
        }
        self.arguments(&m.arguments);
    }

    fn attribute(&mut self, m: &Member) {
        let (Some(t), Some(name)) = (m.types.first(), &m.name) else {
            return;
        };
        if let Some(generic @ ("sequence" | "record" | "async_sequence")) = t.generic()
            && self.scope == Scope::All
        {
            let hint = match generic {
                "sequence" => ": use `FrozenArray<T>` or `ObservableArray<T>`, or an operation",
                _ => ": use an operation",
            };
            self.error(
                name.at,
                name.raw.len(),
                format!(
                    "attribute `{}` cannot have {} type (a new value would be made at every \
                     get){hint}",
                    name.text,
                    article(generic)
                ),
            );
        }
        if let Some((at, dictionary)) = self.index.includes_dictionary(t, false) {
            self.error(
                at,
                1,
                format!(
                    "attribute `{}` cannot have a dictionary type (`{dictionary}`): use an \
                     operation, or an interface type",
                    name.text
                ),
            );
        }
        let enforce_range = t.union_free_has("EnforceRange")
            || (self.index.typedef_type(t)).is_some_and(|inner| inner.has_ext_attr("EnforceRange"));
        if m.readonly && enforce_range {
            self.error(
                t.at,
                1,
                format!(
                    "`[EnforceRange]` applies to values given to IDL, and read-only attribute \
                     `{}` takes none: remove it",
                    name.text
                ),
            );
        }
    }

    fn arguments(&mut self, arguments: &[Argument]) {
        for (i, a) in arguments.iter().enumerate() {
            self.ext_attr_arguments(&a.ext_attrs);
            self.ty(&a.idl_type);
            let Some((_, dictionary)) = self.index.includes_dictionary(&a.idl_type, true) else {
                continue;
            };
            let name = &a.name;
            if a.idl_type.nullable {
                self.error(
                    name.at,
                    name.raw.len(),
                    format!(
                        "dictionary argument `{}` cannot be nullable (a missing dictionary is \
                         already an empty one): remove the `?`",
                        name.text
                    ),
                );
            } else if !a.optional {
                let last_required = arguments[i + 1..].iter().all(|b| b.optional || b.variadic);
                if last_required && !self.index.has_required_member(&dictionary) {
                    self.error(
                        name.at,
                        name.raw.len(),
                        format!(
                            "dictionary argument `{}` must be optional: `{dictionary}` has no \
                             required member; write `optional {dictionary} {} = {{}}`",
                            name.text, name.raw
                        ),
                    );
                }
            } else if a.default.is_none() {
                self.error(
                    name.at,
                    name.raw.len(),
                    format!(
                        "optional dictionary argument `{}` needs the default value `{{}}`: \
                         write `{} = {{}}`",
                        name.text, name.raw
                    ),
                );
            }
        }
    }

    fn ext_attr_arguments(&mut self, attributes: &[ExtAttr]) {
        for a in attributes {
            if let Some(arguments) = &a.arguments {
                self.arguments(arguments);
            }
        }
    }

    /// A nullable union including a dictionary, anywhere in a type.
    fn ty(&mut self, t: &IdlType) {
        let target = match &t.kind {
            TypeKind::Union(_) => Some(t),
            TypeKind::Named(_) => self.index.typedef_type(t),
            TypeKind::Generic(..) => None,
        };
        if let Some(target) = target
            && t.nullable
        {
            if let Some((at, dictionary)) = self.index.includes_dictionary(target, false) {
                let at = if matches!(t.kind, TypeKind::Union(_)) {
                    at
                } else {
                    t.at
                };
                self.error(
                    at,
                    1,
                    format!(
                        "a nullable union cannot include a dictionary type (`{dictionary}`): \
                         `null` would be ambiguous with an empty dictionary; remove the `?`"
                    ),
                );
            }
            return;
        }
        for sub in t.subtypes() {
            self.ty(sub);
        }
    }

    /// Operations that a partial interface or an included mixin adds under a name the interface
    /// (or an earlier one of them) already uses.
    fn cross_overloads(&mut self, interface: &Definition) {
        let operations = |d: &Definition| -> Vec<(bool, String, usize, usize)> {
            (d.members.iter())
                .filter(|m| m.kind == MemberKind::Operation)
                .filter_map(|m| {
                    let name = m.name.as_ref()?;
                    let is_static = matches!(m.special, Some((SpecialKind::Static, _)));
                    Some((is_static, name.text.clone(), name.at, name.raw.len()))
                })
                .collect()
        };
        let mut known: Vec<(bool, String)> = operations(interface)
            .into_iter()
            .map(|(is_static, name, ..)| (is_static, name))
            .collect();
        let partials = self.index.partials.get(interface.name.text.as_str());
        let mixins = self.index.mixins.get(interface.name.text.as_str());
        let extensions: Vec<&Definition> = (partials.into_iter().flatten())
            .filter(|d| d.kind == DefKind::Interface)
            .chain(mixins.into_iter().flatten())
            .copied()
            .collect();
        for extension in extensions {
            let added = operations(extension);
            for (is_static, name, at, len) in &added {
                if known.contains(&(*is_static, name.clone())) {
                    let source = std::mem::replace(&mut self.source, extension.source);
                    let which = if *is_static {
                        "static operation"
                    } else {
                        "operation"
                    };
                    self.error(
                        *at,
                        *len,
                        format!(
                            "{which} `{name}` is already declared for interface `{}` (in the \
                             interface, a partial interface or an included mixin): Web IDL does \
                             not overload across them; declare all overloads in one place or \
                             rename this one",
                            interface.name.text
                        ),
                    );
                    self.source = source;
                }
            }
            known.extend(
                added
                    .into_iter()
                    .map(|(is_static, name, ..)| (is_static, name)),
            );
        }
    }
}

impl IdlType {
    /// Whether the type (not a union) carries the extended attribute.
    fn union_free_has(&self, name: &str) -> bool {
        !matches!(self.kind, TypeKind::Union(_)) && self.has_ext_attr(name)
    }
}
