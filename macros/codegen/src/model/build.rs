//! Reads weedle2's syntax tree into the model's types, one source at a time: names with their
//! locations, doc comments and the IDL text of each item. Nothing is resolved here; names of
//! other definitions stay [`Type::Named`] until [`super::resolve`].

use weedle::argument::Argument as WeedleArgument;
use weedle::attribute::ExtendedAttributeList;
use weedle::common::Identifier;
use weedle::dictionary::DictionaryMember as WeedleDictionaryMember;
use weedle::interface::{InterfaceMember, StringifierOrInheritOrStatic, StringifierOrStatic};
use weedle::literal::{
    ConstValue as WeedleConstValue, DefaultValue as WeedleDefaultValue, FloatLit, IntegerLit,
};
use weedle::mixin::MixinMember;
use weedle::types::{
    AttributedNonAnyType, AttributedType, ConstType, FloatingPointType, IntegerType, NonAnyType,
    RecordKeyType, ReturnType, SingleType, Type as WeedleType, UnionMemberType,
};
use weedle::{Definition, Parse};

use super::{
    Argument, Callback, CallbackInterface, ConstValue, DefaultValue, Dictionary, DictionaryMember,
    Docs, Enum, ExtAttrValue, ExtAttrs, Interface, Member, MemberKind, Mixin, Name, Namespace,
    Primitive, Special, Type,
};
use crate::adapt::{Removed, RemovedKind};
use crate::diagnostics::{Diagnostics, Loc};
use crate::parse::{ParseOutput, Parsed};
use crate::source::Source;

/// A definition as written, before partials, mixins and typedefs are resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Written {
    Interface {
        interface: Interface,
        partial: bool,
    },
    Mixin {
        mixin: Mixin,
        partial: bool,
    },
    Includes {
        target: Name,
        mixin: Name,
    },
    Typedef {
        name: Name,
        ty: Type,
        docs: Docs,
    },
    Dictionary {
        dictionary: Dictionary,
        partial: bool,
    },
    Enum(Enum),
    Callback(Callback),
    Namespace {
        namespace: Namespace,
        partial: bool,
    },
}

pub fn build(
    source_id: usize,
    source: &Source,
    parsed: &ParseOutput<'_>,
    diagnostics: &mut Diagnostics,
) -> Vec<Written> {
    let mut builder = Builder {
        source_id,
        source,
        diagnostics,
    };
    builder.removed_type_attributes();
    let mut previous_end = 0;
    let mut written = Vec::new();
    for item in &parsed.definitions {
        let docs = Docs {
            lines: source.docs_in(previous_end..item.start),
            idl: header(source, item),
        };
        previous_end = item.end;
        written.extend(builder.definition(item, docs));
    }
    written
}

/// The IDL of a definition up to its body, or all of it when it has none.
fn header(source: &Source, item: &Parsed<'_>) -> String {
    match item.body_start {
        Some(body) => source.snippet(item.start, body),
        None => source.snippet(item.start, item.end),
    }
}

struct Builder<'s, 'd> {
    source_id: usize,
    source: &'s Source,
    diagnostics: &'d mut Diagnostics,
}

impl Builder<'_, '_> {
    /// The location of a slice of the source text (weedle2 hands out slices of it).
    fn locate(&self, slice: &str) -> Loc {
        locate_in(self.source, self.source_id, slice)
    }

    fn name(&mut self, identifier: &Identifier<'_>) -> Name {
        let loc = self.locate(identifier.0);
        if identifier.0.starts_with(|c: char| c.is_ascii_digit()) {
            self.diagnostics.error(
                loc,
                format!(
                    "`{}` is not a valid identifier: identifiers start with a letter or `_`",
                    identifier.0
                ),
            );
        }
        Name {
            idl: identifier.0.to_owned(),
            loc,
        }
    }

    /// Extended attributes the adaptation took off types (they change JS conversions only):
    /// their names are still checked.
    fn removed_type_attributes(&mut self) {
        let source = self.source;
        for removed in &source.adapted.removed {
            if removed.kind != RemovedKind::TypeAttributes {
                continue;
            }
            match ExtendedAttributeList::parse(&removed.text) {
                Ok((_, list)) => {
                    self.ext_attrs(&Some(list));
                }
                Err(_) => self.removed_failure(removed),
            }
        }
    }

    /// Reports where a piece that the adaptation took out of the text does not parse.
    fn removed_failure(&mut self, removed: &Removed) {
        let failure = crate::parse::diagnose_removed(&removed.text, removed.kind);
        let (start, end) = (removed.offset + failure.start, removed.offset + failure.end);
        let loc = Loc::new(self.source_id, start, end);
        self.diagnostics.error(loc, failure.message);
    }

    /// The constants of a namespace, which weedle2 does not parse in one (see [`crate::adapt`]).
    fn namespace_constants(&mut self, item: &Parsed<'_>) -> Vec<Member> {
        let source = self.source;
        let mut members = Vec::new();
        for removed in &source.adapted.removed {
            if removed.kind != RemovedKind::NamespaceConst
                || !(item.start..item.end).contains(&removed.offset)
            {
                continue;
            }
            match weedle::interface::ConstMember::parse(&removed.text) {
                Ok((_, constant)) => {
                    // The source text holds blanks where the constant was: its IDL is the
                    // removed text.
                    let docs = Docs {
                        lines: self.source.docs_in(self.doc_window(item, removed.offset)),
                        idl: removed
                            .text
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    };
                    members.push(self.constant(&constant, docs));
                }
                Err(_) => self.removed_failure(removed),
            }
        }
        members
    }

    fn ext_attrs(&mut self, list: &Option<ExtendedAttributeList<'_>>) -> ExtAttrs {
        let (source, source_id) = (self.source, self.source_id);
        let locate = |slice: &str| locate_in(source, source_id, slice);
        let mut attrs = ExtAttrs::read(list.as_ref(), &locate, self.diagnostics);
        for attr in &mut attrs.0 {
            if let ExtAttrValue::Identifier(value, loc) = &mut attr.value
                && self.source.adapted.wildcards.contains(&loc.start)
            {
                *value = "*".into();
            }
        }
        attrs
    }

    fn definition(&mut self, item: &Parsed<'_>, docs: Docs) -> Option<Written> {
        Some(match &item.definition {
            Definition::Interface(d) => Written::Interface {
                interface: self.interface(
                    item,
                    docs,
                    (&d.attributes, &d.identifier, d.inheritance.as_ref()),
                    &d.members.body,
                ),
                partial: false,
            },
            Definition::PartialInterface(d) => Written::Interface {
                interface: self.interface(
                    item,
                    docs,
                    (&d.attributes, &d.identifier, None),
                    &d.members.body,
                ),
                partial: true,
            },
            Definition::InterfaceMixin(d) => Written::Mixin {
                mixin: self.mixin(item, docs, (&d.attributes, &d.identifier), &d.members.body),
                partial: false,
            },
            Definition::PartialInterfaceMixin(d) => Written::Mixin {
                mixin: self.mixin(item, docs, (&d.attributes, &d.identifier), &d.members.body),
                partial: true,
            },
            Definition::IncludesStatement(d) => {
                self.ext_attrs(&d.attributes);
                Written::Includes {
                    target: self.name(&d.lhs_identifier),
                    mixin: self.name(&d.rhs_identifier),
                }
            }
            Definition::Typedef(d) => {
                self.ext_attrs(&d.attributes);
                Written::Typedef {
                    ty: self.attributed_type(&d.type_),
                    name: self.name(&d.identifier),
                    docs,
                }
            }
            Definition::Implements(d) => {
                let loc = self.locate(d.lhs_identifier.0);
                self.diagnostics.error(
                    loc,
                    format!(
                        "`implements` was removed from Web IDL; write `{} includes {};` with \
                         `{}` declared as an `interface mixin`",
                        d.lhs_identifier.0, d.rhs_identifier.0, d.rhs_identifier.0
                    ),
                );
                return None;
            }
            Definition::Dictionary(d) => Written::Dictionary {
                dictionary: self.dictionary(
                    item,
                    docs,
                    (&d.attributes, &d.identifier, d.inheritance.as_ref()),
                    &d.members.body,
                ),
                partial: false,
            },
            Definition::PartialDictionary(d) => Written::Dictionary {
                dictionary: self.dictionary(
                    item,
                    docs,
                    (&d.attributes, &d.identifier, None),
                    &d.members.body,
                ),
                partial: true,
            },
            Definition::Enum(d) => Written::Enum(Enum {
                ext_attrs: self.ext_attrs(&d.attributes),
                name: self.name(&d.identifier),
                values: d
                    .values
                    .body
                    .list
                    .iter()
                    .map(|variant| Name {
                        idl: variant.value.0.to_owned(),
                        loc: self.locate(variant.value.0),
                    })
                    .collect(),
                docs,
                role: self.source.role,
            }),
            Definition::Callback(d) => Written::Callback(Callback {
                ext_attrs: self.ext_attrs(&d.attributes),
                name: self.name(&d.identifier),
                ret: self.return_type(&d.return_type),
                args: self.arguments(&d.arguments.body.list),
                interface: None,
                docs,
                role: self.source.role,
            }),
            Definition::CallbackInterface(d) => return self.callback_interface(item, docs, d),
            Definition::Namespace(d) => Written::Namespace {
                namespace: self.namespace(
                    item,
                    docs,
                    (&d.attributes, &d.identifier),
                    &d.members.body,
                ),
                partial: false,
            },
            Definition::PartialNamespace(d) => Written::Namespace {
                namespace: self.namespace(
                    item,
                    docs,
                    (&d.attributes, &d.identifier),
                    &d.members.body,
                ),
                partial: true,
            },
        })
    }

    /// An interface or partial interface: `header` is its attributes, name and parent.
    fn interface(
        &mut self,
        item: &Parsed<'_>,
        docs: Docs,
        header: (
            &Option<ExtendedAttributeList<'_>>,
            &Identifier<'_>,
            Option<&weedle::interface::Inheritance<'_>>,
        ),
        members: &[InterfaceMember<'_>],
    ) -> Interface {
        let (attributes, identifier, inheritance) = header;
        let mut members = self.interface_members(item, members);
        members.extend(self.factory_functions(attributes));
        Interface {
            name: self.name(identifier),
            parent: inheritance.map(|i| self.name(&i.identifier)),
            ancestors: Vec::new(),
            ext_attrs: self.ext_attrs(attributes),
            docs,
            members,
            role: self.source.role,
            members_listed: false,
        }
    }

    /// `[LegacyFactoryFunction=Image(args)]`: constructors under another name.
    fn factory_functions(&mut self, attributes: &Option<ExtendedAttributeList<'_>>) -> Vec<Member> {
        use weedle::attribute::ExtendedAttribute;
        let Some(list) = attributes else {
            return Vec::new();
        };
        let mut factories = Vec::new();
        for attribute in &list.body.list {
            let ExtendedAttribute::NamedArgList(a) = attribute else {
                continue;
            };
            if !matches!(
                a.lhs_identifier.0,
                "LegacyFactoryFunction" | "NamedConstructor"
            ) {
                continue;
            }
            let factory = self.name(&a.rhs_identifier);
            let args = self.arguments(&a.args.body.list);
            let written: Vec<String> = args
                .iter()
                .map(|arg| {
                    let optional = if arg.optional { "optional " } else { "" };
                    format!("{optional}{} {}", arg.ty.idl(), arg.name.idl)
                })
                .collect();
            let docs = Docs {
                lines: Vec::new(),
                idl: format!(
                    "[LegacyFactoryFunction={}({})]",
                    factory.idl,
                    written.join(", ")
                ),
            };
            factories.push(Member {
                loc: factory.loc,
                kind: MemberKind::Constructor {
                    args,
                    factory: Some(factory),
                },
                ext_attrs: ExtAttrs::default(),
                docs,
                mixin: None,
                overload_suffix: None,
            });
        }
        factories
    }

    /// A dictionary or partial dictionary: `header` is its attributes, name and parent.
    fn dictionary(
        &mut self,
        item: &Parsed<'_>,
        docs: Docs,
        header: (
            &Option<ExtendedAttributeList<'_>>,
            &Identifier<'_>,
            Option<&weedle::interface::Inheritance<'_>>,
        ),
        members: &[WeedleDictionaryMember<'_>],
    ) -> Dictionary {
        let (attributes, identifier, inheritance) = header;
        let ext_attrs = self.ext_attrs(attributes);
        let name = self.name(identifier);
        let members = members
            .iter()
            .enumerate()
            .map(|(index, member)| {
                let docs = self.member_docs(item, index);
                let ext_attrs = self.ext_attrs(&member.attributes);
                let member_name = self.name(&member.identifier);
                let default = member
                    .default
                    .as_ref()
                    .map(|d| self.default_value(&d.value, member_name.loc));
                DictionaryMember {
                    ty: self.ty(&member.type_),
                    name: member_name,
                    required: member.required.is_some(),
                    default,
                    ext_attrs,
                    docs,
                    owner: name.idl.clone(),
                }
            })
            .collect();
        Dictionary {
            parent: inheritance.map(|i| self.name(&i.identifier)),
            name,
            ancestors: Vec::new(),
            ext_attrs,
            docs,
            members,
            inherited: Vec::new(),
            role: self.source.role,
        }
    }

    fn default_value(&mut self, value: &WeedleDefaultValue<'_>, loc: Loc) -> DefaultValue {
        let constant = match value {
            WeedleDefaultValue::Boolean(b) => Some(WeedleConstValue::Boolean(*b)),
            WeedleDefaultValue::Integer(i) => Some(WeedleConstValue::Integer(*i)),
            WeedleDefaultValue::Float(f) => Some(WeedleConstValue::Float(*f)),
            _ => None,
        };
        if let Some(constant) = constant {
            return DefaultValue::Const(self.const_value(&constant, loc));
        }
        match value {
            WeedleDefaultValue::Null(_) => DefaultValue::Const(ConstValue::Null),
            WeedleDefaultValue::String(text) => DefaultValue::String(text.0.to_owned()),
            WeedleDefaultValue::EmptyArray(_) => DefaultValue::EmptySequence,
            WeedleDefaultValue::EmptyDictionary(_) => DefaultValue::EmptyDictionary,
            _ => DefaultValue::Const(ConstValue::Null),
        }
    }

    /// An interface mixin or partial mixin: `header` is its attributes and name.
    fn mixin(
        &mut self,
        item: &Parsed<'_>,
        docs: Docs,
        header: (&Option<ExtendedAttributeList<'_>>, &Identifier<'_>),
        members: &[MixinMember<'_>],
    ) -> Mixin {
        Mixin {
            ext_attrs: self.ext_attrs(header.0),
            name: self.name(header.1),
            docs,
            members: self.mixin_members(item, members),
            includers: Vec::new(),
            role: self.source.role,
        }
    }

    /// A namespace or partial namespace: `header` is its attributes and name.
    fn namespace(
        &mut self,
        item: &Parsed<'_>,
        docs: Docs,
        header: (&Option<ExtendedAttributeList<'_>>, &Identifier<'_>),
        members: &[weedle::namespace::NamespaceMember<'_>],
    ) -> Namespace {
        Namespace {
            ext_attrs: self.ext_attrs(header.0),
            name: self.name(header.1),
            docs,
            members: {
                let mut list = self.namespace_members(item, members);
                list.extend(self.namespace_constants(item));
                list
            },
            role: self.source.role,
        }
    }

    /// A callback interface: its one regular operation is the callback; constants are kept.
    fn callback_interface(
        &mut self,
        item: &Parsed<'_>,
        docs: Docs,
        d: &weedle::CallbackInterfaceDefinition<'_>,
    ) -> Option<Written> {
        let ext_attrs = self.ext_attrs(&d.attributes);
        let name = self.name(&d.identifier);
        if let Some(parent) = &d.inheritance {
            let loc = self.locate(parent.identifier.0);
            self.diagnostics.error(
                loc,
                "a callback interface cannot inherit from another interface",
            );
        }
        let members = self.interface_members(item, &d.members.body);
        let mut consts = Vec::new();
        let mut operation = None;
        for member in members {
            match member.kind {
                MemberKind::Const { .. } => consts.push(member),
                MemberKind::Operation {
                    name: op_name,
                    ret,
                    args,
                    is_static: false,
                    special: None,
                } if operation.is_none() => operation = Some((op_name, ret, args)),
                _ => self.diagnostics.error(
                    member.loc,
                    "a callback interface has exactly one regular operation, and may have \
                     constants; nothing else",
                ),
            }
        }
        let Some((op_name, ret, args)) = operation else {
            self.diagnostics.error(
                name.loc,
                format!(
                    "callback interface `{}` has no operation for JavaScript to call",
                    name.idl
                ),
            );
            return None;
        };
        Some(Written::Callback(Callback {
            name,
            ret,
            args,
            interface: Some(CallbackInterface {
                operation: op_name,
                consts,
            }),
            ext_attrs,
            docs,
            role: self.source.role,
        }))
    }

    fn namespace_members(
        &mut self,
        item: &Parsed<'_>,
        members: &[weedle::namespace::NamespaceMember<'_>],
    ) -> Vec<Member> {
        use weedle::namespace::NamespaceMember;
        members
            .iter()
            .enumerate()
            .map(|(index, member)| {
                let docs = self.member_docs(item, index);
                let start = self.member_start(item, index);
                match member {
                    NamespaceMember::Operation(o) => {
                        let ext_attrs = self.ext_attrs(&o.attributes);
                        self.operation(
                            ext_attrs,
                            docs,
                            start,
                            &o.return_type,
                            o.identifier,
                            &o.args.body.list,
                            false,
                            None,
                        )
                    }
                    NamespaceMember::Attribute(a) => {
                        let ext_attrs = self.ext_attrs(&a.attributes);
                        self.attribute(ext_attrs, docs, &a.type_, &a.identifier, true, false)
                    }
                }
            })
            .collect()
    }

    /// Docs and IDL text for the `index`-th member of a definition.
    fn member_docs(&self, item: &Parsed<'_>, index: usize) -> Docs {
        let Some(&(start, end)) = item.members.get(index) else {
            return Docs::default();
        };
        let previous_end = match index {
            0 => item.body_start.unwrap_or(item.start),
            _ => item.members[index - 1].1,
        };
        Docs {
            lines: self.source.docs_in(previous_end..start),
            idl: self.source.snippet(start, end),
        }
    }

    /// The text between the member (or body start) before `offset` and `offset`, where the doc
    /// comments of something starting at `offset` are.
    fn doc_window(&self, item: &Parsed<'_>, offset: usize) -> std::ops::Range<usize> {
        let previous_end = (item.members.iter())
            .map(|&(_, end)| end)
            .filter(|&end| end <= offset)
            .max()
            .unwrap_or(item.body_start.unwrap_or(item.start));
        previous_end..offset
    }

    /// Where a member without a name of its own is blamed: its first character.
    fn member_start(&self, item: &Parsed<'_>, index: usize) -> Loc {
        let (start, end) = item
            .members
            .get(index)
            .copied()
            .unwrap_or((item.start, item.end));
        Loc::new(self.source_id, start, end)
    }

    fn interface_members(
        &mut self,
        item: &Parsed<'_>,
        members: &[InterfaceMember<'_>],
    ) -> Vec<Member> {
        members
            .iter()
            .enumerate()
            .flat_map(|(index, member)| {
                let docs = self.member_docs(item, index);
                let start = self.member_start(item, index);
                self.interface_member(member, docs, start)
            })
            .collect()
    }

    fn mixin_members(&mut self, item: &Parsed<'_>, members: &[MixinMember<'_>]) -> Vec<Member> {
        members
            .iter()
            .enumerate()
            .flat_map(|(index, member)| {
                let docs = self.member_docs(item, index);
                let start = self.member_start(item, index);
                match member {
                    MixinMember::Const(c) => vec![self.constant(c, docs)],
                    MixinMember::Operation(o) => {
                        let ext_attrs = self.ext_attrs(&o.attributes);
                        let operation = self.operation(
                            ext_attrs,
                            docs,
                            start,
                            &o.return_type,
                            o.identifier,
                            &o.args.body.list,
                            false,
                            None,
                        );
                        with_stringifier(operation, o.stringifier.is_some())
                    }
                    MixinMember::Attribute(a) => {
                        let ext_attrs = self.ext_attrs(&a.attributes);
                        let attribute = self.attribute(
                            ext_attrs,
                            docs,
                            &a.type_,
                            &a.identifier,
                            a.readonly.is_some(),
                            false,
                        );
                        with_stringifier(attribute, a.stringifier.is_some())
                    }
                    MixinMember::Stringifier(s) => {
                        let ext_attrs = self.ext_attrs(&s.attributes);
                        vec![stringifier(ext_attrs, docs, start)]
                    }
                }
            })
            .collect()
    }

    /// One interface member: most make one model member; a `stringifier` attribute or
    /// operation makes two (itself and the stringifier).
    fn interface_member(
        &mut self,
        member: &InterfaceMember<'_>,
        docs: Docs,
        start: Loc,
    ) -> Vec<Member> {
        use weedle::interface::{AsyncIterableInterfaceMember, IterableInterfaceMember};
        let member_of = |kind: MemberKind, ext_attrs: ExtAttrs, docs: Docs| Member {
            kind,
            ext_attrs,
            docs,
            loc: start,
            mixin: None,
            overload_suffix: None,
        };
        match member {
            InterfaceMember::Const(c) => vec![self.constant(c, docs)],
            InterfaceMember::Attribute(a) => {
                let ext_attrs = self.ext_attrs(&a.attributes);
                let is_static = matches!(a.modifier, Some(StringifierOrInheritOrStatic::Static(_)));
                let attribute = self.attribute(
                    ext_attrs,
                    docs,
                    &a.type_,
                    &a.identifier,
                    a.readonly.is_some(),
                    is_static,
                );
                let stringifier = matches!(
                    a.modifier,
                    Some(StringifierOrInheritOrStatic::Stringifier(_))
                );
                with_stringifier(attribute, stringifier)
            }
            InterfaceMember::Constructor(c) => {
                let ext_attrs = self.ext_attrs(&c.attributes);
                let args = self.arguments(&c.args.body.list);
                let kind = MemberKind::Constructor {
                    args,
                    factory: None,
                };
                vec![member_of(kind, ext_attrs, docs)]
            }
            InterfaceMember::Operation(o) => {
                let ext_attrs = self.ext_attrs(&o.attributes);
                let special = o.special.map(|special| match special {
                    weedle::interface::Special::Getter(_) => Some(Special::Getter),
                    weedle::interface::Special::Setter(_) => Some(Special::Setter),
                    weedle::interface::Special::Deleter(_) => Some(Special::Deleter),
                    weedle::interface::Special::LegacyCaller(_) => None,
                });
                if let Some(None) = special {
                    return vec![unsupported(
                        ext_attrs,
                        docs,
                        start,
                        "`legacycaller` operations (not allowed in new IDL)",
                    )];
                }
                let special = special.flatten();
                if let (Some(special), None) = (special, o.identifier) {
                    let ret = self.return_type(&o.return_type);
                    let args = self.arguments(&o.args.body.list);
                    let kind = MemberKind::Special { special, ret, args };
                    return vec![member_of(kind, ext_attrs, docs)];
                }
                let stringifier = matches!(o.modifier, Some(StringifierOrStatic::Stringifier(_)));
                if stringifier && o.identifier.is_none() {
                    return vec![member_of(MemberKind::Stringifier, ext_attrs, docs)];
                }
                let is_static = matches!(o.modifier, Some(StringifierOrStatic::Static(_)));
                let operation = self.operation(
                    ext_attrs,
                    docs,
                    start,
                    &o.return_type,
                    o.identifier,
                    &o.args.body.list,
                    is_static,
                    special,
                );
                with_stringifier(operation, stringifier)
            }
            InterfaceMember::Iterable(i) => {
                let (attributes, key, value) = match i {
                    IterableInterfaceMember::Single(s) => (&s.attributes, None, &s.generics.body),
                    IterableInterfaceMember::Double(d) => {
                        (&d.attributes, Some(&d.generics.body.0), &d.generics.body.2)
                    }
                };
                let ext_attrs = self.ext_attrs(attributes);
                let kind = MemberKind::Iterable {
                    key: key.map(|k| self.attributed_type(k)),
                    value: self.attributed_type(value),
                    is_async: false,
                    args: Vec::new(),
                };
                vec![member_of(kind, ext_attrs, docs)]
            }
            InterfaceMember::AsyncIterable(i) => {
                let (attributes, key, value, args) = match i {
                    AsyncIterableInterfaceMember::Single(s) => {
                        (&s.attributes, None, &s.generics.body, &s.args)
                    }
                    AsyncIterableInterfaceMember::Double(d) => (
                        &d.attributes,
                        Some(&d.generics.body.0),
                        &d.generics.body.2,
                        &d.args,
                    ),
                };
                let ext_attrs = self.ext_attrs(attributes);
                let kind = MemberKind::Iterable {
                    key: key.map(|k| self.attributed_type(k)),
                    value: self.attributed_type(value),
                    is_async: true,
                    args: args
                        .as_ref()
                        .map(|a| self.arguments(&a.body.list))
                        .unwrap_or_default(),
                };
                vec![member_of(kind, ext_attrs, docs)]
            }
            InterfaceMember::Maplike(m) => {
                let ext_attrs = self.ext_attrs(&m.attributes);
                let kind = MemberKind::Maplike {
                    key: self.attributed_type(&m.generics.body.0),
                    value: self.attributed_type(&m.generics.body.2),
                    readonly: m.readonly.is_some(),
                };
                vec![member_of(kind, ext_attrs, docs)]
            }
            InterfaceMember::Setlike(s) => {
                let ext_attrs = self.ext_attrs(&s.attributes);
                let kind = MemberKind::Setlike {
                    value: self.attributed_type(&s.generics.body),
                    readonly: s.readonly.is_some(),
                };
                vec![member_of(kind, ext_attrs, docs)]
            }
            InterfaceMember::Stringifier(s) => {
                let ext_attrs = self.ext_attrs(&s.attributes);
                vec![stringifier(ext_attrs, docs, start)]
            }
        }
    }

    fn constant(&mut self, c: &weedle::interface::ConstMember<'_>, docs: Docs) -> Member {
        let ext_attrs = self.ext_attrs(&c.attributes);
        let name = self.name(&c.identifier);
        let ty = self.const_type(&c.const_type);
        let value = self.const_value(&c.const_value, name.loc);
        Member {
            loc: name.loc,
            kind: MemberKind::Const { name, ty, value },
            ext_attrs,
            docs,
            mixin: None,
            overload_suffix: None,
        }
    }

    fn attribute(
        &mut self,
        ext_attrs: ExtAttrs,
        docs: Docs,
        ty: &AttributedType<'_>,
        identifier: &Identifier<'_>,
        readonly: bool,
        is_static: bool,
    ) -> Member {
        let name = self.name(identifier);
        let mut ty = self.attributed_type(ty);
        // `ObservableArray<T>` reached weedle2 as `FrozenArray<T>` (see `source::adapt`); it is
        // only valid as an attribute's type, so this is where it is read back.
        let text = &self.source.text[..name.loc.start];
        let member_start = text.rfind([';', '{', '}']).map_or(0, |i| i + 1);
        let observable = (self.source.adapted.observable_arrays.iter())
            .any(|&offset| (member_start..name.loc.start).contains(&offset));
        if let (true, Type::FrozenArray(inner)) = (observable, &ty) {
            ty = Type::ObservableArray(inner.clone());
        }
        Member {
            loc: name.loc,
            kind: MemberKind::Attribute {
                name,
                ty,
                readonly,
                is_static,
            },
            ext_attrs,
            docs,
            mixin: None,
            overload_suffix: None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        ext_attrs: ExtAttrs,
        docs: Docs,
        start: Loc,
        ret: &ReturnType<'_>,
        identifier: Option<Identifier<'_>>,
        args: &[WeedleArgument<'_>],
        is_static: bool,
        special: Option<Special>,
    ) -> Member {
        let Some(identifier) = identifier else {
            return unsupported(ext_attrs, docs, start, "operations without a name");
        };
        let name = self.name(&identifier);
        let ret = self.return_type(ret);
        let args = self.arguments(args);
        Member {
            loc: name.loc,
            kind: MemberKind::Operation {
                name,
                ret,
                args,
                is_static,
                special,
            },
            ext_attrs,
            docs,
            mixin: None,
            overload_suffix: None,
        }
    }

    fn arguments(&mut self, args: &[WeedleArgument<'_>]) -> Vec<Argument> {
        args.iter()
            .map(|argument| match argument {
                WeedleArgument::Single(a) => Argument {
                    ext_attrs: self.ext_attrs(&a.attributes),
                    ty: self.attributed_type(&a.type_),
                    name: self.name(&a.identifier),
                    optional: a.optional.is_some(),
                    variadic: false,
                },
                WeedleArgument::Variadic(a) => Argument {
                    ext_attrs: self.ext_attrs(&a.attributes),
                    ty: self.ty(&a.type_),
                    name: self.name(&a.identifier),
                    optional: false,
                    variadic: true,
                },
            })
            .collect()
    }

    fn const_value(&mut self, value: &WeedleConstValue<'_>, loc: Loc) -> ConstValue {
        match value {
            WeedleConstValue::Boolean(b) => ConstValue::Boolean(b.0),
            WeedleConstValue::Null(_) => ConstValue::Null,
            WeedleConstValue::Float(FloatLit::Value(v)) => match v.0.parse::<f64>() {
                Ok(f) => ConstValue::Float(f),
                Err(_) => {
                    self.diagnostics
                        .error(loc, format!("`{}` is not a valid number", v.0));
                    ConstValue::Float(0.0)
                }
            },
            WeedleConstValue::Float(FloatLit::Infinity(_)) => ConstValue::Float(f64::INFINITY),
            WeedleConstValue::Float(FloatLit::NegInfinity(_)) => {
                ConstValue::Float(f64::NEG_INFINITY)
            }
            WeedleConstValue::Float(FloatLit::NaN(_)) => ConstValue::Float(f64::NAN),
            WeedleConstValue::Integer(i) => match integer(i) {
                Some(value) => ConstValue::Integer(value),
                None => {
                    let text = match i {
                        IntegerLit::Dec(d) => d.0,
                        IntegerLit::Hex(h) => h.0,
                        IntegerLit::Oct(o) => o.0,
                    };
                    let loc = self.locate(text);
                    self.diagnostics
                        .error(loc, format!("`{text}` is out of range"));
                    ConstValue::Integer(0)
                }
            },
        }
    }

    fn attributed_type(&mut self, ty: &AttributedType<'_>) -> Type {
        let ext_attrs = self.ext_attrs(&ty.attributes);
        // idlbind's callback attributes describe an argument or member, never a type: written
        // after `optional`, they would be ignored.
        for name in ["Callback", "EventType"] {
            if let Some(attribute) = ext_attrs.get(name) {
                self.diagnostics.error(
                    attribute.loc,
                    format!(
                        "`[{name}]` here applies to the type; write it before `optional` (or \
                         before the member) to apply it to the argument"
                    ),
                );
            }
        }
        self.ty(&ty.type_)
    }

    fn return_type(&mut self, ty: &ReturnType<'_>) -> Type {
        match ty {
            ReturnType::Undefined(_) => Type::Undefined,
            ReturnType::Type(ty) => self.ty(ty),
        }
    }

    fn ty(&mut self, ty: &WeedleType<'_>) -> Type {
        match ty {
            WeedleType::Single(SingleType::Any(_)) => Type::Any,
            WeedleType::Single(SingleType::NonAny(ty)) => self.non_any(ty),
            WeedleType::Union(union) => {
                let members = union
                    .type_
                    .body
                    .list
                    .iter()
                    .map(|member| self.union_member(member))
                    .collect();
                nullable(Type::Union(members, None), union.q_mark.is_some())
            }
        }
    }

    fn union_member(&mut self, member: &UnionMemberType<'_>) -> Type {
        match member {
            UnionMemberType::Single(AttributedNonAnyType { attributes, type_ }) => {
                self.ext_attrs(attributes);
                self.non_any(type_)
            }
            UnionMemberType::Union(union) => {
                let members = union
                    .type_
                    .body
                    .list
                    .iter()
                    .map(|member| self.union_member(member))
                    .collect();
                nullable(Type::Union(members, None), union.q_mark.is_some())
            }
        }
    }

    fn non_any(&mut self, ty: &NonAnyType<'_>) -> Type {
        macro_rules! simple {
            ($may_be_null:expr, $ty:expr) => {
                nullable($ty, $may_be_null.q_mark.is_some())
            };
        }
        match ty {
            NonAnyType::Promise(p) => Type::Promise(Box::new(self.return_type(&p.generics.body))),
            NonAnyType::Integer(i) => simple!(i, Type::Primitive(integer_type(&i.type_))),
            NonAnyType::FloatingPoint(f) => simple!(f, Type::Primitive(float_type(&f.type_))),
            NonAnyType::Boolean(b) => simple!(b, Type::Primitive(Primitive::Boolean)),
            NonAnyType::Byte(b) => simple!(b, Type::Primitive(Primitive::Byte)),
            NonAnyType::Octet(o) => simple!(o, Type::Primitive(Primitive::Octet)),
            NonAnyType::ByteString(s) => simple!(s, Type::ByteString),
            NonAnyType::DOMString(s) => simple!(s, Type::DomString),
            NonAnyType::USVString(s) => simple!(s, Type::UsvString),
            NonAnyType::Object(o) => simple!(o, Type::Object),
            NonAnyType::Symbol(s) => simple!(s, Type::Symbol),
            NonAnyType::Error(e) => simple!(e, Type::Buffer("Error")),
            NonAnyType::ArrayBuffer(b) => simple!(b, Type::Buffer("ArrayBuffer")),
            NonAnyType::DataView(b) => simple!(b, Type::Buffer("DataView")),
            NonAnyType::Int8Array(b) => simple!(b, Type::Buffer("Int8Array")),
            NonAnyType::Int16Array(b) => simple!(b, Type::Buffer("Int16Array")),
            NonAnyType::Int32Array(b) => simple!(b, Type::Buffer("Int32Array")),
            NonAnyType::Uint8Array(b) => simple!(b, Type::Buffer("Uint8Array")),
            NonAnyType::Uint16Array(b) => simple!(b, Type::Buffer("Uint16Array")),
            NonAnyType::Uint32Array(b) => simple!(b, Type::Buffer("Uint32Array")),
            NonAnyType::Uint8ClampedArray(b) => simple!(b, Type::Buffer("Uint8ClampedArray")),
            NonAnyType::Float32Array(b) => simple!(b, Type::Buffer("Float32Array")),
            NonAnyType::Float64Array(b) => simple!(b, Type::Buffer("Float64Array")),
            NonAnyType::ArrayBufferView(b) => simple!(b, Type::Buffer("ArrayBufferView")),
            NonAnyType::BufferSource(b) => simple!(b, Type::Buffer("BufferSource")),
            NonAnyType::Sequence(s) => {
                let inner = self.ty(&s.type_.generics.body);
                simple!(s, Type::Sequence(Box::new(inner)))
            }
            NonAnyType::FrozenArrayType(f) => {
                let inner = self.ty(&f.type_.generics.body);
                simple!(f, Type::FrozenArray(Box::new(inner)))
            }
            NonAnyType::RecordType(r) => {
                let (key, _, value) = &r.type_.generics.body;
                let key = match key.as_ref() {
                    RecordKeyType::Byte(_) => Type::ByteString,
                    RecordKeyType::DOM(_) => Type::DomString,
                    RecordKeyType::USV(_) => Type::UsvString,
                    RecordKeyType::NonAny(ty) => self.non_any(ty),
                };
                let value = self.ty(value);
                simple!(r, Type::Record(Box::new(key), Box::new(value)))
            }
            NonAnyType::Identifier(i) => {
                let name = self.name(&i.type_);
                let ty = match name.idl.as_str() {
                    "bigint" => Type::BigInt,
                    "undefined" => Type::Undefined,
                    // The old spelling of `undefined` (`idlbind check --strict` reports it).
                    "void" => Type::Undefined,
                    // weedle2 reads `any` inside a union as a name.
                    "any" => Type::Any,
                    "AllowSharedBufferSource" => Type::Buffer("AllowSharedBufferSource"),
                    "BigInt64Array" => Type::Buffer("BigInt64Array"),
                    "BigUint64Array" => Type::Buffer("BigUint64Array"),
                    "Float16Array" => Type::Buffer("Float16Array"),
                    _ => Type::Named(name),
                };
                simple!(i, ty)
            }
        }
    }

    fn const_type(&mut self, ty: &ConstType<'_>) -> Type {
        match ty {
            ConstType::Integer(i) => {
                nullable(Type::Primitive(integer_type(&i.type_)), i.q_mark.is_some())
            }
            ConstType::FloatingPoint(f) => {
                nullable(Type::Primitive(float_type(&f.type_)), f.q_mark.is_some())
            }
            ConstType::Boolean(b) => {
                nullable(Type::Primitive(Primitive::Boolean), b.q_mark.is_some())
            }
            ConstType::Byte(b) => nullable(Type::Primitive(Primitive::Byte), b.q_mark.is_some()),
            ConstType::Octet(o) => nullable(Type::Primitive(Primitive::Octet), o.q_mark.is_some()),
            ConstType::Identifier(i) => {
                let name = self.name(&i.type_);
                nullable(Type::Named(name), i.q_mark.is_some())
            }
        }
    }
}

/// The location of a slice of `text` (weedle2 hands out slices of the text it parsed).
/// The location of a slice of the parsed text, or of a piece the source adaptation took out
/// of it (parsed on its own, see [`crate::adapt`]).
fn locate_in(source: &Source, source_id: usize, slice: &str) -> Loc {
    let offset_in = |text: &str| {
        let start = (slice.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        (start + slice.len() <= text.len()).then_some(start)
    };
    let start = offset_in(&source.text).or_else(|| {
        (source.adapted.removed.iter())
            .find_map(|removed| offset_in(&removed.text).map(|at| removed.offset + at))
    });
    match start {
        Some(start) => Loc::new(source_id, start, start + slice.len()),
        None => Loc::new(source_id, 0, 0),
    }
}

/// A member, followed by a stringifier member when the `stringifier` keyword marked it.
fn with_stringifier(member: Member, stringifier: bool) -> Vec<Member> {
    let marker = stringifier.then(|| Member {
        kind: MemberKind::Stringifier,
        ..member.clone()
    });
    std::iter::once(member).chain(marker).collect()
}

fn stringifier(ext_attrs: ExtAttrs, docs: Docs, loc: Loc) -> Member {
    Member {
        kind: MemberKind::Stringifier,
        ext_attrs,
        docs,
        loc,
        mixin: None,
        overload_suffix: None,
    }
}

fn unsupported(ext_attrs: ExtAttrs, docs: Docs, loc: Loc, what: &'static str) -> Member {
    Member {
        kind: MemberKind::Unsupported(what),
        ext_attrs,
        docs,
        loc,
        mixin: None,
        overload_suffix: None,
    }
}

fn nullable(ty: Type, q_mark: bool) -> Type {
    if q_mark {
        Type::Nullable(Box::new(ty))
    } else {
        ty
    }
}

fn integer_type(ty: &IntegerType) -> Primitive {
    match ty {
        IntegerType::LongLong(t) if t.unsigned.is_some() => Primitive::UnsignedLongLong,
        IntegerType::LongLong(_) => Primitive::LongLong,
        IntegerType::Long(t) if t.unsigned.is_some() => Primitive::UnsignedLong,
        IntegerType::Long(_) => Primitive::Long,
        IntegerType::Short(t) if t.unsigned.is_some() => Primitive::UnsignedShort,
        IntegerType::Short(_) => Primitive::Short,
    }
}

fn float_type(ty: &FloatingPointType) -> Primitive {
    match ty {
        FloatingPointType::Float(t) if t.unrestricted.is_some() => Primitive::UnrestrictedFloat,
        FloatingPointType::Float(_) => Primitive::Float,
        FloatingPointType::Double(t) if t.unrestricted.is_some() => Primitive::UnrestrictedDouble,
        FloatingPointType::Double(_) => Primitive::Double,
    }
}

/// An integer literal's value; `None` when it does not fit in an `i128`.
pub fn integer(literal: &IntegerLit<'_>) -> Option<i128> {
    let (text, radix, prefix) = match literal {
        IntegerLit::Dec(d) => (d.0, 10, 0),
        IntegerLit::Hex(h) => (h.0, 16, 2),
        IntegerLit::Oct(o) => (o.0, 8, 1),
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = &digits[prefix.min(digits.len())..];
    let magnitude = if digits.is_empty() {
        0
    } else {
        i128::from_str_radix(digits, radix).ok()?
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;
    use weedle::Parse;

    #[test]
    fn integer_literals() {
        let parse = |text| integer(&IntegerLit::parse(text).unwrap().1);
        assert_eq!(parse("-1"), Some(-1));
        assert_eq!(parse("0x1F"), Some(31));
        assert_eq!(parse("-0X10"), Some(-16));
        assert_eq!(parse("017"), Some(15));
        assert_eq!(parse("0"), Some(0));
    }
}
