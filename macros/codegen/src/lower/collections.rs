//! Iteration and collections: `iterable`, `async iterable`, `maplike`, `setlike`, unnamed
//! special operations (indexed and named getters, setters, deleters) and `stringifier`.
//!
//! Each declaration becomes the methods JavaScript gives it, under Rust names (`size` is
//! `len()`, `forEach` is `for_each`), each calling the JavaScript method of the same object:
//! the binding never keeps a Rust copy of a collection. Iterators are the runtime's
//! `idlbind::Iter<T>` (a Rust `Iterator` over the JavaScript iterator) and
//! `idlbind::AsyncIter<T>` (a `Stream`); `IntoIterator for &X` and `Display` are trait impls
//! written after the interface's `impl`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::callbacks::CallbackPlan;
use super::types::{Conversion, Lowered, Position, TypeLowering};
use super::{
    Call, Exceptions, FunctionPlan, ImportPlan, InterfaceLowering, Returns, member_docs, names,
    rust_name_of,
};
use crate::model::{Argument, ExtAttrs, Member, MemberKind, Name, Primitive, Special, Type};

/// A type that iterators yield: its owned Rust type and its IDL text (for messages).
struct Item {
    rust: TokenStream,
    idl: String,
}

impl Item {
    /// The pair `(K, V)` of an entry: a `[key, value]` array in JavaScript.
    fn pair(key: &Item, value: &Item) -> Item {
        let (k, v) = (&key.rust, &value.rust);
        Item {
            rust: quote!((#k, #v)),
            idl: format!("[{}, {}]", key.idl, value.idl),
        }
    }
}

/// How a value iterator reads its values: the import's options and the values' import type.
struct IndexedRead {
    options: TokenStream,
    ty: TokenStream,
}

/// What one of the iterator methods (`iter`, `entries`, `keys`, `values`) returns.
struct IteratorMethod<'i> {
    rust: &'static str,
    /// The JavaScript method that makes the iterator.
    js: &'static str,
    item: &'i Item,
    doc: String,
}

impl InterfaceLowering<'_, '_> {
    /// Plans the Rust API of an iteration or collection member.
    pub(super) fn collection_member(&mut self, member: &Member) {
        match &member.kind {
            MemberKind::Iterable {
                key,
                value,
                is_async: false,
                ..
            } => self.iterable(member, key.as_ref(), value),
            MemberKind::Iterable {
                key,
                value,
                is_async: true,
                args,
            } => self.async_iterable(member, key.as_ref(), value, args),
            MemberKind::Maplike {
                key,
                value,
                readonly,
            } => self.maplike(member, key, value, *readonly),
            MemberKind::Setlike { value, readonly } => self.setlike(member, value, *readonly),
            MemberKind::Special { special, ret, args } => self.special(member, *special, ret, args),
            MemberKind::Stringifier => self.stringifier(member),
            _ => {}
        }
    }

    /// `iterable<V>` (a value iterator, over the indexed properties) or `iterable<K, V>` (a
    /// pair iterator).
    fn iterable(&mut self, member: &Member, key: Option<&Type>, value_type: &Type) {
        let value_iterator = key.is_none();
        let Some(value) = self.item(value_type, member) else {
            return;
        };
        // A value iterator's keys are the indices.
        let key = match key {
            Some(key) => self.item(key, member),
            None => self.item(&Type::Primitive(Primitive::UnsignedLong), member),
        };
        let Some(key) = key else {
            return;
        };
        let entry = Item::pair(&key, &value);
        let (iter_js, iter_item, iter_what) = match value_iterator {
            true => ("values", &value, "values"),
            false => ("entries", &entry, "(key, value) entries"),
        };
        let (key_one, key_what) = match value_iterator {
            true => ("index", "indices"),
            false => ("key", "keys"),
        };
        let methods = [
            IteratorMethod {
                rust: "entries",
                js: "entries",
                item: &entry,
                doc: format!(
                    "An iterator over the ({key_one}, value) pairs (JavaScript's `entries()`)."
                ),
            },
            IteratorMethod {
                rust: "keys",
                js: "keys",
                item: &key,
                doc: format!("An iterator over the {key_what} (JavaScript's `keys()`)."),
            },
            IteratorMethod {
                rust: "values",
                js: "values",
                item: &value,
                doc: "An iterator over the values (JavaScript's `values()`).".into(),
            },
            IteratorMethod {
                rust: "iter",
                js: iter_js,
                item: iter_item,
                doc: format!(
                    "An iterator over the {iter_what}, as a JavaScript `for … of` loop sees them \
                     (JavaScript's `{iter_js}()`)."
                ),
            },
        ];
        let declaration = "the `iterable` declaration";
        let indexed = match value_iterator {
            true => self.indexed_read(value_type, member),
            false => None,
        };
        let iter_type = self.iterator_methods(member, declaration, &methods, indexed);
        self.for_each(member, declaration, &value, Some(&key));
        if let Some(iter_type) = iter_type {
            self.impl_into_iterator(iter_item, iter_type);
        }
    }

    /// `async iterable<V>(args)` and `async iterable<K, V>(args)`: methods returning an
    /// `AsyncIter`, with `_with` twins when the declaration has (optional) arguments.
    fn async_iterable(
        &mut self,
        member: &Member,
        key: Option<&Type>,
        value: &Type,
        args: &[Argument],
    ) {
        let Some(value) = self.item(value, member) else {
            return;
        };
        let mut methods = Vec::new();
        if let Some(key) = key {
            let Some(key) = self.item(key, member) else {
                return;
            };
            let entry = Item::pair(&key, &value);
            methods.push(("entries", entry, "The (key, value) pairs"));
            methods.push(("keys", key, "The keys"));
        }
        methods.push(("values", value, "The values"));
        for (js, item, what) in methods {
            let call = Call {
                rust: js.into(),
                what: format!("the `async iterable` declaration's `{js}`"),
                label: self.label(js),
                options: self.method_options(js),
                method: true,
                throws: member.ext_attrs.has("Throws"),
                rejects: None,
            };
            if !self.claim(&call.rust, call.what.clone(), member.loc) {
                continue;
            }
            let doc = format!(
                "{what}, as a `Stream` (JavaScript's `{js}()`, as `for await … of` reads it). \
                 Dropping the stream before its end calls the iterator's `return()`."
            );
            let rust = &item.rust;
            let stream = quote!(::idlbind::AsyncIter<#rust>);
            let ret = Lowered {
                public: stream.clone(),
                import: quote!(::idlbind::JsValue),
                conversion: Conversion::FromJs {
                    owned: stream,
                    idl: format!("async iterator of {}", item.idl),
                },
            };
            self.operation_returning(
                &described(member, doc),
                call,
                ret,
                args,
                CallbackPlan::default(),
            );
        }
    }

    /// `maplike<K, V>`: the methods of a JavaScript `Map`, reading and writing the object's
    /// own map entries.
    fn maplike(&mut self, member: &Member, key: &Type, value: &Type, readonly: bool) {
        let (Some(key_item), Some(value_item)) = (self.item(key, member), self.item(value, member))
        else {
            return;
        };
        let entry = Item::pair(&key_item, &value_item);
        let declaration = "the `maplike` declaration";
        let key_arg = || argument("key", key, member);
        self.collection_operation(
            member,
            declaration,
            "get",
            &nullable(value),
            &[key_arg()],
            "The value for `key`, or `None` if there is none (JavaScript's `get`).",
        );
        self.collection_operation(
            member,
            declaration,
            "has",
            &Type::Primitive(Primitive::Boolean),
            &[key_arg()],
            "Whether there is an entry for `key` (JavaScript's `has`).",
        );
        self.len_and_is_empty(member, declaration, "entries");
        let methods = [
            IteratorMethod {
                rust: "entries",
                js: "entries",
                item: &entry,
                doc: "An iterator over the (key, value) entries (JavaScript's `entries()`).".into(),
            },
            IteratorMethod {
                rust: "keys",
                js: "keys",
                item: &key_item,
                doc: "An iterator over the keys (JavaScript's `keys()`).".into(),
            },
            IteratorMethod {
                rust: "values",
                js: "values",
                item: &value_item,
                doc: "An iterator over the values (JavaScript's `values()`).".into(),
            },
            IteratorMethod {
                rust: "iter",
                js: "entries",
                item: &entry,
                doc: "An iterator over the (key, value) entries, in insertion order, as a \
                      JavaScript `for … of` loop sees them (JavaScript's `entries()`)."
                    .into(),
            },
        ];
        let iter_type = self.iterator_methods(member, declaration, &methods, None);
        self.for_each(member, declaration, &value_item, Some(&key_item));
        if let Some(iter_type) = iter_type {
            self.impl_into_iterator(&entry, iter_type);
        }
        if readonly {
            return;
        }
        self.collection_operation(
            member,
            declaration,
            "set",
            &Type::Undefined,
            &[key_arg(), argument("value", value, member)],
            "Sets the value for `key` (JavaScript's `set`).",
        );
        self.collection_operation(
            member,
            declaration,
            "delete",
            &Type::Primitive(Primitive::Boolean),
            &[key_arg()],
            "Removes the entry for `key`; says whether there was one (JavaScript's `delete`).",
        );
        self.collection_operation(
            member,
            declaration,
            "clear",
            &Type::Undefined,
            &[],
            "Removes every entry (JavaScript's `clear`).",
        );
    }

    /// `setlike<V>`: the methods of a JavaScript `Set`.
    fn setlike(&mut self, member: &Member, value: &Type, readonly: bool) {
        let Some(value_item) = self.item(value, member) else {
            return;
        };
        let entry = Item::pair(&value_item, &value_item);
        let declaration = "the `setlike` declaration";
        let value_arg = || argument("value", value, member);
        self.collection_operation(
            member,
            declaration,
            "has",
            &Type::Primitive(Primitive::Boolean),
            &[value_arg()],
            "Whether `value` is in the set (JavaScript's `has`).",
        );
        self.len_and_is_empty(member, declaration, "values");
        let methods = [
            IteratorMethod {
                rust: "values",
                js: "values",
                item: &value_item,
                doc: "An iterator over the values (JavaScript's `values()`).".into(),
            },
            IteratorMethod {
                rust: "keys",
                js: "keys",
                item: &value_item,
                doc: "An iterator over the values: a set's keys are its values (JavaScript's \
                      `keys()`)."
                    .into(),
            },
            IteratorMethod {
                rust: "entries",
                js: "entries",
                item: &entry,
                doc: "An iterator over (value, value) pairs, as a JavaScript `Set` gives its \
                      entries (JavaScript's `entries()`)."
                    .into(),
            },
            IteratorMethod {
                rust: "iter",
                js: "values",
                item: &value_item,
                doc: "An iterator over the values, in insertion order, as a JavaScript \
                      `for … of` loop sees them (JavaScript's `values()`)."
                    .into(),
            },
        ];
        let iter_type = self.iterator_methods(member, declaration, &methods, None);
        self.for_each(member, declaration, &value_item, None);
        if let Some(iter_type) = iter_type {
            self.impl_into_iterator(&value_item, iter_type);
        }
        if readonly {
            return;
        }
        self.collection_operation(
            member,
            declaration,
            "add",
            &Type::Undefined,
            &[value_arg()],
            "Adds `value` to the set (JavaScript's `add`).",
        );
        self.collection_operation(
            member,
            declaration,
            "delete",
            &Type::Primitive(Primitive::Boolean),
            &[value_arg()],
            "Removes `value`; says whether it was in the set (JavaScript's `delete`).",
        );
        self.collection_operation(
            member,
            declaration,
            "clear",
            &Type::Undefined,
            &[],
            "Removes every value (JavaScript's `clear`).",
        );
    }

    /// An unnamed `getter`, `setter` or `deleter`: `get`/`set` for indices, `get_named`,
    /// `set_named`, `delete_named` for names (`[RustName]` renames).
    fn special(&mut self, member: &Member, special: Special, ret: &Type, args: &[Argument]) {
        // The model's checks keep only well-formed special operations.
        let Some(key) = args.first() else {
            return;
        };
        let indexed = key.ty == Type::Primitive(Primitive::UnsignedLong);
        let (rust, what, doc) = match (special, indexed) {
            (Special::Getter, true) => (
                "get",
                "indexed getter",
                "The value at `index`, or `None` past the end (JavaScript's `this[index]`).",
            ),
            (Special::Getter, false) => (
                "get_named",
                "named getter",
                "The value named `name`, or `None` if there is none (JavaScript's `this[name]`, \
                 own properties only).",
            ),
            (Special::Setter, true) => (
                "set",
                "indexed setter",
                "Sets the value at `index` (JavaScript's `this[index] = value`).",
            ),
            (Special::Setter, false) => (
                "set_named",
                "named setter",
                "Sets the value named `name` (JavaScript's `this[name] = value`).",
            ),
            (Special::Deleter, _) => (
                "delete_named",
                "named deleter",
                "Removes the value named `name` (JavaScript's `delete this[name]`).",
            ),
        };
        let rust = rust_name_of(&member.ext_attrs).unwrap_or_else(|| rust.into());
        let member = &described(member, doc.into());
        let label = format!("{} {what}", self.interface.name.idl);
        if special == Special::Getter {
            self.getter(member, rust, what, label, key, indexed, ret);
            return;
        }
        let options = match special {
            Special::Setter => quote!(method, structural, indexing_setter),
            _ => quote!(method, structural, indexing_deleter),
        };
        let call = Call {
            rust,
            what: format!("the {what}"),
            label,
            options,
            method: true,
            throws: member.ext_attrs.has("Throws"),
            rejects: None,
        };
        self.operation(member, call, ret, args);
    }

    /// A getter reads an own property of the object (through the runtime), so that a name the
    /// collection does not have never reads a method of the prototype.
    #[allow(clippy::too_many_arguments)]
    fn getter(
        &mut self,
        member: &Member,
        rust: String,
        what: &str,
        label: String,
        key: &Argument,
        indexed: bool,
        ret: &Type,
    ) {
        if !self.claim(&rust, format!("the {what}"), member.loc) {
            return;
        }
        let value_type = nullable(ret);
        let lowering = TypeLowering { paths: self.names };
        let owned = match lowering.owned(&value_type) {
            Ok(owned) => owned,
            Err(what) => {
                self.diagnostics.error(
                    member.loc,
                    format!("{what} types are not supported by idlbind yet"),
                );
                return;
            }
        };
        let param = names::ident(&names::member_name(&key.name.idl), Span::call_site());
        let (param_type, read) = match indexed {
            true => (quote!(u32), quote!(indexed_property)),
            false => (quote!(&str), quote!(named_property)),
        };
        let conversion = Conversion::FromJs {
            owned: owned.clone(),
            idl: value_type.idl(),
        };
        let converted = conversion.apply(quote!(value), Position::Return, &label);
        let property = quote! {
            ::idlbind::__private::#read(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                #param,
            )
        };
        let throws = member.ext_attrs.has("Throws");
        let (body, ret) = match throws {
            true => (
                quote!(::idlbind::__private::throws(#property).map(|value| #converted)),
                Returns::Throws(owned),
            ),
            false => (
                quote! {
                    let value = ::idlbind::__private::no_throw(#property, #label);
                    #converted
                },
                Returns::Value(owned),
            ),
        };
        self.functions.push(FunctionPlan {
            name: names::ident(&rust, (self.names.span_of)(member.loc)),
            docs: member_docs(&member.docs, member),
            generics: Vec::new(),
            method: true,
            params: vec![(param, param_type)],
            ret,
            body,
            imports: Vec::new(),
        });
    }

    /// `stringifier`: `Display` through JavaScript's `String(this)`, which calls the
    /// stringifier (`toString`).
    fn stringifier(&mut self, member: &Member) {
        let self_type = &self.self_type;
        let label = self.label("toString");
        let mut lines = vec![
            "The IDL stringifier: JavaScript's `String(this)`.".to_owned(),
            String::new(),
        ];
        lines.extend(member_docs(&member.docs, member));
        let docs = crate::emit::docs(&lines);
        self.items.push(quote! {
            #docs
            impl ::std::fmt::Display for #self_type {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&::idlbind::__private::stringify(
                        ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                        #label,
                    ))
                }
            }
        });
    }

    /// How a value iterator's values can be read straight into Rust, one call each, as
    /// `Array.prototype.values` (its `values()`) reads the indexed properties; `None` if they
    /// cannot: the value's type must not include `undefined` or `null` (the end) nor need a
    /// conversion.
    fn indexed_read(&mut self, value: &Type, member: &Member) -> Option<IndexedRead> {
        // Not the object Web IDL requires of a value iterator: its own `values()` is used.
        let options = self.indexed_getter()?;
        let direct = matches!(
            value,
            Type::Interface(_)
                | Type::Primitive(_)
                | Type::DomString
                | Type::UsvString
                | Type::ByteString
                | Type::Object
        );
        if !direct {
            return None;
        }
        let lowered = self.lower_type(value, Position::Return, member.loc)?;
        let ty = lowered.import;
        (lowered.conversion.is_identity(Position::Return)).then_some(IndexedRead { ty, options })
    }

    /// The import options reading the indexed property `i`, if the interface has an indexed
    /// getter: its operation when it is named and nullable (`item(i)`: `null` past the end; a
    /// method call is faster than the property in browsers), else `this[i]` (`undefined` past
    /// the end).
    fn indexed_getter(&self) -> Option<TokenStream> {
        self.interface.members.iter().find_map(|m| {
            let (name, ret, args) = match &m.kind {
                MemberKind::Special {
                    special: Special::Getter,
                    ret,
                    args,
                } => (None, ret, args),
                MemberKind::Operation {
                    name,
                    ret,
                    args,
                    special: Some(Special::Getter),
                    is_static: false,
                } => (Some(&name.idl), ret, args),
                _ => return None,
            };
            if !matches!(args.as_slice(), [key] if key.ty == Type::Primitive(Primitive::UnsignedLong)) {
                return None;
            }
            Some(match (name, ret) {
                (Some(name), Type::Nullable(_)) => quote!(method, js_name = #name),
                _ => quote!(method, structural, indexing_getter),
            })
        })
    }

    /// The methods making iterators; gives the type `iter` returns, if it was made (for
    /// `IntoIterator`). `iter` comes last and calls the import of the method it equals, when
    /// that one was made. `indexed`: how to read the values, when `values()` reads the indexed
    /// properties.
    fn iterator_methods(
        &mut self,
        member: &Member,
        declaration: &str,
        methods: &[IteratorMethod<'_>],
        indexed: Option<IndexedRead>,
    ) -> Option<TokenStream> {
        let mut made: Vec<(&str, Ident)> = Vec::new();
        let mut iter_type = None;
        for method in methods {
            let what = format!("{declaration}'s `{}`", method.rust);
            if !self.claim(method.rust, what, member.loc) {
                continue;
            }
            if let (Some(value), "values") = (&indexed, method.js) {
                let first = !made.iter().any(|(js, _)| *js == method.js);
                let function = self.indexed_iterator_method(member, method, value, first);
                if method.rust == "iter" {
                    iter_type = function.ret.to_type();
                }
                self.functions.push(function);
                made.push((method.js, format_ident!("__idl_index")));
                continue;
            }
            let shared = made.iter().find(|(js, _)| *js == method.js);
            let import = match shared {
                Some((_, import)) => import.clone(),
                None => format_ident!("__idl_{}", method.rust),
            };
            let js_class = &self.interface.name.idl;
            let js = method.js;
            let imports = match shared {
                Some(_) => Vec::new(),
                None => vec![ImportPlan {
                    name: import.clone(),
                    options: quote!(method, js_class = #js_class, js_name = #js),
                    method: true,
                    params: Vec::new(),
                    ret: quote!(::idlbind::JsValue),
                    exceptions: Exceptions::Unexpected,
                }],
            };
            let label = self.label(method.js);
            let idl = &method.item.idl;
            let body = quote! {
                ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.#import(), #label), #label, #idl)
            };
            let span = (self.names.span_of)(member.loc);
            let item = &method.item.rust;
            let ret = quote!(::idlbind::Iter<#item>);
            let function = iterator_function(member, method, span, ret, body, imports);
            if method.rust == "iter" {
                iter_type = function.ret.to_type();
            }
            self.functions.push(function);
            made.push((method.js, import));
        }
        iter_type
    }

    /// `values()` (or `iter()`) of a value iterator: an `IndexedIter` reading the indexed
    /// properties, one call per value, as `Array.prototype.values` (JavaScript's `values()`)
    /// does. The first of them also implements `IndexedValues`, which says how.
    fn indexed_iterator_method(
        &mut self,
        member: &Member,
        method: &IteratorMethod<'_>,
        read: &IndexedRead,
        first: bool,
    ) -> FunctionPlan {
        let IndexedRead { ty: value, options } = read;
        let self_type = &self.self_type;
        let import = format_ident!("__idl_index");
        let imports = match first {
            true => vec![ImportPlan {
                name: import.clone(),
                options: options.clone(),
                method: true,
                params: vec![quote!(u32)],
                ret: quote!(::std::option::Option<#value>),
                exceptions: Exceptions::Unexpected,
            }],
            false => Vec::new(),
        };
        if first {
            let label = self.label(method.js);
            self.items.push(quote! {
                impl ::idlbind::IndexedValues for #self_type {
                    type Value = #value;

                    #[inline]
                    fn value_at(&self, index: u32) -> ::std::option::Option<#value> {
                        ::idlbind::__private::no_throw!(self.#import(index), #label)
                    }
                }
            });
        }
        let body = quote! {
            ::idlbind::IndexedIter::new(::std::clone::Clone::clone(self))
        };
        let span = (self.names.span_of)(member.loc);
        let ret = quote!(::idlbind::IndexedIter<#self_type>);
        iterator_function(member, method, span, ret, body, imports)
    }

    /// `for_each(|value, key| ..)` (`|value| ..` for a set) over JavaScript's `forEach`, with
    /// the closure borrowed for the call.
    fn for_each(&mut self, member: &Member, declaration: &str, value: &Item, key: Option<&Item>) {
        if !self.claim("for_each", format!("{declaration}'s `forEach`"), member.loc) {
            return;
        }
        let label = self.label("forEach");
        let value_type = &value.rust;
        let value_idl = &value.idl;
        let object = quote!(::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self));
        let (closure, body, doc) = match key {
            Some(key) => {
                let key_type = &key.rust;
                let key_idl = &key.idl;
                (
                    quote!(impl ::std::ops::FnMut(#value_type, #key_type)),
                    quote!(::idlbind::__private::for_each(#object, #label, (#value_idl, #key_idl), f)),
                    "Calls `f(value, key)` for each entry, in order, through JavaScript's \
                     `forEach`; `f` is borrowed for the call only.",
                )
            }
            // A set's `forEach` passes each value twice, as value and as key.
            None => (
                quote!(impl ::std::ops::FnMut(#value_type)),
                quote! {
                    let mut f = f;
                    ::idlbind::__private::for_each(
                        #object,
                        #label,
                        (#value_idl, #value_idl),
                        |value: #value_type, _: ()| f(value),
                    )
                },
                "Calls `f(value)` for each value, in order, through JavaScript's `forEach`; \
                 `f` is borrowed for the call only.",
            ),
        };
        self.functions.push(FunctionPlan {
            name: names::ident("for_each", (self.names.span_of)(member.loc)),
            docs: member_docs(&described(member, doc.into()).docs, member),
            generics: Vec::new(),
            method: true,
            params: vec![(Ident::new("f", Span::call_site()), closure)],
            ret: Returns::Nothing,
            body,
            imports: Vec::new(),
        });
    }

    /// `len()` and `is_empty()` from JavaScript's `size`.
    fn len_and_is_empty(&mut self, member: &Member, declaration: &str, counted: &str) {
        let label = self.label("size");
        let js_class = &self.interface.name.idl;
        let import = format_ident!("__idl_size");
        let size = quote!(::idlbind::__private::no_throw!(self.#import(), #label));
        if self.claim("len", format!("{declaration}'s `size`"), member.loc) {
            let doc = format!("The number of {counted} (JavaScript's `size`).");
            self.functions.push(FunctionPlan {
                name: names::ident("len", (self.names.span_of)(member.loc)),
                docs: member_docs(&described(member, doc).docs, member),
                generics: Vec::new(),
                method: true,
                params: Vec::new(),
                ret: Returns::Value(quote!(usize)),
                body: quote!(#size as usize),
                imports: vec![ImportPlan {
                    name: import,
                    options: quote!(method, js_class = #js_class, js_name = "size", getter),
                    method: true,
                    params: Vec::new(),
                    ret: quote!(u32),
                    exceptions: Exceptions::Unexpected,
                }],
            });
            if self.claim("is_empty", format!("{declaration}'s `size`"), member.loc) {
                let doc = format!("Whether there are no {counted} (JavaScript's `size` is 0).");
                self.functions.push(FunctionPlan {
                    name: names::ident("is_empty", (self.names.span_of)(member.loc)),
                    docs: member_docs(&described(member, doc).docs, member),
                    generics: Vec::new(),
                    method: true,
                    params: Vec::new(),
                    ret: Returns::Value(quote!(bool)),
                    body: quote!(#size == 0),
                    imports: Vec::new(),
                });
            }
        }
    }

    /// A method of a maplike or setlike declaration that JavaScript calls by name, bound as an
    /// operation of the IDL signature given. An operation the interface declares itself under
    /// the same name is the one bound (Web IDL lets a read-write maplike or setlike define its
    /// own `set`, `add`, `delete` and `clear`).
    fn collection_operation(
        &mut self,
        member: &Member,
        declaration: &str,
        js: &'static str,
        ret: &Type,
        args: &[Argument],
        doc: &str,
    ) {
        if self.declares_operation(js) {
            return;
        }
        let call = Call {
            rust: names::member_name(js),
            what: format!("{declaration}'s `{js}`"),
            label: self.label(js),
            options: self.method_options(js),
            method: true,
            throws: false,
            rejects: None,
        };
        self.operation(&described(member, doc.into()), call, ret, args);
    }

    /// Whether the interface declares a regular operation named `js`.
    fn declares_operation(&self, js: &str) -> bool {
        self.interface.members.iter().any(|m| {
            matches!(
                &m.kind,
                MemberKind::Operation { name, is_static: false, .. } if name.idl == js
            )
        })
    }

    /// `impl<'a> IntoIterator for &'a X`, the same as `iter()`, which returns `iter`.
    fn impl_into_iterator(&mut self, item: &Item, iter: TokenStream) {
        let self_type = &self.self_type;
        let item = &item.rust;
        self.items.push(quote! {
            /// The same as `iter()`: `for value in &collection { .. }`.
            impl<'a> ::std::iter::IntoIterator for &'a #self_type {
                type Item = #item;
                type IntoIter = #iter;

                fn into_iter(self) -> #iter {
                    #self_type::iter(self)
                }
            }
        });
    }

    /// The owned Rust type of what an iterator yields, reported at the member if it cannot be
    /// bound.
    fn item(&mut self, ty: &Type, member: &Member) -> Option<Item> {
        let lowering = TypeLowering { paths: self.names };
        match lowering.owned(ty) {
            Ok(rust) => Some(Item {
                rust,
                idl: ty.idl(),
            }),
            Err(what) => {
                self.diagnostics.error(
                    member.loc,
                    format!("{what} types are not supported by idlbind yet"),
                );
                None
            }
        }
    }
}

/// An iterator method returning `ret` by `body`, named at `span`.
fn iterator_function(
    member: &Member,
    method: &IteratorMethod<'_>,
    span: Span,
    ret: TokenStream,
    body: TokenStream,
    imports: Vec<ImportPlan>,
) -> FunctionPlan {
    FunctionPlan {
        name: names::ident(method.rust, span),
        docs: member_docs(&described(member, method.doc.clone()).docs, member),
        generics: Vec::new(),
        method: true,
        params: Vec::new(),
        ret: Returns::Value(ret),
        body,
        imports,
    }
}

/// `member` with `doc` as the first paragraph of its rustdoc.
fn described(member: &Member, doc: String) -> Member {
    let mut described = member.clone();
    let mut lines = vec![doc];
    if !member.docs.lines.is_empty() {
        lines.push(String::new());
        lines.extend(member.docs.lines.iter().cloned());
    }
    described.docs.lines = lines;
    described
}

/// `T?`, or `T` when it already holds `null` (`any`, a nullable type): what reading a key that
/// may be absent gives.
fn nullable(ty: &Type) -> Type {
    match ty {
        Type::Nullable(_) | Type::Any => ty.clone(),
        Type::Union(..) if ty.includes_null() => ty.clone(),
        other => Type::Nullable(Box::new(other.clone())),
    }
}

/// An argument of a method a declaration makes (errors about it point at the declaration).
fn argument(name: &str, ty: &Type, member: &Member) -> Argument {
    Argument {
        name: Name {
            idl: name.into(),
            loc: member.loc,
        },
        ty: ty.clone(),
        optional: false,
        variadic: false,
        ext_attrs: ExtAttrs::default(),
    }
}
