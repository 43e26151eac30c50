//! Validation of the resolved model: what weedle2 accepts but Web IDL forbids, and misuse of
//! idlbind's own extended attributes. Only bound interfaces are checked; referred IDL is the
//! concern of whoever binds it.

use super::{
    Argument, ConstValue, ExtAttrValue, ExtAttrs, Member, MemberKind, Model, Primitive, Type,
};
use crate::diagnostics::{Diagnostics, Loc};
use crate::source::Role;

/// Reports what is invalid and drops the members concerned, so that later stages (and the
/// compiler) do not report them again in other words.
pub fn check(model: &mut Model, diagnostics: &mut Diagnostics) {
    for interface in model.interfaces.iter_mut().filter(|i| i.role == Role::Bind) {
        rust_name(&interface.ext_attrs, diagnostics);
        interface.members.retain(|member| {
            let before = diagnostics.len();
            check_member(member, diagnostics);
            diagnostics.len() == before
        });
    }
}

fn check_member(member: &Member, diagnostics: &mut Diagnostics) {
    rust_name(&member.ext_attrs, diagnostics);
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
        MemberKind::Attribute { ty, .. } => value_type(ty, member.loc, diagnostics),
        MemberKind::Operation { ret, args, .. } => {
            return_type(ret, member.loc, diagnostics);
            arguments(args, diagnostics);
        }
        MemberKind::Constructor { args } => arguments(args, diagnostics),
        MemberKind::Unsupported(_) => {}
    }
}

fn arguments(args: &[Argument], diagnostics: &mut Diagnostics) {
    for (index, argument) in args.iter().enumerate() {
        rust_name(&argument.ext_attrs, diagnostics);
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
    if syn::parse_str::<syn::Ident>(value).is_err() {
        diagnostics.error(
            attribute.loc,
            format!("`[RustName={value}]`: `{value}` is not a Rust identifier (or is a keyword)"),
        );
    }
}
