//! Callback functions and callback interfaces: Rust closures (or a type implementing the
//! callback interface's trait) passed to JavaScript, with a lifetime policy.

use proc_macro2::TokenStream;

use super::Names;
use crate::diagnostics::Diagnostics;
use crate::model::Model;

/// The Rust items of the block's callback definitions.
pub(super) fn lower_callbacks(
    _model: &Model,
    _names: &Names<'_>,
    _diagnostics: &mut Diagnostics,
) -> Vec<TokenStream> {
    Vec::new()
}
