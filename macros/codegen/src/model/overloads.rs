//! Overloads: operations (or constructors) of one name become as few Rust functions as the IDL
//! allows, the rules of the mapping's "overloads" row:
//!
//! 1. two overloads of the same length that differ in the type of one argument become one
//!    operation taking the union of the two types there (`f(Node n)` + `f(DOMString s)` →
//!    `f(impl Into<NodeOrDomString>)`);
//! 2. an overload whose arguments start with all of another's (same names, same types) and
//!    whose counts of arguments join up with the other's becomes one operation with optional
//!    arguments (`open(m, u)` + `open(m, u, async, optional user)` → `open` and `open_with`);
//! 3. what is left keeps the name for the overload with the fewest arguments and gives each
//!    other one a name of its own, made of the arguments it adds (`drawImage(image, dx, dy)` →
//!    `draw_image`, `drawImage(image, dx, dy, dw, dh)` → `draw_image_with_dw_dh`).
//!
//! An overload with `[RustName]` is left alone: its name is chosen.

use heck::ToSnakeCase;

use super::{Argument, Member, MemberKind, Model, Type};
use crate::source::Role;

/// Folds the overloads of every bound interface, mixin, namespace and extension.
pub fn fold(model: &mut Model) {
    let lists = (model.interfaces.iter_mut())
        .chain(model.extensions.iter_mut())
        .filter(|i| i.role == Role::Bind)
        .map(|i| &mut i.members)
        .chain(
            (model.namespaces.iter_mut())
                .filter(|n| n.role == Role::Bind)
                .map(|n| &mut n.members),
        )
        .chain(
            (model.mixins.iter_mut())
                .filter(|m| m.role == Role::Bind)
                .map(|m| &mut m.members),
        );
    for members in lists {
        fold_members(members);
    }
}

/// What makes two members overloads of each other.
#[derive(PartialEq)]
enum Key {
    Operation {
        name: String,
        is_static: bool,
    },
    /// A constructor, or a legacy factory function of that name.
    Constructor(Option<String>),
}

fn key(member: &Member) -> Option<Key> {
    if member.ext_attrs.has("RustName") {
        return None;
    }
    match &member.kind {
        MemberKind::Operation {
            name, is_static, ..
        } => Some(Key::Operation {
            name: name.idl.clone(),
            is_static: *is_static,
        }),
        MemberKind::Constructor { factory, .. } => {
            Some(Key::Constructor(factory.as_ref().map(|f| f.idl.clone())))
        }
        _ => None,
    }
}

fn fold_members(members: &mut Vec<Member>) {
    let mut groups: Vec<(Key, Vec<usize>)> = Vec::new();
    for (index, member) in members.iter().enumerate() {
        let Some(key) = key(member) else { continue };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, indices)) => indices.push(index),
            None => groups.push((key, vec![index])),
        }
    }
    let mut replaced: Vec<(usize, Vec<Member>)> = Vec::new();
    let mut removed: Vec<usize> = Vec::new();
    for (_, indices) in groups.into_iter().filter(|(_, i)| i.len() > 1) {
        let group = indices.iter().map(|&i| members[i].clone()).collect();
        replaced.push((indices[0], fold_group(group)));
        removed.extend(&indices[1..]);
    }
    let old = std::mem::take(members);
    for (index, member) in old.into_iter().enumerate() {
        if removed.contains(&index) {
            continue;
        }
        match replaced.iter().position(|(first, _)| *first == index) {
            Some(position) => members.append(&mut replaced[position].1),
            None => members.push(member),
        }
    }
}

fn fold_group(mut group: Vec<Member>) -> Vec<Member> {
    'folding: loop {
        for i in 0..group.len() {
            for j in i + 1..group.len() {
                let merged =
                    by_union(&group[i], &group[j]).or_else(|| by_arity(&group[i], &group[j]));
                if let Some(merged) = merged {
                    group[i] = merged;
                    group.remove(j);
                    continue 'folding;
                }
            }
        }
        break;
    }
    if group.len() > 1 {
        name_the_rest(&mut group);
    }
    group
}

/// The return type and arguments of an operation or constructor.
fn signature(member: &Member) -> Option<(Option<&Type>, &[Argument])> {
    match &member.kind {
        MemberKind::Operation { ret, args, .. } => Some((Some(ret), args)),
        MemberKind::Constructor { args, .. } => Some((None, args)),
        _ => None,
    }
}

fn same_type(a: &Type, b: &Type) -> bool {
    a.idl() == b.idl()
}

fn same_argument(a: &Argument, b: &Argument) -> bool {
    a.name.idl == b.name.idl && same_type(&a.ty, &b.ty) && a.variadic == b.variadic
}

fn same_return(a: Option<&Type>, b: Option<&Type>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_type(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// Rule 1: same length, one argument's type differs.
fn by_union(a: &Member, b: &Member) -> Option<Member> {
    let (a_ret, a_args) = signature(a)?;
    let (b_ret, b_args) = signature(b)?;
    if !same_return(a_ret, b_ret) || a_args.len() != b_args.len() {
        return None;
    }
    let mut differing = None;
    for (index, (x, y)) in a_args.iter().zip(b_args).enumerate() {
        if x.optional != y.optional || x.variadic != y.variadic {
            return None;
        }
        if !same_type(&x.ty, &y.ty) {
            if differing.is_some() {
                return None;
            }
            differing = Some(index);
        }
    }
    let index = differing?;
    let mut args = a_args.to_vec();
    let mut members = match &a_args[index].ty {
        Type::Union(members, None) => members.clone(),
        other => vec![other.clone()],
    };
    match &b_args[index].ty {
        Type::Union(more, None) => members.extend(more.iter().cloned()),
        other => members.push(other.clone()),
    }
    args[index].ty = Type::Union(members, None);
    Some(merged(a, b, args))
}

/// Rule 2: one overload extends the other, and together they accept every count of arguments
/// from the shorter's required ones to the longer's last.
fn by_arity(a: &Member, b: &Member) -> Option<Member> {
    let (a_ret, a_args) = signature(a)?;
    let (b_ret, b_args) = signature(b)?;
    if !same_return(a_ret, b_ret) {
        return None;
    }
    let (short, long) = match a_args.len() <= b_args.len() {
        true => (a_args, b_args),
        false => (b_args, a_args),
    };
    if short.iter().chain(long).any(|arg| arg.variadic) {
        return None;
    }
    if !short.iter().zip(long).all(|(x, y)| same_argument(x, y)) {
        return None;
    }
    let required = |args: &[Argument]| args.iter().take_while(|a| !a.optional).count();
    let (short_required, long_required) = (required(short), required(long));
    // The counts `short_required..=short.len()` and `long_required..=long.len()` must join.
    if long_required > short.len() + 1 {
        return None;
    }
    let first_optional = short_required.min(long_required);
    let args = long
        .iter()
        .enumerate()
        .map(|(index, arg)| Argument {
            optional: arg.optional || index >= first_optional,
            ..arg.clone()
        })
        .collect();
    Some(merged(a, b, args))
}

/// `a` with the arguments `args`, documented as both overloads.
fn merged(a: &Member, b: &Member, args: Vec<Argument>) -> Member {
    let mut member = a.clone();
    match &mut member.kind {
        MemberKind::Operation { args: old, .. } | MemberKind::Constructor { args: old, .. } => {
            *old = args
        }
        _ => {}
    }
    member.docs.idl = format!("{}\n{}", a.docs.idl, b.docs.idl);
    for line in &b.docs.lines {
        if !member.docs.lines.contains(line) {
            member.docs.lines.push(line.clone());
        }
    }
    if let Some(throws) = b.ext_attrs.get("Throws")
        && !member.ext_attrs.has("Throws")
    {
        member.ext_attrs.0.push(throws.clone());
    }
    member
}

/// Rule 3: the overload with the fewest arguments keeps the name; each other one is named by
/// the arguments it has that the first has not (or, failing that, by its argument types).
fn name_the_rest(group: &mut [Member]) {
    let count = |m: &Member| signature(m).map_or(0, |(_, args)| args.len());
    let Some(base) = (0..group.len()).min_by_key(|&i| count(&group[i])) else {
        return;
    };
    let base_args: Vec<Argument> = signature(&group[base]).map_or(Vec::new(), |(_, a)| a.to_vec());
    for (index, member) in group.iter_mut().enumerate() {
        if index == base {
            continue;
        }
        let Some((_, args)) = signature(member) else {
            continue;
        };
        let mut words: Vec<String> = args
            .iter()
            .filter(|arg| !base_args.iter().any(|b| b.name.idl == arg.name.idl))
            .map(|arg| arg.name.idl.to_snake_case())
            .collect();
        if words.is_empty() {
            words = args
                .iter()
                .enumerate()
                .filter(|(i, arg)| base_args.get(*i).is_none_or(|b| !same_type(&b.ty, &arg.ty)))
                .map(|(_, arg)| arg.ty.type_name().to_snake_case())
                .collect();
        }
        member.overload_suffix = Some(format!("_with_{}", words.join("_")));
    }
}
