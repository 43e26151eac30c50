//! Style and migration rules for `idlbind check --strict`: old forms that still parse (and that
//! the macro still binds where it can), each reported with the modern form to write instead.
//! They follow the rules of the same names in webidl2.js's validator.
//!
//! | Rule | Old form | Modern form |
//! |---|---|---|
//! | require-exposed | an interface or namespace without `[Exposed]` | `[Exposed=Window]` (and the worker scopes where it exists) |
//! | no-nointerfaceobject | `[LegacyNoInterfaceObject]` | an interface object: drop it |
//! | replace-void | `void` | `undefined` |
//! | constructor-member | `[Constructor(args)]` | a `constructor(args);` member |
//! | renamed-legacy | `[NoInterfaceObject]`, `[TreatNullAs]`, `[NamedConstructor]`, ... | `[LegacyNoInterfaceObject]`, `[LegacyNullToEmptyString]`, `[LegacyFactoryFunction]`, ... |
//! | migrate-allowshared | `[AllowShared] BufferSource` | `AllowSharedBufferSource` |
//! | obsolete-async-iterable-syntax | `async iterable<T>` | `async_iterable<T>` |
//!
//! The macro accepts all of these but `[Constructor]` (see `docs/mapping.md`, "Old forms and
//! `--strict`"); these rules exist so that IDL written today uses the current forms.

use crate::diagnostics::{Diagnostics, Loc};
use crate::model::ext_attrs::RENAMED;
use crate::syntax::outline::{
    Argument, DefKind, Definition, ExtAttr, IdlType, Member, MemberKind, TypeKind,
};

pub fn check(definitions: &[Definition], diagnostics: &mut Diagnostics) {
    for d in definitions {
        Lint {
            source: d.source,
            diagnostics: &mut *diagnostics,
        }
        .definition(d);
    }
}

struct Lint<'d> {
    source: usize,
    diagnostics: &'d mut Diagnostics,
}

impl Lint<'_> {
    fn error(&mut self, at: usize, len: usize, message: String) {
        self.diagnostics
            .error(Loc::new(self.source, at, at + len.max(1)), message);
    }

    fn definition(&mut self, d: &Definition) {
        self.ext_attrs(&d.ext_attrs);
        let exposed = d.ext_attrs.iter().any(|a| a.name.text == "Exposed");
        let needs_exposed = matches!(d.kind, DefKind::Interface | DefKind::Namespace);
        if needs_exposed && !d.partial && !exposed {
            let kind = d.kind.keyword();
            self.error(
                d.name.at,
                d.name.raw.len(),
                format!(
                    "{kind} `{}` has no `[Exposed]`: add `[Exposed=Window]` (and the worker \
                     scopes where it exists, e.g. `[Exposed=(Window,Worker)]`)",
                    d.name.text
                ),
            );
        }
        if d.kind == DefKind::Interface {
            for a in d.ext_attrs.iter().filter(|a| a.name.text == "Constructor") {
                let arguments = match &a.arguments {
                    Some(arguments) if !arguments.is_empty() => "..",
                    _ => "",
                };
                self.error(
                    a.name.at,
                    a.name.raw.len(),
                    format!(
                        "`[Constructor]` is obsolete: declare the constructor as a member of \
                         `{}`: `constructor({arguments});`",
                        d.name.text
                    ),
                );
            }
        }
        if let Some(t) = &d.idl_type {
            self.ty(t, &[]);
        }
        self.arguments(&d.arguments);
        for m in &d.members {
            self.member(m);
        }
    }

    fn member(&mut self, m: &Member) {
        self.ext_attrs(&m.ext_attrs);
        if m.kind == MemberKind::AsyncIterable && m.spaced_async {
            self.error(
                m.start,
                "async".len(),
                "`async iterable<..>` is the old syntax: write `async_iterable<..>`".into(),
            );
        }
        for t in &m.types {
            self.ty(t, &[]);
        }
        self.arguments(&m.arguments);
    }

    fn arguments(&mut self, arguments: &[Argument]) {
        for a in arguments {
            self.ext_attrs(&a.ext_attrs);
            self.ty(&a.idl_type, &a.ext_attrs);
        }
    }

    /// A type; `outer` are the extended attributes of the argument it is the type of, which
    /// Web IDL reads as the type's.
    fn ty(&mut self, t: &IdlType, outer: &[ExtAttr]) {
        self.ext_attrs(&t.ext_attrs);
        if let TypeKind::Named(name) = &t.kind {
            if name == "void" {
                self.error(
                    t.at,
                    "void".len(),
                    "`void` is now `undefined`: write `undefined`".into(),
                );
            }
            let allow_shared =
                (t.ext_attrs.iter().chain(outer)).any(|a| a.name.text == "AllowShared");
            if name == "BufferSource" && allow_shared {
                self.error(
                    t.at,
                    "BufferSource".len(),
                    "`[AllowShared] BufferSource` is now `AllowSharedBufferSource`: write \
                     `AllowSharedBufferSource` without `[AllowShared]`"
                        .into(),
                );
            }
        }
        for sub in t.subtypes() {
            self.ty(sub, &[]);
        }
    }

    fn ext_attrs(&mut self, attributes: &[ExtAttr]) {
        for a in attributes {
            let name = a.name.text.as_str();
            if name == "LegacyNoInterfaceObject" {
                self.error(
                    a.name.at,
                    a.name.raw.len(),
                    "`[LegacyNoInterfaceObject]` is a legacy feature that Web IDL may remove: a \
                     new interface should have its interface object, so drop it"
                        .into(),
                );
            } else if name == "TreatNullAs" {
                self.error(
                    a.name.at,
                    a.name.raw.len(),
                    "`[TreatNullAs=EmptyString]` is now `[LegacyNullToEmptyString]`, without a \
                     value: write that"
                        .into(),
                );
            } else if let Some((_, new)) = RENAMED.iter().find(|(old, _)| *old == name) {
                self.error(
                    a.name.at,
                    a.name.raw.len(),
                    format!("`[{name}]` is now named `[{new}]`: rename it"),
                );
            }
            if let Some(arguments) = &a.arguments {
                self.arguments(arguments);
            }
        }
    }
}
