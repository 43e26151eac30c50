//! Emit stage: the plan becomes tokens. No decisions are left to make here.

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};

use crate::lower::{ConstPlan, Exceptions, FunctionPlan, ImportPlan, InterfacePlan, Plan};

pub fn emit(plan: &Plan) -> TokenStream {
    let mut modules: Vec<(&Ident, &[String], Vec<TokenStream>)> = (plan.modules.iter())
        .map(|m| (&m.name, m.docs.as_slice(), m.items.clone()))
        .collect();
    let mut interfaces = Vec::new();
    for plan in &plan.interfaces {
        let Some((_, module)) = &plan.legacy_namespace else {
            interfaces.push(interface(plan));
            continue;
        };
        // The type lives in its namespace's module; the block's own signatures still name it
        // at the root, through a hidden re-export.
        let rust_name = &plan.rust_name;
        interfaces.push(quote!(#[doc(hidden)] pub use #module::#rust_name;));
        match modules.iter_mut().find(|(name, ..)| *name == module) {
            Some((.., items)) => items.push(interface(plan)),
            None => modules.push((module, &[], vec![interface(plan)])),
        }
    }
    let modules = modules.iter().map(|(name, docs, items)| {
        let docs = self::docs(docs);
        quote! {
            #docs
            #[allow(non_snake_case)]
            pub mod #name {
                #[allow(unused_imports)]
                use super::*;
                #(#items)*
            }
        }
    });
    let stand_ins = plan.stand_ins.iter().map(stand_in);
    let values = &plan.values;
    quote!(#(#interfaces)* #(#modules)* #(#values)* #(#stand_ins)*)
}

/// One `#[doc]` attribute for all the lines, each with the space a `///` comment would have
/// (rustdoc reads it as it reads one attribute a line; one is far fewer tokens to make).
pub(crate) fn docs(lines: &[String]) -> TokenStream {
    if lines.is_empty() {
        return TokenStream::new();
    }
    let mut text = String::with_capacity(lines.iter().map(|line| line.len() + 2).sum());
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            text.push('\n');
        }
        if !line.is_empty() {
            text.push(' ');
            text.push_str(line);
        }
    }
    quote!(#[doc = #text])
}

/// The generated code for reading: each `#[doc]` attribute of several lines (see [`docs`])
/// split into one a line, which pretty-printers show as `///` comments, as the macro's own
/// attributes once were. `idlbind expand` and the snapshot tests print through this.
pub fn doc_lines(tokens: TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                let text = match tokens.peek() {
                    Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
                        doc_text(group.stream()).filter(|text| text.contains('\n'))
                    }
                    _ => None,
                };
                match text {
                    Some(text) => {
                        tokens.next();
                        let lines = text.split('\n');
                        out.extend(quote!(#(#[doc = #lines])*));
                    }
                    None => pound.to_tokens(&mut out),
                }
            }
            TokenTree::Group(group) => {
                let mut split = Group::new(group.delimiter(), doc_lines(group.stream()));
                split.set_span(group.span());
                split.to_tokens(&mut out);
            }
            other => other.to_tokens(&mut out),
        }
    }
    out
}

/// The text of the inside of `#[doc = "..."]`.
fn doc_text(attribute: TokenStream) -> Option<String> {
    let mut tokens = attribute.into_iter();
    let (Some(TokenTree::Ident(doc)), Some(TokenTree::Punct(eq)), Some(literal), None) =
        (tokens.next(), tokens.next(), tokens.next(), tokens.next())
    else {
        return None;
    };
    if doc != "doc" || eq.as_char() != '=' {
        return None;
    }
    syn::parse2::<syn::LitStr>(literal.into_token_stream())
        .ok()
        .map(|text| text.value())
}

pub(crate) fn interface(plan: &InterfacePlan) -> TokenStream {
    let InterfacePlan {
        rust_name,
        js_name,
        extends,
        ..
    } = plan;
    let docs = docs(&plan.docs);
    let alias = (rust_name != js_name && !plan.hidden).then(|| quote!(#[doc(alias = #js_name)]));
    // wasm-bindgen's expansion names `JsValue` unqualified in scopes of its own: a type of that
    // name is declared under another and given its name by an alias.
    let renamed = rust_name == "JsValue";
    let extern_name = match renamed {
        true => format_ident!("__Idl{}", rust_name),
        false => rust_name.clone(),
    };
    let rename = renamed.then(|| {
        quote! {
            #docs
            pub type #rust_name = #extern_name;
        }
    });
    let hidden = plan.hidden.then(|| quote!(#[doc(hidden)]));
    let namespace = (plan.legacy_namespace.as_ref()).map(|(js, _)| quote!(js_namespace = #js,));
    let type_check = plan
        .no_interface_object
        .then(|| quote!(is_type_of = |value: &::idlbind::JsValue| value.is_object(),));
    let all_imports = || plan.functions.iter().flat_map(|f| &f.imports);
    let imports = all_imports()
        .filter(|import| import.exceptions == Exceptions::Expected)
        .map(|import| import_fn(import, &extern_name, true));
    let unexpected: Vec<&ImportPlan> = all_imports()
        .filter(|import| import.exceptions == Exceptions::Unexpected)
        .collect();
    let checked_imports = unexpected_imports(&unexpected, &extern_name);
    let consts = plan.consts.iter().map(constant);
    let functions = plan.functions.iter().map(function);
    let items = &plan.items;
    // A hidden type is only ever reached through its trait or module: no conversions.
    let conversions =
        (!plan.hidden).then(|| quote!(::idlbind::__private::interface_conversions!(#rust_name);));
    quote! {
        #[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
            wasm_bindgen = ::idlbind::__private::wasm_bindgen,
            js_sys = ::idlbind::__private::js_sys,
        )]
        extern "C" {
            #docs
            #alias
            #hidden
            #[wasm_bindgen(js_name = #js_name, #namespace #type_check #(extends = #extends,)* typescript_type = #js_name)]
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub type #extern_name;

            #(#imports)*
        }

        #checked_imports
        #rename

        // Web IDL operations may take many arguments; `clone` and friends are the IDL's names.
        #[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
        impl #rust_name {
            #(#consts)*
            #(#functions)*
        }

        #conversions

        #(#items)*
    }
}

/// The imports of members not marked `[Throws]`, written once: the runtime's
/// `unexpected_imports!` makes them twice, caught in debug builds (an exception panics naming
/// the member), plain in release builds (no cost over a hand-written import).
fn unexpected_imports(imports: &[&ImportPlan], self_type: &Ident) -> TokenStream {
    if imports.is_empty() {
        return TokenStream::new();
    }
    let imports = imports
        .iter()
        .map(|import| import_fn(import, self_type, false));
    quote!(::idlbind::__private::unexpected_imports! { #(#imports)* })
}

/// One import; `caught`: with `catch`, returning a `Result` whose `Err` is the exception.
fn import_fn(import: &ImportPlan, self_type: &Ident, caught: bool) -> TokenStream {
    let ImportPlan {
        name,
        options,
        method,
        params,
        ret,
        ..
    } = import;
    let this = method.then(|| quote!(this: &#self_type,));
    // Positional names: an IDL argument named `this` would shadow wasm-bindgen's receiver.
    let params = (params.iter().enumerate()).map(|(index, ty)| {
        let name = format_ident!("__arg{}", index);
        quote!(#name: #ty)
    });
    let (catch, ret) = match caught {
        true => {
            let ret = quote!(::std::result::Result<#ret, ::idlbind::JsValue>);
            (quote!(, catch), ret)
        }
        false => (TokenStream::new(), ret.clone()),
    };
    quote! {
        #[wasm_bindgen(#options #catch)]
        fn #name(#this #(#params),*) -> #ret;
    }
}

fn constant(plan: &ConstPlan) -> TokenStream {
    let ConstPlan {
        name, ty, value, ..
    } = plan;
    let docs = docs(&plan.docs);
    quote! {
        #docs
        pub const #name: #ty = #value;
    }
}

fn function(plan: &FunctionPlan) -> TokenStream {
    let FunctionPlan {
        name,
        method,
        params,
        ret,
        body,
        ..
    } = plan;
    let docs = docs(&plan.docs);
    let receiver = method.then(|| quote!(&self,));
    let generics = &plan.generics;
    let generics = (!generics.is_empty()).then(|| quote!(<#(#generics),*>));
    let params = params.iter().map(|(name, ty)| quote!(#name: #ty));
    let ret = ret.as_ref().map(|ret| quote!(-> #ret));
    quote! {
        #docs
        #[inline]
        pub fn #name #generics(#receiver #(#params),*) #ret {
            #body
        }
    }
}

/// A definition with errors still gets its name, so the user's code does not fail a second
/// time where it mentions it.
fn stand_in(name: &Ident) -> TokenStream {
    quote! {
        #[doc = "Stand-in for an IDL definition that has errors (see the errors above)."]
        pub type #name = ::idlbind::JsValue;
    }
}
