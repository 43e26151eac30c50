//! Model stage: the parsed definitions of every source become one resolved, validated model.
//!
//! [`build`] turns weedle2's syntax tree into these types (names, locations, doc comments,
//! the IDL text of each item); [`resolve`] merges partial interfaces, includes mixins, replaces
//! typedefs by their types and classifies every name; [`check`] rejects what Web IDL forbids.
//! Errors are collected, never thrown: what is valid still reaches the next stage.

pub mod build;
pub mod check;
pub mod ext_attrs;
pub mod resolve;
mod types;

pub use ext_attrs::{ExtAttr, ExtAttrValue, ExtAttrs};
pub use types::{Primitive, Type};

use crate::diagnostics::Loc;
use crate::source::Role;

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
    /// Definitions that will not be bound but whose names should still exist in Rust.
    pub stand_ins: Vec<Name>,
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
    },
    Constructor {
        args: Vec<Argument>,
    },
    /// A member form that this version of idlbind does not bind yet (named in the message).
    Unsupported(&'static str),
}

impl MemberKind {
    /// The member's own name, where it has one.
    pub fn name(&self) -> Option<&Name> {
        match self {
            MemberKind::Const { name, .. }
            | MemberKind::Attribute { name, .. }
            | MemberKind::Operation { name, .. } => Some(name),
            MemberKind::Constructor { .. } | MemberKind::Unsupported(_) => None,
        }
    }
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
