//! What weedle2 read, as a plain tree with offsets: definitions, members, arguments, types and
//! extended attributes, with names as written and the rewrites undone, those of the source stage
//! (`crate::adapt`: `*`, `ObservableArray`, `async_sequence`, blanked type attributes and
//! namespace constants, numbers as extended attribute values) and those of [`super::rewrite`]
//! (leading hyphens, list values). The syntax checks read this tree; the tests compare it with
//! webidl2.js's.
//!
//! weedle2 keeps the text of identifiers and literals (slices of the parsed text, hence their
//! offsets), not of keywords; keywords are found by walking the text in step with the tree,
//! which reads it in order.

use weedle::Definition as WDefinition;
use weedle::argument::Argument as WArgument;
use weedle::attribute::{ExtendedAttribute, ExtendedAttributeList, IdentifierOrString};
use weedle::common::Identifier;
use weedle::interface::{
    AsyncIterableInterfaceMember, ConstMember, InterfaceMember, IterableInterfaceMember, Special,
    StringifierOrInheritOrStatic, StringifierOrStatic,
};
use weedle::literal::{ConstValue, DefaultValue, FloatLit, IntegerLit};
use weedle::mixin::MixinMember;
use weedle::namespace::NamespaceMember;
use weedle::types::{
    AttributedType, ConstType, FloatingPointType, IntegerType, NonAnyType, RecordKeyType,
    ReturnType, SingleType, Type, UnionMemberType, UnionType,
};

use super::rewrite::Rewrites;
use crate::adapt::RemovedKind;
use crate::parse::Parsed;
use crate::source::{Origin, Source};

/// A name as written (`raw`: `_Iroha`, `-will-change`) and as Web IDL reads it (`text`: the
/// escaping `_` dropped), with the offset of its first character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub raw: String,
    pub text: String,
    pub at: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefKind {
    Interface,
    InterfaceMixin,
    CallbackInterface,
    Callback,
    Dictionary,
    Enum,
    Typedef,
    Includes,
    Implements,
    Namespace,
}

impl DefKind {
    /// The keywords that introduce it, as webidl2.js names the kind.
    pub fn keyword(self) -> &'static str {
        match self {
            DefKind::Interface => "interface",
            DefKind::InterfaceMixin => "interface mixin",
            DefKind::CallbackInterface => "callback interface",
            DefKind::Callback => "callback",
            DefKind::Dictionary => "dictionary",
            DefKind::Enum => "enum",
            DefKind::Typedef => "typedef",
            DefKind::Includes => "includes",
            DefKind::Implements => "implements",
            DefKind::Namespace => "namespace",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Definition {
    pub source: usize,
    pub kind: DefKind,
    pub partial: bool,
    /// The definition's name; for `includes` and `implements`, the interface on the left.
    pub name: Name,
    pub inheritance: Option<Name>,
    pub ext_attrs: Vec<ExtAttr>,
    pub members: Vec<Member>,
    /// A typedef's type, a callback's return type.
    pub idl_type: Option<IdlType>,
    /// A callback's arguments.
    pub arguments: Vec<Argument>,
    /// An enum's values, without their quotes.
    pub values: Vec<Name>,
    /// The mixin (or interface) on the right of `includes` (or `implements`).
    pub includes: Option<Name>,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberKind {
    Operation,
    Attribute,
    Const,
    Constructor,
    Iterable,
    AsyncIterable,
    Maplike,
    Setlike,
    /// A dictionary member.
    Field,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecialKind {
    Getter,
    Setter,
    Deleter,
    LegacyCaller,
    Static,
    Stringifier,
    Inherit,
}

impl SpecialKind {
    pub fn keyword(self) -> &'static str {
        match self {
            SpecialKind::Getter => "getter",
            SpecialKind::Setter => "setter",
            SpecialKind::Deleter => "deleter",
            SpecialKind::LegacyCaller => "legacycaller",
            SpecialKind::Static => "static",
            SpecialKind::Stringifier => "stringifier",
            SpecialKind::Inherit => "inherit",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub kind: MemberKind,
    pub name: Option<Name>,
    /// `static`, `stringifier`, `inherit`, `getter`, ... and where it stands.
    pub special: Option<(SpecialKind, usize)>,
    pub readonly: bool,
    /// A dictionary member's `required`.
    pub required: bool,
    /// An async iterable written `async iterable` (with a space), the old syntax.
    pub spaced_async: bool,
    pub ext_attrs: Vec<ExtAttr>,
    /// An operation's return type, an attribute's, constant's or dictionary member's type, the
    /// type arguments of `iterable`, `maplike` and `setlike`.
    pub types: Vec<IdlType>,
    /// Arguments of an operation, a constructor or an async iterable.
    pub arguments: Vec<Argument>,
    /// A dictionary member's default, a constant's value.
    pub value: Option<Value>,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    pub name: Name,
    pub ext_attrs: Vec<ExtAttr>,
    pub optional: bool,
    pub variadic: bool,
    pub idl_type: IdlType,
    pub default: Option<Value>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IdlType {
    /// Where the type starts: its first keyword or name, or the `(` of a union.
    pub at: usize,
    pub ext_attrs: Vec<ExtAttr>,
    pub kind: TypeKind,
    pub nullable: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// A keyword type (`unsigned long long`, `DOMString`, `undefined`) or a name.
    Named(String),
    /// `sequence`, `FrozenArray`, `ObservableArray`, `Promise`, `record`, `async_sequence`.
    Generic(&'static str, Vec<IdlType>),
    Union(Vec<IdlType>),
}

impl IdlType {
    /// The name of a keyword or named type.
    pub fn named(&self) -> Option<&str> {
        match &self.kind {
            TypeKind::Named(name) => Some(name),
            _ => None,
        }
    }

    pub fn generic(&self) -> Option<&'static str> {
        match &self.kind {
            TypeKind::Generic(name, _) => Some(name),
            _ => None,
        }
    }

    pub fn subtypes(&self) -> &[IdlType] {
        match &self.kind {
            TypeKind::Named(_) => &[],
            TypeKind::Generic(_, types) | TypeKind::Union(types) => types,
        }
    }

    pub fn has_ext_attr(&self, name: &str) -> bool {
        self.ext_attrs.iter().any(|a| a.name.text == name)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExtAttr {
    pub name: Name,
    pub rhs: Option<Rhs>,
    /// `[Name(args)]`, `[Name=Other(args)]`.
    pub arguments: Option<Vec<Argument>>,
}

/// The right-hand side of `[Name=...]`, typed as webidl2.js types it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rhs {
    Wildcard,
    /// `identifier`, `string` (with its quotes), `integer` or `decimal`, and the value.
    Token(&'static str, String),
    /// A parenthesized list: the kind of its items and the items.
    List(&'static str, Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Boolean(bool),
    /// An integer or decimal, as written.
    Number(String),
    Infinity {
        negative: bool,
    },
    NaN,
    Null,
    /// A string, without its quotes.
    String(String),
    EmptySequence,
    EmptyDictionary,
}

/// The outline of one source's parsed definitions. `text` is the text weedle2 read (with the
/// rewrites applied), `source` the source it came from.
pub fn outline(
    id: usize,
    source: &Source,
    text: &str,
    rewrites: &Rewrites,
    parsed: &[Parsed<'_>],
) -> Vec<Definition> {
    let context = Context {
        source,
        rewrites,
        id,
    };
    parsed
        .iter()
        .map(|parsed| context.definition(text, parsed))
        .collect()
}

struct Context<'s> {
    source: &'s Source,
    rewrites: &'s Rewrites,
    id: usize,
}

/// A walk through a text in step with weedle2's tree of it.
struct Walk<'t> {
    text: &'t str,
    /// Offset of `text` in the source (non-zero for a piece parsed on its own).
    shift: usize,
    pos: usize,
}

impl<'t> Walk<'t> {
    /// The offset of a slice weedle2 returned, and moves past it.
    fn slice(&mut self, slice: &str) -> usize {
        let start = self.text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        match at.checked_sub(start) {
            Some(offset) if offset <= self.text.len() => {
                self.pos = offset + slice.len();
                self.shift + offset
            }
            _ => self.shift + self.pos,
        }
    }

    /// The offset of the next `word` (a whole word), and moves past it.
    fn word(&mut self, word: &str) -> usize {
        let bytes = self.text.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        let mut from = self.pos;
        while let Some(found) = self.text.get(from..).and_then(|rest| rest.find(word)) {
            let at = from + found;
            let end = at + word.len();
            if (at == 0 || !is_word(bytes[at - 1])) && bytes.get(end).is_none_or(|&b| !is_word(b)) {
                self.pos = end;
                return self.shift + at;
            }
            from = at + 1;
        }
        self.shift + self.pos
    }

    /// The offset of the next `c`, and moves past it.
    fn punct(&mut self, c: char) -> usize {
        match self.text.get(self.pos..).and_then(|rest| rest.find(c)) {
            Some(found) => {
                self.pos += found + 1;
                self.shift + self.pos - 1
            }
            None => self.shift + self.pos,
        }
    }
}

impl Context<'_> {
    fn name(&self, walk: &mut Walk<'_>, identifier: &Identifier<'_>) -> Name {
        let at = walk.slice(identifier.0);
        let text = identifier.0.to_owned();
        let offset = at - walk.shift;
        let escaped = offset > 0 && walk.text.as_bytes().get(offset - 1) == Some(&b'_');
        if escaped && self.rewrites.hyphens.contains(&(at - 1)) {
            let raw = format!("-{text}");
            Name {
                text: raw.clone(),
                raw,
                at: at - 1,
            }
        } else if escaped {
            Name {
                raw: format!("_{text}"),
                text,
                at: at - 1,
            }
        } else {
            Name {
                raw: text.clone(),
                text,
                at,
            }
        }
    }

    fn definition(&self, text: &str, parsed: &Parsed<'_>) -> Definition {
        let mut walk = Walk {
            text,
            shift: 0,
            pos: parsed.start,
        };
        let walk = &mut walk;
        let mut definition = Definition {
            source: self.id,
            kind: DefKind::Interface,
            partial: false,
            name: Name {
                raw: String::new(),
                text: String::new(),
                at: parsed.start,
            },
            inheritance: None,
            ext_attrs: Vec::new(),
            members: Vec::new(),
            idl_type: None,
            arguments: Vec::new(),
            values: Vec::new(),
            includes: None,
            start: parsed.start,
            end: parsed.end,
        };
        let member_starts = parsed.members.clone();
        match &parsed.definition {
            WDefinition::Callback(d) => {
                definition.kind = DefKind::Callback;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.idl_type = Some(self.return_type(walk, &d.return_type));
                definition.arguments = self.arguments(walk, &d.arguments.body.list);
            }
            WDefinition::CallbackInterface(d) => {
                definition.kind = DefKind::CallbackInterface;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.inheritance = d.inheritance.map(|i| self.name(walk, &i.identifier));
                definition.members = self.members(
                    walk,
                    &member_starts,
                    &d.members.body,
                    Self::interface_member,
                );
            }
            WDefinition::Interface(d) => {
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.inheritance = d.inheritance.map(|i| self.name(walk, &i.identifier));
                definition.members = self.members(
                    walk,
                    &member_starts,
                    &d.members.body,
                    Self::interface_member,
                );
            }
            WDefinition::PartialInterface(d) => {
                definition.partial = true;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.members = self.members(
                    walk,
                    &member_starts,
                    &d.members.body,
                    Self::interface_member,
                );
            }
            WDefinition::InterfaceMixin(d) => {
                definition.kind = DefKind::InterfaceMixin;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.members =
                    self.members(walk, &member_starts, &d.members.body, Self::mixin_member);
            }
            WDefinition::PartialInterfaceMixin(d) => {
                definition.kind = DefKind::InterfaceMixin;
                definition.partial = true;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.members =
                    self.members(walk, &member_starts, &d.members.body, Self::mixin_member);
            }
            WDefinition::Namespace(d) => {
                definition.kind = DefKind::Namespace;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.members = self.members(
                    walk,
                    &member_starts,
                    &d.members.body,
                    Self::namespace_member,
                );
                self.namespace_consts(&mut definition);
            }
            WDefinition::PartialNamespace(d) => {
                definition.kind = DefKind::Namespace;
                definition.partial = true;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.members = self.members(
                    walk,
                    &member_starts,
                    &d.members.body,
                    Self::namespace_member,
                );
                self.namespace_consts(&mut definition);
            }
            WDefinition::Dictionary(d) => {
                definition.kind = DefKind::Dictionary;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.inheritance = d.inheritance.map(|i| self.name(walk, &i.identifier));
                definition.members =
                    self.members(walk, &member_starts, &d.members.body, Self::field);
            }
            WDefinition::PartialDictionary(d) => {
                definition.kind = DefKind::Dictionary;
                definition.partial = true;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.members =
                    self.members(walk, &member_starts, &d.members.body, Self::field);
            }
            WDefinition::Enum(d) => {
                definition.kind = DefKind::Enum;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.identifier);
                definition.values = (d.values.body.list.iter())
                    .map(|v| {
                        let at = walk.slice(v.value.0);
                        Name {
                            raw: v.value.0.to_owned(),
                            text: v.value.0.to_owned(),
                            at,
                        }
                    })
                    .collect();
            }
            WDefinition::Typedef(d) => {
                definition.kind = DefKind::Typedef;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                walk.word("typedef");
                definition.idl_type = Some(self.attributed_type(walk, &d.type_));
                definition.name = self.name(walk, &d.identifier);
            }
            WDefinition::IncludesStatement(d) => {
                definition.kind = DefKind::Includes;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.lhs_identifier);
                definition.includes = Some(self.name(walk, &d.rhs_identifier));
            }
            WDefinition::Implements(d) => {
                definition.kind = DefKind::Implements;
                definition.ext_attrs = self.ext_attrs(walk, &d.attributes);
                definition.name = self.name(walk, &d.lhs_identifier);
                definition.includes = Some(self.name(walk, &d.rhs_identifier));
            }
        }
        definition
    }

    /// Members, each walked from the start of its own range.
    fn members<M>(
        &self,
        walk: &mut Walk<'_>,
        ranges: &[(usize, usize)],
        members: &[M],
        read: fn(&Self, &mut Walk<'_>, &M) -> Member,
    ) -> Vec<Member> {
        members
            .iter()
            .enumerate()
            .map(|(i, member)| {
                let (start, end) = ranges.get(i).copied().unwrap_or((walk.pos, walk.pos));
                walk.pos = start;
                let mut member = read(self, walk, member);
                member.start = start;
                member.end = end;
                member
            })
            .collect()
    }

    /// The constants that the source stage took out of this namespace's body, back in their
    /// place.
    fn namespace_consts(&self, definition: &mut Definition) {
        let removed =
            (self.source.adapted.removed.iter()).filter(|r| r.kind == RemovedKind::NamespaceConst);
        for (start, text) in removed.map(|r| (&r.offset, &r.text)) {
            if !(definition.start..definition.end).contains(start) {
                continue;
            }
            let Ok((_, parsed)) = <ConstMember as weedle::Parse>::parse(text) else {
                // The syntax checks report it; the outline leaves it out.
                continue;
            };
            let mut walk = Walk {
                text,
                shift: *start,
                pos: 0,
            };
            let mut member = self.const_member(&mut walk, &parsed);
            member.start = *start;
            member.end = start + text.len();
            definition.members.push(member);
        }
        definition.members.sort_by_key(|m| m.start);
    }

    fn member(&self, kind: MemberKind) -> Member {
        Member {
            kind,
            name: None,
            special: None,
            readonly: false,
            required: false,
            spaced_async: false,
            ext_attrs: Vec::new(),
            types: Vec::new(),
            arguments: Vec::new(),
            value: None,
            start: 0,
            end: 0,
        }
    }

    fn interface_member(&self, walk: &mut Walk<'_>, member: &InterfaceMember<'_>) -> Member {
        match member {
            InterfaceMember::Const(c) => self.const_member(walk, c),
            InterfaceMember::Attribute(a) => {
                let mut out = self.member(MemberKind::Attribute);
                out.ext_attrs = self.ext_attrs(walk, &a.attributes);
                out.special = a.modifier.map(|m| match m {
                    StringifierOrInheritOrStatic::Stringifier(_) => {
                        (SpecialKind::Stringifier, walk.word("stringifier"))
                    }
                    StringifierOrInheritOrStatic::Inherit(_) => {
                        (SpecialKind::Inherit, walk.word("inherit"))
                    }
                    StringifierOrInheritOrStatic::Static(_) => {
                        (SpecialKind::Static, walk.word("static"))
                    }
                });
                out.readonly = a.readonly.is_some();
                walk.word("attribute");
                out.types = vec![self.attributed_type(walk, &a.type_)];
                out.name = Some(self.name(walk, &a.identifier));
                out
            }
            InterfaceMember::Constructor(c) => {
                let mut out = self.member(MemberKind::Constructor);
                out.ext_attrs = self.ext_attrs(walk, &c.attributes);
                walk.word("constructor");
                out.arguments = self.arguments(walk, &c.args.body.list);
                out
            }
            InterfaceMember::Operation(o) => {
                let mut out = self.member(MemberKind::Operation);
                out.ext_attrs = self.ext_attrs(walk, &o.attributes);
                let modifier = o.modifier.map(|m| match m {
                    StringifierOrStatic::Stringifier(_) => {
                        (SpecialKind::Stringifier, walk.word("stringifier"))
                    }
                    StringifierOrStatic::Static(_) => (SpecialKind::Static, walk.word("static")),
                });
                let special = o.special.map(|s| {
                    let kind = match s {
                        Special::Getter(_) => SpecialKind::Getter,
                        Special::Setter(_) => SpecialKind::Setter,
                        Special::Deleter(_) => SpecialKind::Deleter,
                        Special::LegacyCaller(_) => SpecialKind::LegacyCaller,
                    };
                    (kind, walk.word(kind.keyword()))
                });
                out.special = special.or(modifier);
                out.types = vec![self.return_type(walk, &o.return_type)];
                out.name = o.identifier.map(|i| self.name(walk, &i));
                out.arguments = self.arguments(walk, &o.args.body.list);
                out
            }
            InterfaceMember::Iterable(i) => {
                let mut out = self.member(MemberKind::Iterable);
                let (attributes, types) = match i {
                    IterableInterfaceMember::Single(s) => (&s.attributes, vec![&s.generics.body]),
                    IterableInterfaceMember::Double(d) => {
                        (&d.attributes, vec![&d.generics.body.0, &d.generics.body.2])
                    }
                };
                out.ext_attrs = self.ext_attrs(walk, attributes);
                walk.word("iterable");
                out.types = types
                    .into_iter()
                    .map(|t| self.attributed_type(walk, t))
                    .collect();
                out
            }
            InterfaceMember::AsyncIterable(i) => {
                let mut out = self.member(MemberKind::AsyncIterable);
                let (attributes, types, args) = match i {
                    AsyncIterableInterfaceMember::Single(s) => {
                        (&s.attributes, vec![&s.generics.body], &s.args)
                    }
                    AsyncIterableInterfaceMember::Double(d) => (
                        &d.attributes,
                        vec![&d.generics.body.0, &d.generics.body.2],
                        &d.args,
                    ),
                };
                out.ext_attrs = self.ext_attrs(walk, attributes);
                let at = walk.word("async");
                out.spaced_async = self.spaced_async(at);
                walk.word("iterable");
                out.types = types
                    .into_iter()
                    .map(|t| self.attributed_type(walk, t))
                    .collect();
                if let Some(args) = args {
                    out.arguments = self.arguments(walk, &args.body.list);
                }
                out
            }
            InterfaceMember::Maplike(m) => {
                let mut out = self.member(MemberKind::Maplike);
                out.ext_attrs = self.ext_attrs(walk, &m.attributes);
                out.readonly = m.readonly.is_some();
                walk.word("maplike");
                out.types = vec![
                    self.attributed_type(walk, &m.generics.body.0),
                    self.attributed_type(walk, &m.generics.body.2),
                ];
                out
            }
            InterfaceMember::Setlike(s) => {
                let mut out = self.member(MemberKind::Setlike);
                out.ext_attrs = self.ext_attrs(walk, &s.attributes);
                out.readonly = s.readonly.is_some();
                walk.word("setlike");
                out.types = vec![self.attributed_type(walk, &s.generics.body)];
                out
            }
            InterfaceMember::Stringifier(s) => {
                let mut out = self.member(MemberKind::Operation);
                out.ext_attrs = self.ext_attrs(walk, &s.attributes);
                out.special = Some((SpecialKind::Stringifier, walk.word("stringifier")));
                out
            }
        }
    }

    /// Whether the source stage wrote the `*` of `[Exposed=*]` at `at` as an identifier.
    fn is_wildcard(&self, at: usize) -> bool {
        self.source.adapted.wildcards.contains(&at)
    }

    /// Whether the source stage wrote an `ObservableArray` at `at` as `FrozenArray`.
    fn is_observable_array(&self, at: usize) -> bool {
        self.source.adapted.observable_arrays.contains(&at)
    }

    /// The word or number at `at` in a file as written (before any rewrite).
    fn original_token(&self, at: usize) -> Option<&str> {
        let Origin::File { original, .. } = &self.source.origin else {
            return None;
        };
        let rest = original.get(at..)?;
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || "_-.+".contains(c)))
            .unwrap_or(rest.len());
        Some(&rest[..end])
    }

    /// Whether the `async` at `at` was written `async iterable` rather than `async_iterable`
    /// (which the source stage rewrites to the former for weedle2).
    fn spaced_async(&self, at: usize) -> bool {
        match &self.source.origin {
            Origin::File { original, .. } => original.as_bytes().get(at + 5) != Some(&b'_'),
            Origin::Inline { .. } => false,
        }
    }

    fn mixin_member(&self, walk: &mut Walk<'_>, member: &MixinMember<'_>) -> Member {
        match member {
            MixinMember::Const(c) => self.const_member(walk, c),
            MixinMember::Operation(o) => {
                let mut out = self.member(MemberKind::Operation);
                out.ext_attrs = self.ext_attrs(walk, &o.attributes);
                out.special = o
                    .stringifier
                    .map(|_| (SpecialKind::Stringifier, walk.word("stringifier")));
                out.types = vec![self.return_type(walk, &o.return_type)];
                out.name = o.identifier.map(|i| self.name(walk, &i));
                out.arguments = self.arguments(walk, &o.args.body.list);
                out
            }
            MixinMember::Attribute(a) => {
                let mut out = self.member(MemberKind::Attribute);
                out.ext_attrs = self.ext_attrs(walk, &a.attributes);
                out.special = a
                    .stringifier
                    .map(|_| (SpecialKind::Stringifier, walk.word("stringifier")));
                out.readonly = a.readonly.is_some();
                walk.word("attribute");
                out.types = vec![self.attributed_type(walk, &a.type_)];
                out.name = Some(self.name(walk, &a.identifier));
                out
            }
            MixinMember::Stringifier(s) => {
                let mut out = self.member(MemberKind::Operation);
                out.ext_attrs = self.ext_attrs(walk, &s.attributes);
                out.special = Some((SpecialKind::Stringifier, walk.word("stringifier")));
                out
            }
        }
    }

    fn namespace_member(&self, walk: &mut Walk<'_>, member: &NamespaceMember<'_>) -> Member {
        match member {
            NamespaceMember::Operation(o) => {
                let mut out = self.member(MemberKind::Operation);
                out.ext_attrs = self.ext_attrs(walk, &o.attributes);
                out.types = vec![self.return_type(walk, &o.return_type)];
                out.name = o.identifier.map(|i| self.name(walk, &i));
                out.arguments = self.arguments(walk, &o.args.body.list);
                out
            }
            NamespaceMember::Attribute(a) => {
                let mut out = self.member(MemberKind::Attribute);
                out.ext_attrs = self.ext_attrs(walk, &a.attributes);
                out.readonly = true;
                walk.word("attribute");
                out.types = vec![self.attributed_type(walk, &a.type_)];
                out.name = Some(self.name(walk, &a.identifier));
                out
            }
        }
    }

    fn field(
        &self,
        walk: &mut Walk<'_>,
        member: &weedle::dictionary::DictionaryMember<'_>,
    ) -> Member {
        let mut out = self.member(MemberKind::Field);
        out.ext_attrs = self.ext_attrs(walk, &member.attributes);
        out.required = member.required.is_some();
        if out.required {
            walk.word("required");
        }
        let mut t = self.ty(walk, &member.type_);
        self.restore_type_attributes(walk, &mut t);
        out.types = vec![t];
        out.name = Some(self.name(walk, &member.identifier));
        out.value = member.default.map(|d| self.default_value(walk, &d.value));
        out
    }

    fn const_member(&self, walk: &mut Walk<'_>, c: &ConstMember<'_>) -> Member {
        let mut out = self.member(MemberKind::Const);
        out.ext_attrs = self.ext_attrs(walk, &c.attributes);
        walk.word("const");
        out.types = vec![self.const_type(walk, &c.const_type)];
        out.name = Some(self.name(walk, &c.identifier));
        out.value = Some(self.const_value(walk, &c.const_value));
        out
    }

    fn ext_attrs(
        &self,
        walk: &mut Walk<'_>,
        list: &Option<ExtendedAttributeList<'_>>,
    ) -> Vec<ExtAttr> {
        let Some(list) = list else {
            return Vec::new();
        };
        list.body
            .list
            .iter()
            .map(|attribute| match attribute {
                ExtendedAttribute::NoArgs(a) => ExtAttr {
                    name: self.name(walk, &a.0),
                    rhs: None,
                    arguments: None,
                },
                ExtendedAttribute::ArgList(a) => ExtAttr {
                    name: self.name(walk, &a.identifier),
                    rhs: None,
                    arguments: Some(self.arguments(walk, &a.args.body.list)),
                },
                ExtendedAttribute::NamedArgList(a) => {
                    let name = self.name(walk, &a.lhs_identifier);
                    let rhs = self.name(walk, &a.rhs_identifier);
                    ExtAttr {
                        name,
                        rhs: Some(Rhs::Token("identifier", rhs.text)),
                        arguments: Some(self.arguments(walk, &a.args.body.list)),
                    }
                }
                ExtendedAttribute::IdentList(a) => {
                    let name = self.name(walk, &a.identifier);
                    let items: Vec<Name> = a
                        .list
                        .body
                        .list
                        .iter()
                        .map(|i| self.name(walk, i))
                        .collect();
                    let original = (items.first())
                        .and_then(|first| self.rewrites.ext_value(first.at.saturating_sub(1)));
                    let rhs = match original {
                        Some(original) => list_rhs(original),
                        None => {
                            let kind = items.first().map_or("identifier", |i| token_kind(&i.raw));
                            Rhs::List(kind, items.into_iter().map(|i| i.text).collect())
                        }
                    };
                    ExtAttr {
                        name,
                        rhs: Some(rhs),
                        arguments: None,
                    }
                }
                ExtendedAttribute::Ident(a) => {
                    let name = self.name(walk, &a.lhs_identifier);
                    let rhs = match a.rhs {
                        IdentifierOrString::Identifier(i) => {
                            let value = self.name(walk, &i);
                            if self.is_wildcard(value.at) {
                                Rhs::Wildcard
                            } else if let Some(original) = self.original_token(value.at)
                                && original != value.raw
                            {
                                // A number that the source stage wrote as `X`s.
                                Rhs::Token(token_kind(original), original.to_owned())
                            } else {
                                let kind = token_kind(&value.raw);
                                let text = if kind == "identifier" {
                                    value.text
                                } else {
                                    value.raw
                                };
                                Rhs::Token(kind, text)
                            }
                        }
                        IdentifierOrString::String(s) => {
                            walk.slice(s.0);
                            Rhs::Token("string", format!("\"{}\"", s.0))
                        }
                    };
                    ExtAttr {
                        name,
                        rhs: Some(rhs),
                        arguments: None,
                    }
                }
            })
            .collect()
    }

    fn arguments(&self, walk: &mut Walk<'_>, arguments: &[WArgument<'_>]) -> Vec<Argument> {
        arguments
            .iter()
            .map(|argument| match argument {
                WArgument::Single(a) => {
                    let ext_attrs = self.ext_attrs(walk, &a.attributes);
                    let optional = a.optional.is_some();
                    if optional {
                        walk.word("optional");
                    }
                    let idl_type = self.attributed_type(walk, &a.type_);
                    let name = self.name(walk, &a.identifier);
                    let default = a.default.map(|d| self.default_value(walk, &d.value));
                    Argument {
                        name,
                        ext_attrs,
                        optional,
                        variadic: false,
                        idl_type,
                        default,
                    }
                }
                WArgument::Variadic(a) => {
                    let ext_attrs = self.ext_attrs(walk, &a.attributes);
                    let idl_type = self.ty(walk, &a.type_);
                    Argument {
                        name: self.name(walk, &a.identifier),
                        ext_attrs,
                        optional: false,
                        variadic: true,
                        idl_type,
                        default: None,
                    }
                }
            })
            .collect()
    }

    fn attributed_type(&self, walk: &mut Walk<'_>, t: &AttributedType<'_>) -> IdlType {
        let ext_attrs = self.ext_attrs(walk, &t.attributes);
        let mut out = self.ty(walk, &t.type_);
        match ext_attrs.is_empty() {
            true => self.restore_type_attributes(walk, &mut out),
            false => out.ext_attrs = ext_attrs,
        }
        out
    }

    fn return_type(&self, walk: &mut Walk<'_>, t: &ReturnType<'_>) -> IdlType {
        match t {
            ReturnType::Undefined(_) => named(walk.word("undefined"), "undefined", false),
            ReturnType::Type(t) => self.ty(walk, t),
        }
    }

    fn ty(&self, walk: &mut Walk<'_>, t: &Type<'_>) -> IdlType {
        match t {
            Type::Single(SingleType::Any(_)) => named(walk.word("any"), "any", false),
            Type::Single(SingleType::NonAny(t)) => self.non_any(walk, t),
            Type::Union(u) => self.union(walk, &u.type_, u.q_mark.is_some()),
        }
    }

    fn union(&self, walk: &mut Walk<'_>, union: &UnionType<'_>, nullable: bool) -> IdlType {
        let at = walk.punct('(');
        let members = (union.body.list.iter())
            .map(|member| match member {
                UnionMemberType::Single(t) => {
                    let ext_attrs = self.ext_attrs(walk, &t.attributes);
                    let mut out = self.non_any(walk, &t.type_);
                    match ext_attrs.is_empty() {
                        true => self.restore_type_attributes(walk, &mut out),
                        false => out.ext_attrs = ext_attrs,
                    }
                    out
                }
                UnionMemberType::Union(u) => self.union(walk, &u.type_, u.q_mark.is_some()),
            })
            .collect();
        walk.punct(')');
        IdlType {
            at,
            ext_attrs: Vec::new(),
            kind: TypeKind::Union(members),
            nullable,
        }
    }

    fn non_any(&self, walk: &mut Walk<'_>, t: &NonAnyType<'_>) -> IdlType {
        let keyword = |walk: &mut Walk<'_>, word: &str, nullable: bool| {
            named(walk.word(word), word, nullable)
        };
        match t {
            NonAnyType::Promise(p) => {
                let at = walk.word("Promise");
                let mut inner = self.return_type(walk, &p.generics.body);
                self.restore_type_attributes(walk, &mut inner);
                generic(at, "Promise", vec![inner], false)
            }
            NonAnyType::Integer(i) => {
                let (name, first) = integer_name(&i.type_);
                let at = walk.word(first);
                walk.word(name.rsplit(' ').next().unwrap_or(first));
                named(at, &name, i.q_mark.is_some())
            }
            NonAnyType::FloatingPoint(f) => {
                let (name, first) = float_name(&f.type_);
                let at = walk.word(first);
                walk.word(name.rsplit(' ').next().unwrap_or(first));
                named(at, &name, f.q_mark.is_some())
            }
            NonAnyType::Boolean(t) => keyword(walk, "boolean", t.q_mark.is_some()),
            NonAnyType::Byte(t) => keyword(walk, "byte", t.q_mark.is_some()),
            NonAnyType::Octet(t) => keyword(walk, "octet", t.q_mark.is_some()),
            NonAnyType::ByteString(t) => keyword(walk, "ByteString", t.q_mark.is_some()),
            NonAnyType::DOMString(t) => keyword(walk, "DOMString", t.q_mark.is_some()),
            NonAnyType::USVString(t) => keyword(walk, "USVString", t.q_mark.is_some()),
            NonAnyType::Object(t) => keyword(walk, "object", t.q_mark.is_some()),
            NonAnyType::Symbol(t) => keyword(walk, "symbol", t.q_mark.is_some()),
            NonAnyType::Error(t) => keyword(walk, "Error", t.q_mark.is_some()),
            NonAnyType::ArrayBuffer(t) => keyword(walk, "ArrayBuffer", t.q_mark.is_some()),
            NonAnyType::DataView(t) => keyword(walk, "DataView", t.q_mark.is_some()),
            NonAnyType::Int8Array(t) => keyword(walk, "Int8Array", t.q_mark.is_some()),
            NonAnyType::Int16Array(t) => keyword(walk, "Int16Array", t.q_mark.is_some()),
            NonAnyType::Int32Array(t) => keyword(walk, "Int32Array", t.q_mark.is_some()),
            NonAnyType::Uint8Array(t) => keyword(walk, "Uint8Array", t.q_mark.is_some()),
            NonAnyType::Uint16Array(t) => keyword(walk, "Uint16Array", t.q_mark.is_some()),
            NonAnyType::Uint32Array(t) => keyword(walk, "Uint32Array", t.q_mark.is_some()),
            NonAnyType::Uint8ClampedArray(t) => {
                keyword(walk, "Uint8ClampedArray", t.q_mark.is_some())
            }
            NonAnyType::Float32Array(t) => keyword(walk, "Float32Array", t.q_mark.is_some()),
            NonAnyType::Float64Array(t) => keyword(walk, "Float64Array", t.q_mark.is_some()),
            NonAnyType::ArrayBufferView(t) => keyword(walk, "ArrayBufferView", t.q_mark.is_some()),
            NonAnyType::BufferSource(t) => keyword(walk, "BufferSource", t.q_mark.is_some()),
            NonAnyType::Sequence(s) => {
                let at = walk.word("sequence");
                let name = match self.source.adapted.async_sequences.contains(&at) {
                    true => "async_sequence",
                    false => "sequence",
                };
                let inner = self.generic_argument(walk, &s.type_.generics.body);
                generic(at, name, vec![inner], s.q_mark.is_some())
            }
            NonAnyType::FrozenArrayType(f) => {
                let at = walk.word("FrozenArray");
                let name = match self.is_observable_array(at) {
                    true => "ObservableArray",
                    false => "FrozenArray",
                };
                let inner = self.generic_argument(walk, &f.type_.generics.body);
                generic(at, name, vec![inner], f.q_mark.is_some())
            }
            NonAnyType::RecordType(r) => {
                let at = walk.word("record");
                let (key, _, value) = &r.type_.generics.body;
                let mut key = match key.as_ref() {
                    RecordKeyType::Byte(_) => keyword(walk, "ByteString", false),
                    RecordKeyType::DOM(_) => keyword(walk, "DOMString", false),
                    RecordKeyType::USV(_) => keyword(walk, "USVString", false),
                    RecordKeyType::NonAny(t) => self.non_any(walk, t),
                };
                self.restore_type_attributes(walk, &mut key);
                let value = self.generic_argument(walk, value);
                generic(at, "record", vec![key, value], r.q_mark.is_some())
            }
            NonAnyType::Identifier(i) => {
                let name = self.name(walk, &i.type_);
                named(name.at, &name.text, i.q_mark.is_some())
            }
        }
    }

    /// A type argument of `sequence`, `FrozenArray` or `record`, with the extended attributes
    /// that the source stage blanked before it.
    fn generic_argument(&self, walk: &mut Walk<'_>, t: &Type<'_>) -> IdlType {
        let mut out = self.ty(walk, t);
        self.restore_type_attributes(walk, &mut out);
        out
    }

    /// Gives a type the extended attributes that the source stage blanked just before it (in a
    /// generic, a union or after `required`, where weedle2 reads none).
    fn restore_type_attributes(&self, walk: &Walk<'_>, t: &mut IdlType) {
        let before = |start: usize| {
            let gap = walk
                .text
                .get(start.checked_sub(walk.shift)?..t.at.checked_sub(walk.shift)?);
            gap.filter(|gap| gap.trim().is_empty())
        };
        let found = (self.source.adapted.removed.iter())
            .filter(|r| r.kind == RemovedKind::TypeAttributes)
            .map(|r| (&r.offset, &r.text))
            .find(|(start, _)| **start < t.at && before(**start).is_some());
        if let Some((start, text)) = found
            && let Ok((_, list)) = <ExtendedAttributeList as weedle::Parse>::parse(text)
        {
            let mut inner = Walk {
                text,
                shift: *start,
                pos: 0,
            };
            t.ext_attrs = self.ext_attrs(&mut inner, &Some(list));
        }
    }

    fn const_type(&self, walk: &mut Walk<'_>, t: &ConstType<'_>) -> IdlType {
        match t {
            ConstType::Integer(i) => {
                let (name, first) = integer_name(&i.type_);
                let at = walk.word(first);
                walk.word(name.rsplit(' ').next().unwrap_or(first));
                named(at, &name, i.q_mark.is_some())
            }
            ConstType::FloatingPoint(f) => {
                let (name, first) = float_name(&f.type_);
                let at = walk.word(first);
                walk.word(name.rsplit(' ').next().unwrap_or(first));
                named(at, &name, f.q_mark.is_some())
            }
            ConstType::Boolean(t) => named(walk.word("boolean"), "boolean", t.q_mark.is_some()),
            ConstType::Byte(t) => named(walk.word("byte"), "byte", t.q_mark.is_some()),
            ConstType::Octet(t) => named(walk.word("octet"), "octet", t.q_mark.is_some()),
            ConstType::Identifier(i) => {
                let name = self.name(walk, &i.type_);
                named(name.at, &name.text, i.q_mark.is_some())
            }
        }
    }

    fn const_value(&self, walk: &mut Walk<'_>, value: &ConstValue<'_>) -> Value {
        match value {
            ConstValue::Boolean(b) => {
                walk.word(if b.0 { "true" } else { "false" });
                Value::Boolean(b.0)
            }
            ConstValue::Float(f) => self.float(walk, f),
            ConstValue::Integer(i) => self.integer(walk, i),
            ConstValue::Null(_) => {
                walk.word("null");
                Value::Null
            }
        }
    }

    fn default_value(&self, walk: &mut Walk<'_>, value: &DefaultValue<'_>) -> Value {
        match value {
            DefaultValue::Boolean(b) => {
                walk.word(if b.0 { "true" } else { "false" });
                Value::Boolean(b.0)
            }
            DefaultValue::EmptyArray(_) => {
                walk.punct(']');
                Value::EmptySequence
            }
            DefaultValue::EmptyDictionary(_) => {
                walk.punct('}');
                Value::EmptyDictionary
            }
            DefaultValue::Float(f) => self.float(walk, f),
            DefaultValue::Integer(i) => self.integer(walk, i),
            DefaultValue::Null(_) => {
                walk.word("null");
                Value::Null
            }
            DefaultValue::String(s) => {
                walk.slice(s.0);
                Value::String(s.0.to_owned())
            }
        }
    }

    fn float(&self, walk: &mut Walk<'_>, value: &FloatLit<'_>) -> Value {
        match value {
            FloatLit::Value(v) => {
                walk.slice(v.0);
                Value::Number(v.0.to_owned())
            }
            FloatLit::NegInfinity(_) => {
                walk.word("Infinity");
                Value::Infinity { negative: true }
            }
            FloatLit::Infinity(_) => {
                walk.word("Infinity");
                Value::Infinity { negative: false }
            }
            FloatLit::NaN(_) => {
                walk.word("NaN");
                Value::NaN
            }
        }
    }

    fn integer(&self, walk: &mut Walk<'_>, value: &IntegerLit<'_>) -> Value {
        let text = match value {
            IntegerLit::Dec(d) => d.0,
            IntegerLit::Hex(h) => h.0,
            IntegerLit::Oct(o) => o.0,
        };
        walk.slice(text);
        Value::Number(text.to_owned())
    }
}

fn named(at: usize, name: &str, nullable: bool) -> IdlType {
    IdlType {
        at,
        ext_attrs: Vec::new(),
        kind: TypeKind::Named(name.to_owned()),
        nullable,
    }
}

fn generic(at: usize, name: &'static str, types: Vec<IdlType>, nullable: bool) -> IdlType {
    IdlType {
        at,
        ext_attrs: Vec::new(),
        kind: TypeKind::Generic(name, types),
        nullable,
    }
}

/// `unsigned long long` and its first word.
fn integer_name(t: &IntegerType) -> (String, &'static str) {
    let (unsigned, base) = match t {
        IntegerType::LongLong(t) => (t.unsigned.is_some(), "long long"),
        IntegerType::Long(t) => (t.unsigned.is_some(), "long"),
        IntegerType::Short(t) => (t.unsigned.is_some(), "short"),
    };
    match unsigned {
        true => (format!("unsigned {base}"), "unsigned"),
        false => (
            base.to_owned(),
            if base == "short" { "short" } else { "long" },
        ),
    }
}

/// `unrestricted double` and its first word.
fn float_name(t: &FloatingPointType) -> (String, &'static str) {
    let (unrestricted, base) = match t {
        FloatingPointType::Float(t) => (t.unrestricted.is_some(), "float"),
        FloatingPointType::Double(t) => (t.unrestricted.is_some(), "double"),
    };
    match unrestricted {
        true => (format!("unrestricted {base}"), "unrestricted"),
        false => (base.to_owned(), base),
    }
}

/// How webidl2.js's tokeniser classes a value: `integer`, `decimal`, `string` or `identifier`.
pub fn token_kind(value: &str) -> &'static str {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let hex = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"));
    if value.starts_with('"') {
        "string"
    } else if hex.is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()))
        || (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
    {
        "integer"
    } else if !digits.is_empty()
        && digits.bytes().any(|b| b.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b"eE.+-".contains(&b))
    {
        "decimal"
    } else {
        "identifier"
    }
}

/// A list value that the rewrites replaced, read from its original text `( .. , .. )`.
fn list_rhs(original: &str) -> Rhs {
    let inner = original
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')');
    let items: Vec<String> = inner.split(',').map(|i| i.trim().to_owned()).collect();
    let kind = items.first().map_or("identifier", |i| token_kind(i));
    Rhs::List(kind, items)
}
