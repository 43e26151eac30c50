//! The web platform's IDL that idlbind ships: every spec's file of @webref/idl, included in
//! the macro (see `platform/SOURCE.md`, written with this module's file list by
//! `scripts/platform_data.sh`). A `#![platform]` block reads all of it to resolve names; the
//! model's selection step decides what of it is bound.

mod files;

use proc_macro2::Span;

pub use files::PACKAGE;

use crate::source::{Role, Source};

/// One source per shipped file, read only to resolve names (the selection step binds what
/// the block uses). Errors in it name the file as `@webref/idl@3.85.0/dom.idl` and are shown
/// at `span`.
pub fn sources(span: Span) -> Vec<Source> {
    files::FILES
        .iter()
        .map(|(name, text)| {
            Source::file(
                format!("{PACKAGE}/{name}"),
                span,
                (*text).into(),
                Role::Refer,
            )
        })
        .collect()
}

/// The text of the shipped file of this name (`dom.idl`), for a `#![file = ".."]` that names
/// a spec's file.
pub fn file(name: &str) -> Option<&'static str> {
    files::FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
}
