//! Model stage: the parsed definitions of every source become one resolved, validated model.
//!
//! [`build`] turns weedle2's syntax tree into these types (names, locations, doc comments,
//! the IDL text of each item); [`resolve`] merges partial interfaces, includes mixins, replaces
//! typedefs by their types and classifies every name; [`check`] rejects what Web IDL forbids.
//! Errors are collected, never thrown: what is valid still reaches the next stage.

pub mod build;
pub mod check;
pub mod ext_attrs;
pub mod overloads;
pub mod resolve;
pub mod select;
mod types;

pub use ext_attrs::{ExtAttr, ExtAttrValue, ExtAttrs};
pub use types::{Primitive, Type};

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

use crate::diagnostics::Loc;
use crate::source::Role;

/// For each key of a list, the index of the first equal key before it, if there is one: how
/// repeats are found in lists that may be long (an enum of 64,000 values, a dictionary with
/// every inherited member), with a hash table in one pass rather than by comparing each key
/// with those before it. (The unit tests count the comparisons it makes.)
pub fn repeats<K: Hash + Eq>(keys: impl IntoIterator<Item = K>) -> Vec<Option<usize>> {
    let mut first: HashMap<K, usize> = HashMap::new();
    let mut out = Vec::new();
    for (index, key) in keys.into_iter().enumerate() {
        out.push(match first.entry(key) {
            Entry::Occupied(entry) => Some(*entry.get()),
            Entry::Vacant(entry) => {
                entry.insert(index);
                None
            }
        });
    }
    out
}

/// An identifier as Web IDL means it (a leading `_` escape removed) and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub idl: String,
    pub loc: Loc,
}

/// What every definition and member carries for its documentation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Docs {
    /// Doc comments written in the IDL, one entry a line.
    pub lines: Vec<String>,
    /// The IDL as written, white space folded.
    pub idl: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Every interface of every source, partials merged and mixins included.
    pub interfaces: Vec<Interface>,
    /// Every dictionary of every source, partials merged and inherited members flattened in.
    pub dictionaries: Vec<Dictionary>,
    pub enums: Vec<Enum>,
    /// Unions named by a typedef (`typedef (A or B) AOrB;`), members resolved.
    pub unions: Vec<UnionTypedef>,
    /// Callback functions and callback interfaces.
    pub callbacks: Vec<Callback>,
    /// Namespaces, partials merged.
    pub namespaces: Vec<Namespace>,
    /// Interface mixins, partials merged, with the interfaces that include them. (Their
    /// members are also copied into every includer.)
    pub mixins: Vec<Mixin>,
    /// Partial interfaces of an interface defined outside the block and the IDL it refers to:
    /// each becomes an extension trait.
    pub extensions: Vec<Interface>,
    /// Definitions that will not be bound but whose names should still exist in Rust.
    pub stand_ins: Vec<Name>,
    /// Typedefs of types other than unions: replaced by their types where used.
    pub aliases: Vec<Alias>,
    /// The `[Global]` interfaces whose members are also free functions, if not every bound
    /// one (a `#![platform]` block: `Window` and the globals it names).
    pub free_globals: Option<Vec<String>>,
}

/// `typedef T Name;` of a type that is not a union.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub idl: String,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Interface {
    pub name: Name,
    pub parent: Option<Name>,
    /// The known ancestors beyond the parent, nearest first (from this block or referred IDL).
    pub ancestors: Vec<Name>,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    pub members: Vec<Member>,
    pub role: Role,
    /// Only the members a `use` list names are bound (`use Document::{title};`).
    pub members_listed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dictionary {
    pub name: Name,
    pub parent: Option<Name>,
    /// Every ancestor dictionary, nearest first (the parent among them).
    pub ancestors: Vec<Name>,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    /// The dictionary's own members, partials merged.
    pub members: Vec<DictionaryMember>,
    /// The members of every ancestor, the farthest ancestor's first.
    pub inherited: Vec<DictionaryMember>,
    pub role: Role,
}

impl Dictionary {
    /// Every member, inherited ones first: the fields of the Rust struct.
    pub fn all_members(&self) -> impl Iterator<Item = &DictionaryMember> {
        self.inherited.iter().chain(&self.members)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DictionaryMember {
    pub name: Name,
    pub ty: Type,
    pub required: bool,
    pub default: Option<DefaultValue>,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    /// The dictionary that declares the member.
    pub owner: String,
}

/// A dictionary member's or optional argument's default value.
#[derive(Clone, Debug, PartialEq)]
pub enum DefaultValue {
    Const(ConstValue),
    String(String),
    /// `[]`
    EmptySequence,
    /// `{}`
    EmptyDictionary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Enum {
    pub name: Name,
    /// The values as written (without quotes), each with its location.
    pub values: Vec<Name>,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnionTypedef {
    pub name: Name,
    pub members: Vec<Type>,
    pub docs: Docs,
    pub role: Role,
}

/// `callback F = R (args);`, or `callback interface I { R op(args); };` (then `interface` is set).
#[derive(Clone, Debug, PartialEq)]
pub struct Callback {
    pub name: Name,
    pub ret: Type,
    pub args: Vec<Argument>,
    pub interface: Option<CallbackInterface>,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    pub role: Role,
}

/// What a callback interface adds to a callback: the name of the operation JavaScript calls
/// on an object (`handleEvent`), and the interface's constants.
#[derive(Clone, Debug, PartialEq)]
pub struct CallbackInterface {
    pub operation: Name,
    pub consts: Vec<Member>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Namespace {
    pub name: Name,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    /// Operations, read-only attributes and constants, partials merged.
    pub members: Vec<Member>,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mixin {
    pub name: Name,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    pub members: Vec<Member>,
    /// The interfaces that include it (`X includes M;`), in every source.
    pub includers: Vec<Name>,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub kind: MemberKind,
    pub ext_attrs: ExtAttrs,
    pub docs: Docs,
    /// Where errors about the member point: its name, or its start when it has none.
    pub loc: Loc,
    /// The mixin it came from, for `X includes M`.
    pub mixin: Option<String>,
    /// For an overload that could not be folded into its siblings: what its Rust name adds
    /// to the operation's (`_with_dw_dh`). Set by [`overloads::fold`].
    pub overload_suffix: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MemberKind {
    Const {
        name: Name,
        ty: Type,
        value: ConstValue,
    },
    Attribute {
        name: Name,
        ty: Type,
        readonly: bool,
        is_static: bool,
    },
    Operation {
        name: Name,
        ret: Type,
        args: Vec<Argument>,
        is_static: bool,
        /// `getter`, `setter` or `deleter` written before a named operation.
        special: Option<Special>,
    },
    Constructor {
        args: Vec<Argument>,
        /// `[LegacyFactoryFunction=Image(..)]`: a constructor under another JS name.
        factory: Option<Name>,
    },
    /// `iterable<V>`, `iterable<K, V>`, `async iterable<..>(args)`.
    Iterable {
        key: Option<Type>,
        value: Type,
        is_async: bool,
        /// The arguments of an async iterable's `values()` (empty for a sync iterable).
        args: Vec<Argument>,
    },
    /// `maplike<K, V>`, `readonly maplike<K, V>`.
    Maplike {
        key: Type,
        value: Type,
        readonly: bool,
    },
    /// `setlike<V>`, `readonly setlike<V>`.
    Setlike { value: Type, readonly: bool },
    /// An unnamed `getter`, `setter` or `deleter` (a named one is an [`MemberKind::Operation`]
    /// with `special` set).
    Special {
        special: Special,
        ret: Type,
        args: Vec<Argument>,
    },
    /// `stringifier;`, or the `stringifier` keyword of an attribute or operation (which is
    /// also a member of its own).
    Stringifier,
    /// A member form that this version of idlbind does not bind yet (named in the message).
    Unsupported(&'static str),
}

/// `types` and `types_mut`: one walk over a member's types, shared or mutable.
macro_rules! member_types {
    ($(#[$doc:meta])* $name:ident, $($mut:ident)?) => {
        $(#[$doc])*
        pub fn $name<'a>(&'a $($mut)? self, f: &mut impl FnMut(&'a $($mut)? Type)) {
            match self {
                MemberKind::Const { ty, .. } | MemberKind::Attribute { ty, .. } => f(ty),
                MemberKind::Operation { ret, args, .. }
                | MemberKind::Special { ret, args, .. } => {
                    f(ret);
                    for argument in args {
                        f(&$($mut)? argument.ty);
                    }
                }
                MemberKind::Constructor { args, .. } => {
                    for argument in args {
                        f(&$($mut)? argument.ty);
                    }
                }
                MemberKind::Iterable {
                    key, value, args, ..
                } => {
                    if let Some(key) = key {
                        f(key);
                    }
                    f(value);
                    for argument in args {
                        f(&$($mut)? argument.ty);
                    }
                }
                MemberKind::Maplike { key, value, .. } => {
                    f(key);
                    f(value);
                }
                MemberKind::Setlike { value, .. } => f(value),
                MemberKind::Stringifier | MemberKind::Unsupported(_) => {}
            }
        }
    };
}

impl MemberKind {
    /// The member's own name, where it has one.
    pub fn name(&self) -> Option<&Name> {
        match self {
            MemberKind::Const { name, .. }
            | MemberKind::Attribute { name, .. }
            | MemberKind::Operation { name, .. } => Some(name),
            MemberKind::Constructor { .. }
            | MemberKind::Iterable { .. }
            | MemberKind::Maplike { .. }
            | MemberKind::Setlike { .. }
            | MemberKind::Special { .. }
            | MemberKind::Stringifier
            | MemberKind::Unsupported(_) => None,
        }
    }

    member_types!(
        /// Applies `f` to each type the member is written with (not to the types nested in
        /// them).
        types_mut, mut
    );
    member_types!(
        /// Calls `f` with each type the member is written with (not the types nested in them).
        types,
    );
}

impl Model {
    /// Applies `f` to every type written in a definition (not to the types nested in them).
    pub fn types_mut(&mut self, f: &mut impl FnMut(&mut Type)) {
        let mut each = |ty: &mut Type| f(ty);
        let members = (self.interfaces.iter_mut())
            .chain(self.extensions.iter_mut())
            .flat_map(|i| i.members.iter_mut())
            .chain(self.mixins.iter_mut().flat_map(|m| m.members.iter_mut()))
            .chain(
                self.namespaces
                    .iter_mut()
                    .flat_map(|n| n.members.iter_mut()),
            );
        for member in members {
            member.kind.types_mut(&mut each);
        }
        for callback in &mut self.callbacks {
            each(&mut callback.ret);
            callback.args.iter_mut().for_each(|a| each(&mut a.ty));
            for member in callback
                .interface
                .iter_mut()
                .flat_map(|i| i.consts.iter_mut())
            {
                member.kind.types_mut(&mut each);
            }
        }
        for dictionary in &mut self.dictionaries {
            dictionary.members.iter_mut().for_each(|m| each(&mut m.ty));
        }
        for union in &mut self.unions {
            union.members.iter_mut().for_each(&mut each);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Getter,
    Setter,
    Deleter,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    pub name: Name,
    pub ty: Type,
    pub optional: bool,
    pub variadic: bool,
    pub ext_attrs: ExtAttrs,
}

/// A constant's value, already checked against Web IDL's literal grammar.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Boolean(bool),
    /// An integer literal, sign applied (decimal, hex and octal all end up here).
    Integer(i128),
    Float(f64),
    Null,
}

#[cfg(test)]
mod tests {
    use super::repeats;
    use std::cell::Cell;
    use std::hash::{Hash, Hasher};

    thread_local! {
        /// How many times two keys were compared, and how many were hashed.
        static COMPARED: Cell<usize> = const { Cell::new(0) };
        static HASHED: Cell<usize> = const { Cell::new(0) };
    }

    /// A key that counts what is done with it.
    #[derive(Debug)]
    struct Counted(String);

    impl PartialEq for Counted {
        fn eq(&self, other: &Counted) -> bool {
            COMPARED.set(COMPARED.get() + 1);
            self.0 == other.0
        }
    }

    impl Eq for Counted {}

    impl Hash for Counted {
        fn hash<H: Hasher>(&self, state: &mut H) {
            HASHED.set(HASHED.get() + 1);
            self.0.hash(state);
        }
    }

    #[test]
    fn repeats_point_at_the_first_equal_key() {
        assert_eq!(
            repeats(["a", "b", "a", "c", "b", "a"]),
            [None, None, Some(0), None, Some(1), Some(0)]
        );
        assert!(repeats(Vec::<&str>::new()).is_empty());
    }

    /// Finding the repeats of n keys costs about n comparisons, not n² / 2: an enum of 64,000
    /// values once took 23 s to check (each value was compared with those before it).
    #[test]
    fn repeats_compare_each_key_about_once() {
        let n = 20_000;
        let keys = (0..n).map(|i| Counted(format!("value-{}", i % (n / 2))));
        COMPARED.set(0);
        HASHED.set(0);
        let found = repeats(keys);
        assert_eq!(found.iter().filter(|r| r.is_some()).count(), n / 2);
        assert_eq!(found[n / 2 + 7], Some(7));
        // Each key is hashed once, and again when the table grows (doubling: fewer than n
        // more in all).
        assert!(HASHED.get() < 2 * n, "{} hashes", HASHED.get());
        // Each repeat is compared with its first key; other comparisons are hash collisions.
        assert!(COMPARED.get() <= 2 * n, "{} comparisons", COMPARED.get());
    }
}
