//! Members reached through another object: `[Global]` interfaces' members as free functions
//! bound to `globalThis`, namespaces as modules, mixins as traits, and partial interfaces of
//! types defined elsewhere as extension traits.

use proc_macro2::TokenStream;

use super::Names;
use crate::diagnostics::Diagnostics;
use crate::model::Model;
use crate::source::Role;

/// The modules of namespaces, the free functions of `[Global]` interfaces, and the traits of
/// mixins and extensions.
pub(super) fn lower_forwarding(
    model: &Model,
    _names: &Names<'_>,
    diagnostics: &mut Diagnostics,
) -> Vec<TokenStream> {
    for namespace in model.namespaces.iter().filter(|n| n.role == Role::Bind) {
        diagnostics.error(
            namespace.name.loc,
            "namespaces are not supported by idlbind yet",
        );
    }
    for extension in model.extensions.iter().filter(|e| e.role == Role::Bind) {
        diagnostics.error(
            extension.name.loc,
            "partial interfaces of interfaces defined elsewhere are not supported by idlbind yet",
        );
    }
    Vec::new()
}
