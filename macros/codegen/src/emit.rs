//! Emit stage: the plan becomes tokens. No decisions are left to make here.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt, format_ident, quote};

use crate::lower::{
    ConstPlan, ERRORS_SECTION, Exceptions, FunctionPlan, ImportPlan, InterfacePlan, Plan, Returns,
    optional_arguments_sentence,
};

pub fn emit(plan: Plan) -> TokenStream {
    let Plan {
        interfaces: plans,
        modules: module_plans,
        values,
        stand_ins,
    } = plan;
    let mut modules: Vec<(Ident, Vec<String>, Vec<TokenStream>)> = (module_plans.into_iter())
        .map(|m| (m.name, m.docs, m.items))
        .collect();
    let mut out = TokenStream::new();
    for plan in plans {
        let Some((_, module)) = &plan.legacy_namespace else {
            append(&mut out, interface(plan));
            continue;
        };
        // The type lives in its namespace's module; the block's own signatures still name it
        // at the root, through a hidden re-export.
        let (rust_name, module) = (&plan.rust_name, module.clone());
        out.extend(quote!(#[doc(hidden)] pub use #module::#rust_name;));
        match modules.iter_mut().find(|(name, ..)| *name == module) {
            Some((.., items)) => items.push(interface(plan)),
            None => modules.push((module, Vec::new(), vec![interface(plan)])),
        }
    }
    for (name, docs, items) in modules {
        let docs = self::docs(&docs);
        let mut body = quote! {
            #[allow(unused_imports)]
            use super::*;
        };
        items.into_iter().for_each(|item| append(&mut body, item));
        out.extend(quote! {
            #docs
            #[allow(non_snake_case)]
            pub mod #name
        });
        out.extend([braced(body)]);
    }
    values.into_iter().for_each(|value| append(&mut out, value));
    stand_ins
        .iter()
        .for_each(|name| append(&mut out, stand_in(name)));
    out
}

/// Appends `tokens` to `out`, moving them: interpolating a stream into `quote!` copies each of
/// its top-level tokens (and each identifier is an allocation), which is most of what writing
/// the plan out would cost.
pub(crate) fn append(out: &mut TokenStream, tokens: TokenStream) {
    out.extend(std::iter::once(tokens));
}

/// `{ tokens }`, holding the stream as it is.
fn braced(tokens: TokenStream) -> TokenTree {
    TokenTree::Group(Group::new(Delimiter::Brace, tokens))
}

/// `a, b, c`, moved.
fn comma_separated(items: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    let mut out = TokenStream::new();
    for (index, item) in items.into_iter().enumerate() {
        if index > 0 {
            out.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        append(&mut out, item);
    }
    out
}

/// `tokens` for `quote!`, interpolated by moving them (see [`append`]). Each is interpolated
/// once: a second use would find it empty.
pub(crate) struct Moved(std::cell::Cell<TokenStream>);

impl Moved {
    pub(crate) fn new(tokens: TokenStream) -> Moved {
        Moved(std::cell::Cell::new(tokens))
    }

    /// The tokens, taken out.
    pub(crate) fn take(&self) -> TokenStream {
        self.0.take()
    }

    /// A stream of all of `streams`, moved.
    pub(crate) fn all(streams: impl IntoIterator<Item = TokenStream>) -> Moved {
        let mut out = TokenStream::new();
        out.extend(streams);
        Moved::new(out)
    }
}

impl ToTokens for Moved {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        append(tokens, self.0.take());
    }
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

pub(crate) fn interface(plan: InterfacePlan) -> TokenStream {
    let InterfacePlan {
        rust_name,
        js_name,
        docs,
        extends,
        no_interface_object,
        consts,
        mut functions,
        hidden,
        legacy_namespace,
        items,
    } = plan;
    let docs = self::docs(&docs);
    let alias = (rust_name != js_name && !hidden).then(|| quote!(#[doc(alias = #js_name)]));
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
    let hidden_attr = hidden.then(|| quote!(#[doc(hidden)]));
    let namespace = (legacy_namespace.as_ref()).map(|(js, _)| quote!(js_namespace = #js,));
    let type_check = no_interface_object
        .then(|| quote!(is_type_of = |value: &::idlbind::JsValue| value.is_object(),));
    let (mut caught, mut unexpected, mut promised) =
        (TokenStream::new(), TokenStream::new(), TokenStream::new());
    for import in functions
        .iter_mut()
        .flat_map(|f| std::mem::take(&mut f.imports))
    {
        match &import.exceptions {
            Exceptions::Expected => import_fn(import, &extern_name, &mut caught),
            Exceptions::Unexpected => import_fn(import, &extern_name, &mut unexpected),
            Exceptions::Rejected(member) => {
                let js = member.function(&import.name, import.params.len());
                promised.extend(quote!(#js));
                import_fn(import, &extern_name, &mut promised);
            }
        }
    }
    let caught = Moved::new(caught);
    let unexpected = (!unexpected.is_empty()).then(|| {
        let unexpected = Moved::new(unexpected);
        quote!(unexpected { #unexpected })
    });
    let promised = (!promised.is_empty()).then(|| {
        let promised = Moved::new(promised);
        quote!(promised { #promised })
    });
    let mut members = TokenStream::new();
    consts
        .into_iter()
        .for_each(|plan| constant(plan, &mut members));
    functions
        .into_iter()
        .for_each(|plan| function(plan, &mut members));
    let members = Moved::new(members);
    let items = Moved::all(items);
    let extends = Moved::all(extends.into_iter().map(|ty| quote!(extends = #ty,)));
    // A hidden type is only ever reached through its trait or module: no conversions.
    let convert = (!hidden).then(|| quote!(convert));
    // The runtime's `imports!` writes what is the same for every interface: the `extern`
    // block's attribute, the type's derives and `extends` of `Object`, `catch` and the `Result`
    // of the caught imports, the debug and release forms of the others. Its `methods!` writes
    // the `impl` block, each member's `pub`, `#[inline]` and the `Result` of members marked
    // `[Throws]`.
    quote! {
        ::idlbind::__private::imports! {
            #docs
            #alias
            #hidden_attr
            type #extern_name = #js_name [#namespace #type_check #extends] #convert;
            caught { #caught }
            #unexpected
            #promised
        }

        #rename

        ::idlbind::__private::methods! {
            #rust_name;
            #members
        }

        #items
    }
}

/// One import, without `catch` (the runtime's `imports!` adds it where exceptions are caught),
/// written into `out` as `imports!` takes it: wasm-bindgen's options in parentheses.
fn import_fn(import: ImportPlan, self_type: &Ident, out: &mut TokenStream) {
    let ImportPlan {
        name,
        options,
        method,
        params,
        ret,
        ..
    } = import;
    let mut list = match method {
        true => quote!(this: &#self_type,),
        false => TokenStream::new(),
    };
    // Positional names: an IDL argument named `this` would shadow wasm-bindgen's receiver.
    for (index, ty) in params.into_iter().enumerate() {
        if index > 0 {
            punct(&mut list, ',');
        }
        list.append(format_ident!("__arg{}", index));
        punct(&mut list, ':');
        append(&mut list, ty);
    }
    out.append(Group::new(Delimiter::Parenthesis, options));
    word(out, "fn");
    out.append(name);
    out.append(Group::new(Delimiter::Parenthesis, list));
    arrow(out);
    append(out, ret);
    punct(out, ';');
}

/// A constant, written into `out` as the runtime's `methods!` takes it: `const`, then its
/// attributes.
fn constant(plan: ConstPlan, out: &mut TokenStream) {
    let ConstPlan {
        name,
        ty,
        value,
        docs,
    } = plan;
    word(out, "const");
    append(out, self::docs(&docs));
    out.append(name);
    punct(out, ':');
    append(out, ty);
    punct(out, '=');
    append(out, value);
    punct(out, ';');
}

/// A member, written into `out` as the runtime's `methods!` takes it: `[with base]` for the
/// first paragraph of `base_with`'s rustdoc, the attributes after `fn`, the generic
/// parameters in brackets, `[throws T]` for `-> Result<T, JsError>` (`[throws T; Errors]` for
/// the rustdoc's last section saying so). The plan's rustdoc holds those paragraphs (traits
/// and free functions forward it as it is): the skeleton writes them.
fn function(plan: FunctionPlan, out: &mut TokenStream) {
    let FunctionPlan {
        name,
        mut docs,
        generics,
        method,
        params,
        ret,
        body,
        ..
    } = plan;
    word(out, "fn");
    if let Some(base) = optional_arguments_base(&docs) {
        let mut with = quote!(with);
        with.append(Ident::new(base, Span::call_site()));
        out.append(Group::new(Delimiter::Bracket, with));
        docs.drain(..2);
    }
    let errors =
        matches!(ret, Returns::Throws(_)) && docs.ends_with(&ERRORS_SECTION.map(String::from));
    if errors {
        docs.truncate(docs.len() - ERRORS_SECTION.len());
    }
    append(out, self::docs(&docs));
    out.append(name);
    if !generics.is_empty() {
        out.append(Group::new(Delimiter::Bracket, comma_separated(generics)));
    }
    let mut list = TokenStream::new();
    if method {
        punct(&mut list, '&');
        word(&mut list, "self");
        punct(&mut list, ',');
    }
    for (index, (name, ty)) in params.into_iter().enumerate() {
        if index > 0 {
            punct(&mut list, ',');
        }
        list.append(name);
        punct(&mut list, ':');
        append(&mut list, ty);
    }
    out.append(Group::new(Delimiter::Parenthesis, list));
    match ret {
        Returns::Nothing => {}
        Returns::Value(ty) => {
            arrow(out);
            append(out, ty);
        }
        Returns::Throws(ty) => {
            let mut throws = TokenStream::new();
            word(&mut throws, "throws");
            append(&mut throws, ty);
            if errors {
                punct(&mut throws, ';');
                word(&mut throws, "Errors");
            }
            out.append(Group::new(Delimiter::Bracket, throws));
        }
    }
    out.append(Group::new(Delimiter::Brace, body));
}

/// The `base` of rustdoc starting with `base_with`'s first paragraph.
fn optional_arguments_base(docs: &[String]) -> Option<&str> {
    let (first, second) = (docs.first()?, docs.get(1)?);
    let base = first.strip_prefix("[`")?.split('`').next()?;
    (second.is_empty() && *first == optional_arguments_sentence(base)).then_some(base)
}

// Single tokens written straight into a stream: a `quote!` of each would make a stream of its
// own, to be moved again.

pub(crate) fn word(out: &mut TokenStream, word: &str) {
    out.append(Ident::new(word, Span::call_site()));
}

pub(crate) fn punct(out: &mut TokenStream, ch: char) {
    out.append(Punct::new(ch, Spacing::Alone));
}

/// `->`.
fn arrow(out: &mut TokenStream) {
    out.append(Punct::new('-', Spacing::Joint));
    out.append(Punct::new('>', Spacing::Alone));
}

/// A definition with errors still gets its name, so the user's code does not fail a second
/// time where it mentions it.
fn stand_in(name: &Ident) -> TokenStream {
    quote! {
        #[doc = "Stand-in for an IDL definition that has errors (see the errors above)."]
        pub type #name = ::idlbind::JsValue;
    }
}
