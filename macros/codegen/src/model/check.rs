//! Validation of the resolved model: what weedle2 accepts but Web IDL forbids, and misuse of
//! idlbind's own extended attributes. Only bound interfaces are checked; referred IDL is the
//! concern of whoever binds it.

use std::collections::HashMap;

use super::{
    Argument, Callback, ConstValue, DefaultValue, Dictionary, DictionaryMember, Enum, ExtAttrValue,
    ExtAttrs, Member, MemberKind, Model, Primitive, Special, Type,
};
use crate::diagnostics::{Diagnostics, Loc};
use crate::source::Role;

/// Reports what is invalid and drops the members concerned, so that later stages (and the
/// compiler) do not report them again in other words.
pub fn check(model: &mut Model, diagnostics: &mut Diagnostics) {
    let member_lists = (model.interfaces.iter_mut())
        .chain(model.extensions.iter_mut())
        .filter(|i| i.role == Role::Bind)
        .map(|i| (&i.name, &i.ext_attrs, &mut i.members))
        .chain(
            (model.namespaces.iter_mut())
                .filter(|n| n.role == Role::Bind)
                .map(|n| (&n.name, &n.ext_attrs, &mut n.members)),
        )
        .chain(
            (model.mixins.iter_mut())
                .filter(|m| m.role == Role::Bind)
                .map(|m| (&m.name, &m.ext_attrs, &mut m.members)),
        );
    for (name, ext_attrs, members) in member_lists {
        rust_name(ext_attrs, diagnostics);
        let mut keep = declarations(&name.idl, members, diagnostics).into_iter();
        // A member reported once (a mixin's, in every includer) is dropped everywhere.
        members.retain(|member| {
            let mut found = Diagnostics::default();
            check_member(member, &mut found);
            let valid = found.is_empty();
            for diagnostic in found.into_vec() {
                diagnostics.error(diagnostic.loc, diagnostic.message);
            }
            keep.next().unwrap_or(true) && valid
        });
    }
    let enums: HashMap<String, Vec<String>> = (model.enums.iter())
        .map(|e| {
            (
                e.name.idl.clone(),
                e.values.iter().map(|v| v.idl.clone()).collect(),
            )
        })
        .collect();
    for dictionary in model
        .dictionaries
        .iter_mut()
        .filter(|d| d.role == Role::Bind)
    {
        rust_name(&dictionary.ext_attrs, diagnostics);
        check_dictionary(dictionary, &enums, diagnostics);
    }
    for definition in model.enums.iter().filter(|e| e.role == Role::Bind) {
        check_enum(definition, diagnostics);
    }
    for callback in model.callbacks.iter_mut().filter(|c| c.role == Role::Bind) {
        check_callback(callback, diagnostics);
    }
    model.types_mut(&mut settle_reported);
}

/// Checked: a name reported as no type is bound as `any` from here on, and so is a nullable
/// type or a union holding one (`any` has no nullable form and is no union member).
fn settle_reported(ty: &mut Type) {
    fn at_top(ty: &Type) -> bool {
        match ty {
            Type::Reported(_) => true,
            Type::Nullable(inner) => at_top(inner),
            Type::Union(members, _) => members.iter().any(at_top),
            _ => false,
        }
    }
    if at_top(ty) {
        *ty = Type::Any;
        return;
    }
    match ty {
        Type::Sequence(inner)
        | Type::FrozenArray(inner)
        | Type::ObservableArray(inner)
        | Type::Promise(inner) => settle_reported(inner),
        Type::Record(key, value) => {
            settle_reported(key);
            settle_reported(value);
        }
        _ => {}
    }
}

/// Reports members that Web IDL forbids and drops them: a name used twice (counting inherited
/// members), a `required` member with a default, a default of the wrong type.
fn check_dictionary(
    dictionary: &mut Dictionary,
    enums: &HashMap<String, Vec<String>>,
    diagnostics: &mut Diagnostics,
) {
    // The owner of each name, inherited ones first, and where each was first declared.
    let owners: Vec<String> = (dictionary.all_members())
        .map(|m| m.owner.clone())
        .collect();
    let repeats = super::repeats(dictionary.all_members().map(|m| m.name.idl.as_str()));
    let mut index = dictionary.inherited.len();
    dictionary.members.retain(|member| {
        let before = diagnostics.len();
        if let Some(first) = repeats[index] {
            let owner = &owners[first];
            let place = match *owner == member.owner {
                true => "earlier in this dictionary".to_owned(),
                false => format!("in the inherited dictionary `{owner}`"),
            };
            diagnostics.error(
                member.name.loc,
                format!(
                    "dictionary member `{}` is already declared {place}",
                    member.name.idl
                ),
            );
        }
        index += 1;
        rust_name(&member.ext_attrs, diagnostics);
        value_type(&member.ty, member.name.loc, diagnostics);
        if member.required && member.default.is_some() {
            diagnostics.error(
                member.name.loc,
                format!(
                    "required member `{}` cannot have a default value: drop `required` or the \
                     default",
                    member.name.idl
                ),
            );
        }
        if let Some(default) = &member.default {
            default_value(member, default, enums, diagnostics);
        }
        diagnostics.len() == before
    });
}

/// A default must be a value of the member's type.
fn default_value(
    member: &DictionaryMember,
    default: &DefaultValue,
    enums: &HashMap<String, Vec<String>>,
    diagnostics: &mut Diagnostics,
) {
    let (ty, nullable) = match &member.ty {
        Type::Nullable(inner) => (inner.as_ref(), true),
        other => (other, false),
    };
    let union_has = |test: &dyn Fn(&Type) -> bool| match ty {
        Type::Union(members, _) => members.iter().any(test),
        other => test(other),
    };
    // A type already reported takes any default without a second error.
    let fits = ty.holds_reported()
        || match default {
            // Specs write `= null` on dictionary members of interface and dictionary types
            // (Push API, CSS Layout); absent and null are one `None` to a binding, so it is read
            // as "no default".
            DefaultValue::Const(ConstValue::Null) => {
                nullable
                    || union_has(&|t| {
                        matches!(
                            t,
                            Type::Any | Type::Object | Type::Interface(_) | Type::Dictionary(_)
                        )
                    })
            }
            DefaultValue::Const(ConstValue::Boolean(_)) => {
                union_has(&|t| *t == Type::Primitive(Primitive::Boolean) || *t == Type::Any)
            }
            DefaultValue::Const(ConstValue::Integer(value)) => union_has(&|t| match t {
                Type::Primitive(p) if p.is_integer() => p
                    .integer_range()
                    .is_some_and(|(min, max)| (min..=max).contains(value)),
                Type::Primitive(p) => *p != Primitive::Boolean,
                Type::Any | Type::BigInt => true,
                _ => false,
            }),
            DefaultValue::Const(ConstValue::Float(value)) => union_has(&|t| match t {
                Type::Primitive(Primitive::Float | Primitive::Double) => value.is_finite(),
                Type::Primitive(Primitive::UnrestrictedFloat | Primitive::UnrestrictedDouble) => {
                    true
                }
                Type::Any => true,
                _ => false,
            }),
            DefaultValue::String(text) => union_has(&|t| match t {
                Type::DomString | Type::UsvString | Type::ByteString | Type::Any => true,
                Type::Enum(name) => enums
                    .get(&name.idl)
                    .is_none_or(|values| values.contains(text)),
                _ => false,
            }),
            DefaultValue::EmptySequence => {
                union_has(&|t| matches!(t, Type::Sequence(_) | Type::FrozenArray(_)))
            }
            // WebGPU and WebTransport write `= {}` for records too: an empty record.
            DefaultValue::EmptyDictionary => {
                union_has(&|t| matches!(t, Type::Dictionary(_) | Type::Record(..)))
            }
        };
    if !fits {
        let shown = match default {
            DefaultValue::Const(ConstValue::Null) => "null".to_owned(),
            DefaultValue::Const(ConstValue::Boolean(b)) => b.to_string(),
            DefaultValue::Const(ConstValue::Integer(i)) => i.to_string(),
            DefaultValue::Const(ConstValue::Float(f)) => f.to_string(),
            DefaultValue::String(text) => format!("\"{text}\""),
            DefaultValue::EmptySequence => "[]".to_owned(),
            DefaultValue::EmptyDictionary => "{}".to_owned(),
        };
        diagnostics.error(
            member.name.loc,
            format!(
                "default value `{shown}` of `{}` is not a value of its type `{}`",
                member.name.idl,
                member.ty.idl()
            ),
        );
    }
}

fn check_enum(definition: &Enum, diagnostics: &mut Diagnostics) {
    let repeats = super::repeats(definition.values.iter().map(|v| &v.idl));
    for (value, first) in definition.values.iter().zip(repeats) {
        if first.is_some() {
            diagnostics.error(
                value.loc,
                format!(
                    "enum `{}` lists \"{}\" twice",
                    definition.name.idl, value.idl
                ),
            );
        }
    }
}

fn check_member(member: &Member, diagnostics: &mut Diagnostics) {
    rust_name(&member.ext_attrs, diagnostics);
    callback_attributes_of_member(member, diagnostics);
    if let Some(throws) = member.ext_attrs.get("Throws") {
        if throws.value != ExtAttrValue::None {
            diagnostics.error(throws.loc, "`[Throws]` takes no value");
        }
        if matches!(member.kind, MemberKind::Const { .. }) {
            diagnostics.error(throws.loc, "`[Throws]` does not apply to a constant");
        }
    }
    match &member.kind {
        MemberKind::Const { name, ty, value } => {
            constant(&name.idl, name.loc, ty, value, diagnostics)
        }
        MemberKind::Attribute { ty, .. } => {
            value_type(ty, member.loc, diagnostics);
            attribute_type(ty, member.loc, diagnostics);
        }
        MemberKind::Operation { ret, args, .. } => {
            return_type(ret, member.loc, diagnostics);
            arguments(args, diagnostics);
        }
        MemberKind::Constructor { args, .. } => arguments(args, diagnostics),
        MemberKind::Special { ret, args, .. } => {
            return_type(ret, member.loc, diagnostics);
            arguments(args, diagnostics);
        }
        MemberKind::Iterable { args, .. } => arguments(args, diagnostics),
        MemberKind::Maplike { .. }
        | MemberKind::Setlike { .. }
        | MemberKind::Stringifier
        | MemberKind::Unsupported(_) => {}
    }
}

// Iteration and collection declarations, special operations, stringifiers and `[Default]`.

/// What an `iterable`, `async iterable`, `maplike` or `setlike` declaration is called in
/// messages, and the names it gives the interface (which the interface may not declare).
fn declaration(kind: &MemberKind) -> Option<(&'static str, &'static [&'static str])> {
    Some(match kind {
        MemberKind::Iterable {
            is_async: false, ..
        } => ("an `iterable`", &["entries", "forEach", "keys", "values"]),
        MemberKind::Iterable { is_async: true, .. } => {
            ("an `async iterable`", &["entries", "keys", "values"])
        }
        MemberKind::Maplike { .. } => (
            "a `maplike`",
            &["entries", "forEach", "get", "has", "keys", "size", "values"],
        ),
        MemberKind::Setlike { .. } => (
            "a `setlike`",
            &["entries", "forEach", "has", "keys", "size", "values"],
        ),
        _ => return None,
    })
}

/// The names a read-write maplike or setlike gives the interface that it may still declare as
/// operations (then bound instead of the generated ones), but not as attributes or constants.
fn writable_names(kind: &MemberKind) -> &'static [&'static str] {
    match kind {
        MemberKind::Maplike {
            readonly: false, ..
        } => &["clear", "delete", "set"],
        MemberKind::Setlike {
            readonly: false, ..
        } => &["add", "clear", "delete"],
        _ => &[],
    }
}

/// Checks that look at several members of an interface: at most one iteration or collection
/// declaration and one stringifier, the names such a declaration reserves, special operations,
/// `[Default]`. Returns, for each member, whether it is kept.
fn declarations(interface: &str, members: &[Member], diagnostics: &mut Diagnostics) -> Vec<bool> {
    let mut keep = vec![true; members.len()];
    let mut first_declaration: Option<(&str, &MemberKind)> = None;
    let mut stringifier = false;
    for (index, member) in members.iter().enumerate() {
        let before = diagnostics.len();
        if let Some((what, _)) = declaration(&member.kind) {
            match first_declaration {
                Some((first, _)) => diagnostics.error(
                    member.loc,
                    format!(
                        "`{interface}` already has {first} declaration; an interface has at most \
                         one `iterable`, `async iterable`, `maplike` or `setlike` declaration"
                    ),
                ),
                None => first_declaration = Some((what, &member.kind)),
            }
        }
        if matches!(member.kind, MemberKind::Stringifier) {
            if stringifier {
                diagnostics.error(
                    member.loc,
                    format!(
                        "`{interface}` already has a stringifier; an interface has at most one"
                    ),
                );
            }
            stringifier = true;
        }
        special_operation(member, diagnostics);
        default_attribute(member, diagnostics);
        if let MemberKind::Iterable {
            is_async: true,
            args,
            ..
        } = &member.kind
            && let Some(required) = args.iter().find(|a| !a.optional)
        {
            diagnostics.error(
                required.name.loc,
                "the arguments of an `async iterable` declaration must all be optional \
                 (`for await` passes none)",
            );
        }
        keep[index] = diagnostics.len() == before;
    }
    let Some((what, kind)) = first_declaration else {
        return keep;
    };
    let (_, reserved) = declaration(kind).unwrap_or(("", &[]));
    for (index, member) in members.iter().enumerate() {
        let Some(name) = member.kind.name() else {
            continue;
        };
        let regular = !matches!(
            member.kind,
            MemberKind::Attribute {
                is_static: true,
                ..
            } | MemberKind::Operation {
                is_static: true,
                ..
            }
        );
        let operation = matches!(member.kind, MemberKind::Operation { .. });
        let clashes = reserved.contains(&name.idl.as_str())
            || (!operation && writable_names(kind).contains(&name.idl.as_str()));
        if regular && clashes {
            diagnostics.error(
                name.loc,
                format!(
                    "`{interface}` has {what} declaration, which gives it `{}` itself: it cannot \
                     also declare a member of that name",
                    name.idl
                ),
            );
            keep[index] = false;
        }
    }
    if let MemberKind::Iterable {
        key: Some(_),
        is_async: false,
        ..
    } = kind
    {
        let indexed = members.iter().find(|m| is_indexed_getter(&m.kind));
        if let Some(getter) = indexed {
            diagnostics.error(
                getter.loc,
                format!(
                    "`{interface}` has a pair iterator (`iterable<K, V>`), so it cannot have an \
                     indexed getter; an interface with one declares `iterable<V>`"
                ),
            );
        }
    }
    keep
}

fn is_indexed_getter(kind: &MemberKind) -> bool {
    let (special, args) = match kind {
        MemberKind::Special { special, args, .. } => (*special, args),
        MemberKind::Operation {
            special: Some(special),
            args,
            ..
        } => (*special, args),
        _ => return false,
    };
    special == Special::Getter
        && args
            .first()
            .is_some_and(|a| a.ty == Type::Primitive(Primitive::UnsignedLong))
}

/// Getters, setters and deleters take a key (`unsigned long` index or `DOMString` name), and a
/// setter the value: none of them optional or variadic.
fn special_operation(member: &Member, diagnostics: &mut Diagnostics) {
    let (special, ret, args) = match &member.kind {
        MemberKind::Special { special, ret, args } => (*special, ret, args),
        MemberKind::Operation {
            special: Some(special),
            ret,
            args,
            ..
        } => (*special, ret, args),
        _ => return,
    };
    let (count, indexed, form) = match special {
        Special::Getter => (
            1,
            true,
            "a getter takes one argument: an `unsigned long` index or a `DOMString` name",
        ),
        Special::Setter => (
            2,
            true,
            "a setter takes two arguments: an `unsigned long` index or a `DOMString` name, then \
             the value",
        ),
        Special::Deleter => (1, false, "a deleter takes one argument: a `DOMString` name"),
    };
    if args.len() != count {
        diagnostics.error(member.loc, form);
        return;
    }
    let key = &args[0];
    let index = Type::Primitive(Primitive::UnsignedLong);
    if !(key.ty == Type::DomString || (indexed && key.ty == index)) {
        diagnostics.error(key.name.loc, form);
        return;
    }
    if special == Special::Getter && *ret == Type::Undefined {
        diagnostics.error(
            member.loc,
            "a getter returns the value it gets, not `undefined`",
        );
    }
    if let Some(argument) = args.iter().find(|a| a.optional || a.variadic) {
        diagnostics.error(
            argument.name.loc,
            "the arguments of a getter, setter or deleter cannot be optional or variadic",
        );
    }
}

/// `[Default]` marks the one operation whose default behaviour Web IDL defines:
/// `[Default] object toJSON();` (WebCodecs and WebRTC declare it returning the dictionary
/// the object serialises to, which binds the same way).
fn default_attribute(member: &Member, diagnostics: &mut Diagnostics) {
    let Some(default) = member.ext_attrs.get("Default") else {
        return;
    };
    let fits = matches!(
        &member.kind,
        MemberKind::Operation { name, ret: Type::Object | Type::Dictionary(_), args, is_static: false, .. }
            if name.idl == "toJSON" && args.is_empty()
    );
    if default.value != ExtAttrValue::None {
        diagnostics.error(default.loc, "`[Default]` takes no value");
    } else if !fits {
        diagnostics.error(
            default.loc,
            "`[Default]` applies only to `[Default] object toJSON();`",
        );
    }
}

/// Attributes hold values JS can observe by identity: no sequences or records, which are
/// copied at every access. Web IDL forbids dictionaries too, but WebXR's DOM overlays ships a
/// dictionary attribute; a getter returning a copy binds it faithfully.
fn attribute_type(ty: &Type, loc: Loc, diagnostics: &mut Diagnostics) {
    let inner = match ty {
        Type::Nullable(inner) => inner.as_ref(),
        other => other,
    };
    let members = match inner {
        Type::Union(members, _) => members.clone(),
        other => vec![other.clone()],
    };
    let forbidden = members
        .iter()
        .find(|m| matches!(m, Type::Sequence(_) | Type::Record(..)));
    if let Some(forbidden) = forbidden {
        let hint = match forbidden {
            Type::Sequence(_) => ": use `FrozenArray<T>` (or `ObservableArray<T>`)",
            _ => "",
        };
        diagnostics.error(
            loc,
            format!(
                "an attribute cannot have the type `{}`{hint}",
                forbidden.idl()
            ),
        );
    }
}

fn arguments(args: &[Argument], diagnostics: &mut Diagnostics) {
    for (index, argument) in args.iter().enumerate() {
        rust_name(&argument.ext_attrs, diagnostics);
        // Web IDL allows nullable dictionaries elsewhere (a promise's result, and the
        // platform's IDL has one as a dictionary member), never as an argument.
        if let Type::Nullable(inner) = &argument.ty
            && let Type::Dictionary(_) = inner.as_ref()
        {
            diagnostics.error(
                argument.name.loc,
                format!(
                    "`{}`: a dictionary argument cannot be nullable; make it `optional` (an \
                     absent dictionary is an empty one)",
                    argument.ty.idl()
                ),
            );
        }
        callback_attributes_of_argument(argument, diagnostics);
        value_type(&argument.ty, argument.name.loc, diagnostics);
        if args[..index]
            .iter()
            .any(|a| a.name.idl == argument.name.idl)
        {
            diagnostics.error(
                argument.name.loc,
                format!("two arguments are named `{}`", argument.name.idl),
            );
        }
        if argument.variadic && index + 1 != args.len() {
            diagnostics.error(
                argument.name.loc,
                "a variadic argument must be the last one",
            );
        }
    }
}

fn constant(name: &str, loc: Loc, ty: &Type, value: &ConstValue, diagnostics: &mut Diagnostics) {
    if ty.holds_reported() {
        return;
    }
    let Type::Primitive(primitive) = ty else {
        diagnostics.error(
            loc,
            format!(
                "constant `{name}` has type `{}`; constants are booleans or numbers",
                ty.idl()
            ),
        );
        return;
    };
    let fits = match (primitive, value) {
        (Primitive::Boolean, ConstValue::Boolean(_)) => true,
        (p, ConstValue::Integer(v)) if p.is_integer() => p
            .integer_range()
            .is_some_and(|(min, max)| (min..=max).contains(v)),
        (Primitive::UnrestrictedFloat | Primitive::UnrestrictedDouble, ConstValue::Float(_)) => {
            true
        }
        (Primitive::Float | Primitive::Double, ConstValue::Float(f)) => f.is_finite(),
        (
            Primitive::Float
            | Primitive::Double
            | Primitive::UnrestrictedFloat
            | Primitive::UnrestrictedDouble,
            ConstValue::Integer(_),
        ) => true,
        _ => false,
    };
    if !fits {
        let shown = match value {
            ConstValue::Boolean(b) => b.to_string(),
            ConstValue::Integer(i) => i.to_string(),
            ConstValue::Float(f) => f.to_string(),
            ConstValue::Null => "null".into(),
        };
        diagnostics.error(
            loc,
            format!(
                "constant `{name}`: `{shown}` is not a value of type `{}`",
                primitive.idl()
            ),
        );
    }
}

fn return_type(ty: &Type, loc: Loc, diagnostics: &mut Diagnostics) {
    if *ty != Type::Undefined {
        value_type(ty, loc, diagnostics);
    }
}

/// A type that holds a value: anything but `undefined` on its own, and well formed inside.
fn value_type(ty: &Type, loc: Loc, diagnostics: &mut Diagnostics) {
    if *ty == Type::Undefined {
        diagnostics.error(loc, "`undefined` is only allowed as a return type");
        return;
    }
    well_formed(ty, loc, diagnostics);
}

fn well_formed(ty: &Type, loc: Loc, diagnostics: &mut Diagnostics) {
    match ty {
        Type::Nullable(inner) => {
            let problem = match inner.as_ref() {
                Type::Any => Some("`any` already includes `null`: write `any`"),
                Type::Nullable(_) => Some("a type cannot be made nullable twice"),
                Type::Promise(_) => Some("a promise type cannot be nullable"),
                Type::Undefined => Some("`undefined?` is not a type"),
                Type::Union(members, _) if members.iter().any(Type::includes_null) => {
                    Some("a nullable union cannot have a nullable member")
                }
                _ => None,
            };
            if let Some(problem) = problem {
                diagnostics.error(loc, format!("`{}`: {problem}", ty.idl()));
            }
            well_formed(inner, loc, diagnostics);
        }
        Type::Union(members, _) => {
            if members.len() < 2 {
                diagnostics.error(
                    loc,
                    format!("`{}`: a union needs at least two members", ty.idl()),
                );
            }
            if members.contains(&Type::Any) {
                diagnostics.error(
                    loc,
                    format!("`{}`: `any` cannot be a union member", ty.idl()),
                );
            }
            members
                .iter()
                .for_each(|m| well_formed(m, loc, diagnostics));
        }
        Type::Sequence(inner)
        | Type::FrozenArray(inner)
        | Type::ObservableArray(inner)
        | Type::Promise(inner) => well_formed(inner, loc, diagnostics),
        Type::Record(key, value) => {
            well_formed(key, loc, diagnostics);
            well_formed(value, loc, diagnostics);
        }
        _ => {}
    }
}

/// `[RustName=name]` must name a usable Rust identifier.
fn rust_name(ext_attrs: &ExtAttrs, diagnostics: &mut Diagnostics) {
    let Some(attribute) = ext_attrs.get("RustName") else {
        return;
    };
    let value = match &attribute.value {
        ExtAttrValue::Identifier(value, _) | ExtAttrValue::String(value) => value,
        _ => {
            diagnostics.error(
                attribute.loc,
                "`[RustName]` needs a value: `[RustName=new_name]`",
            );
            return;
        }
    };
    if !crate::lower::names::is_ident(value) {
        diagnostics.error(
            attribute.loc,
            format!("`[RustName={value}]`: `{value}` is not a Rust identifier (or is a keyword)"),
        );
    }
}

/// The lifetime policies `[Callback=...]` names (see `lower/callbacks.rs`).
pub const CALLBACK_POLICIES: &[&str] = &["Guard", "Once", "Borrowed", "Owned"];

/// A callback definition: its Rust name, the constants of a callback interface, and its
/// default policy.
fn check_callback(callback: &mut Callback, diagnostics: &mut Diagnostics) {
    rust_name(&callback.ext_attrs, diagnostics);
    callback_policy(&callback.ext_attrs, diagnostics);
    if let Some(event_type) = callback.ext_attrs.get("EventType") {
        diagnostics.error(
            event_type.loc,
            "`[EventType]` applies to an event-handler attribute, or to an operation or argument \
             taking a callback, not to the callback's definition",
        );
    }
    if let Some(interface) = &mut callback.interface {
        interface.consts.retain(|member| {
            let before = diagnostics.len();
            if let MemberKind::Const { name, ty, value } = &member.kind {
                rust_name(&member.ext_attrs, diagnostics);
                constant(&name.idl, name.loc, ty, value, diagnostics);
            }
            diagnostics.len() == before
        });
    }
}

/// Whether a type is a callback, or a nullable one.
fn is_callback(ty: &Type) -> bool {
    match ty {
        Type::Nullable(inner) => is_callback(inner),
        // Already reported: no second error about what it is not.
        Type::Callback(_) | Type::Reported(_) => true,
        _ => false,
    }
}

/// `[Callback]` and `[EventType]` on a member: on an attribute of callback type (`Callback`
/// only as `Guard` or `Owned`: JavaScript keeps what an attribute holds), `[EventType]` also on
/// an operation or constructor that takes a callback.
fn callback_attributes_of_member(member: &Member, diagnostics: &mut Diagnostics) {
    let callback = member.ext_attrs.get("Callback");
    let event_type = member.ext_attrs.get("EventType");
    if callback.is_none() && event_type.is_none() {
        return;
    }
    let (takes_callback, is_attribute) = match &member.kind {
        MemberKind::Attribute { ty, .. } => (is_callback(ty), true),
        MemberKind::Operation { args, .. } | MemberKind::Constructor { args, .. } => {
            (args.iter().any(|a| is_callback(&a.ty)), false)
        }
        _ => (false, false),
    };
    // An attribute may also hold a callback inside a union (`(DOMString or Function) x`).
    let holds_callback = match &member.kind {
        MemberKind::Attribute { ty, .. } => may_hold_callback(ty),
        _ => takes_callback,
    };
    if let Some(callback) = callback {
        if is_attribute && holds_callback {
            let policy = callback_policy(&member.ext_attrs, diagnostics);
            if let Some(policy @ ("Once" | "Borrowed")) = policy {
                diagnostics.error(
                    callback.loc,
                    format!(
                        "`[Callback={policy}]` cannot apply to an attribute: JavaScript keeps the \
                         callback an attribute holds; use `Guard` or `Owned`"
                    ),
                );
            }
        } else if takes_callback {
            diagnostics.error(
                callback.loc,
                "`[Callback]` goes on the callback argument (`[Callback=Once] F f`), not on the \
                 operation",
            );
        } else {
            diagnostics.error(
                callback.loc,
                "`[Callback]` applies to an argument or attribute of callback type, or to a \
                 callback definition",
            );
        }
    }
    if let Some(event_type) = event_type {
        match takes_callback {
            true => event_type_value(event_type, diagnostics),
            false => diagnostics.error(
                event_type.loc,
                "`[EventType]` applies to an event-handler attribute, or to an operation or \
                 argument taking a callback",
            ),
        }
    }
}

/// Whether a value of the type may hold a callback: a union, sequence or record with a callback
/// inside, or with a dictionary (which the lowering looks into).
fn may_hold_callback(ty: &Type) -> bool {
    match ty {
        Type::Callback(_) | Type::Dictionary(_) | Type::Reported(_) => true,
        Type::Nullable(inner)
        | Type::Sequence(inner)
        | Type::FrozenArray(inner)
        | Type::ObservableArray(inner) => may_hold_callback(inner),
        Type::Record(_, value) => may_hold_callback(value),
        Type::Union(members, _) => members.iter().any(may_hold_callback),
        _ => false,
    }
}

/// `[Callback]` and `[EventType]` on an argument: only of callback type (`[Callback]` also of a
/// type that may hold callbacks: the lowering checks that a dictionary does).
fn callback_attributes_of_argument(argument: &Argument, diagnostics: &mut Diagnostics) {
    for name in ["Callback", "EventType"] {
        let Some(attribute) = argument.ext_attrs.get(name) else {
            continue;
        };
        let takes_callback = match name {
            "Callback" => may_hold_callback(&argument.ty),
            _ => is_callback(&argument.ty),
        };
        if !takes_callback {
            diagnostics.error(
                attribute.loc,
                format!(
                    "`[{name}]` applies to an argument of callback type; `{}` has the type `{}`",
                    argument.name.idl,
                    argument.ty.idl()
                ),
            );
        } else if name == "Callback" {
            callback_policy(&argument.ext_attrs, diagnostics);
        } else {
            event_type_value(attribute, diagnostics);
        }
    }
}

/// The value of `[Callback=...]`, if present and valid; reports a bad one at the value.
fn callback_policy<'a>(ext_attrs: &'a ExtAttrs, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    let attribute = ext_attrs.get("Callback")?;
    let policies = CALLBACK_POLICIES.join("`, `");
    match &attribute.value {
        ExtAttrValue::Identifier(value, _) if CALLBACK_POLICIES.contains(&value.as_str()) => {
            Some(value)
        }
        ExtAttrValue::Identifier(value, loc) => {
            diagnostics.error(
                *loc,
                format!("`{value}` is not a callback policy: write one of `{policies}`"),
            );
            None
        }
        _ => {
            diagnostics.error(
                attribute.loc,
                format!("`[Callback]` needs a policy: one of `{policies}` (`[Callback=Once]`)"),
            );
            None
        }
    }
}

/// `[EventType=X]` names the interface of the event the callback receives.
fn event_type_value(attribute: &super::ExtAttr, diagnostics: &mut Diagnostics) {
    if !matches!(attribute.value, ExtAttrValue::Identifier(..)) {
        diagnostics.error(
            attribute.loc,
            "`[EventType]` needs the interface of the event: `[EventType=MouseEvent]`",
        );
    }
}
