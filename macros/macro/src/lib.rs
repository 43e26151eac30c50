//! The `idl!` macro. Use it through the `idlbind` crate, which re-exports it and provides
//! what the generated code needs.

use proc_macro::TokenStream;

/// Binds Web IDL: see the `idlbind` crate.
#[proc_macro]
pub fn idl(input: TokenStream) -> TokenStream {
    idlbind_codegen::expand(input.into()).into()
}
