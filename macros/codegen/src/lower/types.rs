//! Web IDL types → Rust types: what the user's signature shows, what the wasm-bindgen import
//! takes or returns, and the conversion between the two (the types table of the binding rules).
//!
//! Two kinds of type cross the boundary differently:
//! - *direct* types (numbers, strings, `any`, `object`, `bigint`, interfaces, `ArrayBuffer`,
//!   ...) are passed in wasm-bindgen's own ABI, exactly as a hand-written import would;
//! - *composite* types (dictionaries, enums, unions, sequences, records, promises, buffer views)
//!   are converted to or from a `JsValue` through the runtime's `ToJs`/`FromJs` traits, so a
//!   type defined in another block or crate works the same way as one defined here.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::quote;

use crate::emit::Moved;
use crate::model::{Name, Primitive, Type};

/// Where a type stands: inputs are borrowed and wide, outputs owned and exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Param,
    Return,
}

/// A conversion between the public type and the import's type.
#[derive(Clone, Debug)]
pub enum Conversion {
    None,
    /// `long long` crosses as a JS Number (wasm-bindgen would send a BigInt, which Web IDL
    /// rejects): `as f64` going in, back to the integer type coming out.
    Number(TokenStream),
    /// Restricted `float`/`double` arguments: NaN and ±Infinity are refused before JS sees them.
    Finite(Ident),
    /// `ByteString` arguments: characters above U+00FF are refused.
    ByteString,
    /// The same conversion inside an `Option`.
    Nullable(Box<Conversion>),
    /// A nullable argument: `None` is sent as JS `null` (an `Option` would send `undefined`,
    /// which means "absent"), the inner conversion applied to a value.
    Null(Box<Conversion>),
    /// A composite argument: an expression of `__value` (the public value) giving a `JsValue`.
    /// `late` ones are views into wasm memory, computed after every other argument so that no
    /// allocation can move the memory under them.
    ToJs {
        expr: TokenStream,
        late: bool,
    },
    /// A composite result: the `JsValue` read as `owned` through `FromJs`.
    FromJs {
        owned: TokenStream,
        idl: String,
    },
}

impl Conversion {
    /// Whether the conversion leaves a value as it is in this position.
    pub fn is_identity(&self, position: Position) -> bool {
        match (self, position) {
            (Conversion::None, _) => true,
            (Conversion::Finite(_) | Conversion::ByteString, Position::Return) => true,
            (Conversion::Nullable(inner), _) => inner.is_identity(position),
            (Conversion::Null(_), Position::Param) => false,
            (Conversion::Null(inner), Position::Return) => inner.is_identity(position),
            _ => false,
        }
    }

    /// Whether the converted argument must be computed after the others.
    pub fn is_late(&self) -> bool {
        match self {
            Conversion::ToJs { late, .. } => *late,
            Conversion::Nullable(inner) | Conversion::Null(inner) => inner.is_late(),
            _ => false,
        }
    }

    /// The expression converting `value` for the import (`Param`) or from it (`Return`).
    /// `value` is a path, a call or a method call: it needs no parentheses before `as`/`.`.
    pub fn apply(&self, value: TokenStream, position: Position, member: &str) -> TokenStream {
        // Identities give `value` back as it is; the others move it into their expression.
        let identity = self.is_identity(position);
        let value = match identity {
            true => return value,
            false => Moved::new(value),
        };
        match (self, position) {
            (Conversion::None, _) => unreachable!("an identity"),
            (Conversion::Number(_), Position::Param) => quote!(#value as f64),
            (Conversion::Number(rust), Position::Return) => quote!(#value as #rust),
            (Conversion::Finite(check), Position::Param) => {
                quote!(::idlbind::__private::#check(#value, #member))
            }
            (Conversion::ByteString, Position::Param) => {
                quote!(::idlbind::__private::byte_string(#value, #member))
            }
            (Conversion::Finite(_) | Conversion::ByteString, Position::Return) => {
                unreachable!("an identity")
            }
            (Conversion::Nullable(inner), _) => {
                let converted = Moved::new(inner.apply(quote!(value), position, member));
                quote!(#value.map(|value| #converted))
            }
            (Conversion::Null(inner), Position::Param) => {
                let value = value.take();
                let converted = Moved::new(inner.apply_nullable(value, position, member));
                quote!(::idlbind::__private::wasm_bindgen::Nullable::from(#converted))
            }
            (Conversion::Null(inner), Position::Return) => {
                inner.apply_nullable(value.take(), position, member)
            }
            // `__member` names the IDL member in the checks of elements (restricted doubles,
            // `ByteString`s inside sequences and records), where there are any.
            (Conversion::ToJs { expr, .. }, _) if mentions(expr, "__member") => quote!({
                let __member: &'static str = #member;
                let __value = #value;
                #expr
            }),
            (Conversion::ToJs { expr, .. }, _) => quote!({
                let __value = #value;
                #expr
            }),
            (Conversion::FromJs { owned, idl }, _) => {
                quote!(::idlbind::__private::returned::<#owned>(#value, #member, #idl))
            }
        }
    }
}

impl Conversion {
    /// [`apply`](Self::apply) of this conversion inside an `Option`.
    fn apply_nullable(&self, value: TokenStream, position: Position, member: &str) -> TokenStream {
        if self.is_identity(position) {
            return value;
        }
        let value = Moved::new(value);
        let converted = Moved::new(self.apply(quote!(value), position, member));
        quote!(#value.map(|value| #converted))
    }
}

/// Whether `tokens` hold the identifier `name`, at any depth.
fn mentions(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}

/// How an element of a sequence, a record's value or a variadic argument becomes a `JsValue`.
enum Item {
    /// An expression of `__value`, the element.
    Expr(TokenStream),
    /// A function of the runtime taking the element.
    Function(TokenStream),
}

impl Item {
    /// What `Iterator::map` (or the runtime's `sequence_map`, `record_map`) takes.
    fn mapper(self) -> TokenStream {
        match self {
            Item::Expr(expr) => {
                let expr = Moved::new(expr);
                quote!(|__value| #expr)
            }
            Item::Function(function) => function,
        }
    }
}

/// A lowered type.
#[derive(Clone, Debug)]
pub struct Lowered {
    pub public: TokenStream,
    pub import: TokenStream,
    pub conversion: Conversion,
}

impl Lowered {
    fn same(ty: TokenStream) -> Lowered {
        Lowered {
            public: ty.clone(),
            import: ty,
            conversion: Conversion::None,
        }
    }

    /// A composite argument: `public` converted by `expr` into the `JsValue` the import takes.
    fn to_js(public: TokenStream, expr: TokenStream, late: bool) -> Lowered {
        Lowered {
            public,
            import: js_value(),
            conversion: Conversion::ToJs { expr, late },
        }
    }
}

fn js_value() -> TokenStream {
    quote!(::idlbind::JsValue)
}

/// How the lowering finds the Rust type of a named definition.
pub trait Paths {
    /// The Rust type of an interface, dictionary, enum or union typedef.
    fn path(&self, name: &Name) -> Ident;
    /// Whether a callback type is a callback interface (rather than a callback function).
    fn is_callback_interface(&self, _name: &Name) -> bool {
        false
    }
    /// Whether a value of `ty` may hold a callback: a callback type, or a union, dictionary,
    /// sequence or record with one inside. Such values convert their callbacks in a
    /// [`CallbackScope`](::idlbind::CallbackScope) (`ToJs::to_js_in`).
    fn holds_callback(&self, _ty: &Type) -> bool {
        false
    }
    /// The values of an IDL enum bound by idlbind (in this block or another), in the order
    /// of its Rust variants; `None` if the enum is not known or stands in as a `JsValue`.
    fn enum_values(&self, _name: &Name) -> Option<Vec<String>> {
        None
    }
    /// A name made of the IDL name, at its span (for anonymous unions).
    fn ident(&self, rust: &str) -> Ident {
        super::names::ident(rust, Span::call_site())
    }
}

/// A union's members with nested unions expanded, and whether one of them was nullable (which
/// makes the whole union nullable).
pub fn flatten_union(members: &[Type]) -> (Vec<Type>, bool) {
    let mut flat = Vec::new();
    let mut nullable = false;
    for member in members {
        let member = match member {
            Type::Nullable(inner) => {
                nullable = true;
                inner.as_ref()
            }
            other => other,
        };
        match member {
            Type::Union(inner, _) => {
                let (inner, inner_nullable) = flatten_union(inner);
                nullable |= inner_nullable;
                flat.extend(inner);
            }
            other => flat.push(other.clone()),
        }
    }
    (flat, nullable)
}

/// The Rust name of a union: its typedef's, or Web IDL's name for the union type.
pub fn union_rust_name(members: &[Type], typedef: Option<&Name>, paths: &dyn Paths) -> Ident {
    match typedef {
        Some(name) => paths.path(name),
        None => {
            let (flat, _) = flatten_union(members);
            let idl = Type::Union(flat, None).type_name();
            paths.ident(&super::names::type_name(&idl))
        }
    }
}

/// The js-sys type of a buffer type, and the Rust element type of a typed array.
fn buffer_type(name: &str) -> (TokenStream, Option<TokenStream>) {
    let element = match name {
        "Int8Array" => Some(quote!(i8)),
        "Uint8Array" | "Uint8ClampedArray" => Some(quote!(u8)),
        "Int16Array" => Some(quote!(i16)),
        "Uint16Array" => Some(quote!(u16)),
        "Int32Array" => Some(quote!(i32)),
        "Uint32Array" => Some(quote!(u32)),
        "Float32Array" => Some(quote!(f32)),
        "Float64Array" => Some(quote!(f64)),
        "BigInt64Array" => Some(quote!(i64)),
        "BigUint64Array" => Some(quote!(u64)),
        _ => None,
    };
    let js = match name {
        "ArrayBuffer" | "SharedArrayBuffer" | "DataView" | "Int8Array" | "Uint8Array"
        | "Uint8ClampedArray" | "Int16Array" | "Uint16Array" | "Int32Array" | "Uint32Array"
        | "Float32Array" | "Float64Array" | "BigInt64Array" | "BigUint64Array" => {
            let ident = Ident::new(name, Span::call_site());
            quote!(::idlbind::__private::js_sys::#ident)
        }
        "Error" => quote!(::idlbind::__private::js_sys::Error),
        // `BufferSource`, `ArrayBufferView`, `AllowSharedBufferSource`, `Float16Array`: a
        // union of js-sys types, held as the object it is.
        _ => quote!(::idlbind::__private::js_sys::Object),
    };
    (js, element)
}

/// Lowers IDL types for one definition.
pub struct TypeLowering<'a> {
    pub paths: &'a dyn Paths,
}

impl TypeLowering<'_> {
    /// Lowers `ty`; `Err` names what this version cannot bind yet.
    pub fn lower(&self, ty: &Type, position: Position) -> Result<Lowered, String> {
        if let Some(direct) = self.direct(ty, position)? {
            return Ok(direct);
        }
        match position {
            Position::Return => {
                let owned = self.owned(ty)?;
                Ok(Lowered {
                    public: owned.clone(),
                    import: js_value(),
                    conversion: Conversion::FromJs {
                        owned,
                        idl: ty.idl(),
                    },
                })
            }
            Position::Param => self.param(ty, false),
        }
    }

    /// Lowers an argument that may be left out (`Option` in `_with` methods and nullable
    /// arguments): wide `impl` forms would leave `None` without a type, so these take the
    /// concrete form.
    pub fn lower_optional(&self, ty: &Type) -> Result<Lowered, String> {
        if let Some(direct) = self.direct(ty, Position::Param)? {
            return Ok(direct);
        }
        let (public, expr, late) = self.narrow(ty, false)?;
        Ok(Lowered::to_js(public, expr, late))
    }

    /// Types that cross in wasm-bindgen's own ABI; `None` for composite types.
    fn direct(&self, ty: &Type, position: Position) -> Result<Option<Lowered>, String> {
        let by_ref = |owned: TokenStream| match position {
            Position::Param => quote!(&#owned),
            Position::Return => owned,
        };
        Ok(Some(match ty {
            Type::Undefined => Lowered::same(quote!(())),
            Type::Primitive(primitive) => primitive_type(*primitive, position),
            Type::DomString | Type::UsvString | Type::ByteString => {
                let mut lowered = Lowered::same(match position {
                    Position::Param => quote!(&str),
                    Position::Return => quote!(::std::string::String),
                });
                if *ty == Type::ByteString && position == Position::Param {
                    lowered.conversion = Conversion::ByteString;
                }
                lowered
            }
            Type::Any => Lowered::same(by_ref(quote!(::idlbind::JsValue))),
            Type::Object => Lowered::same(by_ref(quote!(::idlbind::__private::js_sys::Object))),
            Type::Symbol => Lowered::same(by_ref(quote!(::idlbind::__private::js_sys::Symbol))),
            Type::BigInt => Lowered::same(by_ref(quote!(::idlbind::__private::js_sys::BigInt))),
            Type::Interface(name) => {
                let ident = self.paths.path(name);
                Lowered::same(by_ref(quote!(#ident)))
            }
            Type::Buffer(name) => {
                // Views and `BufferSource` arguments are composite (Rust slices become views);
                // everything else crosses as the js-sys type.
                let exact = matches!(*name, "ArrayBuffer" | "SharedArrayBuffer" | "DataView");
                if position == Position::Param && !exact && *name != "Error" {
                    return Ok(None);
                }
                Lowered::same(by_ref(buffer_type(name).0))
            }
            Type::Nullable(inner) => {
                let Some(inner) = self.direct(inner, position)? else {
                    return Ok(None);
                };
                let (public, import) = (inner.public, inner.import);
                match position {
                    Position::Param => Lowered {
                        public: quote!(::std::option::Option<#public>),
                        import: quote!(::idlbind::__private::wasm_bindgen::Nullable<#import>),
                        conversion: Conversion::Null(Box::new(inner.conversion)),
                    },
                    Position::Return => Lowered {
                        public: quote!(::std::option::Option<#public>),
                        import: quote!(::std::option::Option<#import>),
                        conversion: match inner.conversion {
                            Conversion::None => Conversion::None,
                            other => Conversion::Nullable(Box::new(other)),
                        },
                    },
                }
            }
            // A callback result is the JavaScript function (or, for a callback interface, the
            // object) that JavaScript holds. Callback arguments of operations are planned in
            // `callbacks.rs`; others take the callback's value type (a composite).
            Type::Callback(name) if position == Position::Return => {
                Lowered::same(self.callback_value(name))
            }
            Type::Named(name) => return Err(format!("unresolved name `{}`", name.idl)),
            _ => return Ok(None),
        }))
    }

    /// The owned Rust type of a value of `ty`: results, dictionary fields, union variants.
    pub fn owned(&self, ty: &Type) -> Result<TokenStream, String> {
        Ok(match ty {
            Type::Undefined => quote!(()),
            Type::Primitive(p) => primitive_rust(*p),
            Type::DomString | Type::UsvString | Type::ByteString => quote!(::std::string::String),
            // `Reported` is `Any` by the time types are lowered (see `check`).
            Type::Any | Type::Reported(_) => quote!(::idlbind::JsValue),
            Type::Object => quote!(::idlbind::__private::js_sys::Object),
            Type::Symbol => quote!(::idlbind::__private::js_sys::Symbol),
            Type::BigInt => quote!(::idlbind::__private::js_sys::BigInt),
            Type::Buffer(name) => buffer_type(name).0,
            Type::Interface(name) | Type::Dictionary(name) | Type::Enum(name) => {
                let ident = self.paths.path(name);
                quote!(#ident)
            }
            Type::Union(members, typedef) => {
                let (_, nullable) = flatten_union(members);
                let ident = union_rust_name(members, typedef.as_ref(), self.paths);
                match nullable {
                    true => quote!(::std::option::Option<#ident>),
                    false => quote!(#ident),
                }
            }
            Type::Nullable(inner) => {
                let inner = self.owned(inner)?;
                quote!(::std::option::Option<#inner>)
            }
            Type::Sequence(inner) | Type::FrozenArray(inner) => {
                let inner = self.owned(inner)?;
                quote!(::std::vec::Vec<#inner>)
            }
            Type::ObservableArray(inner) => {
                let inner = self.owned(inner)?;
                quote!(::idlbind::ObservableArray<#inner>)
            }
            Type::Record(_, value) => {
                let value = self.owned(value)?;
                quote!(::std::vec::Vec<(::std::string::String, #value)>)
            }
            Type::Promise(inner) => {
                let inner = self.owned(inner)?;
                quote!(::idlbind::Promise<#inner>)
            }
            // The callback's value type: a Rust closure or a JavaScript function.
            Type::Callback(name) => {
                let ident = self.paths.path(name);
                quote!(#ident)
            }
            Type::Named(name) => return Err(format!("unresolved name `{}`", name.idl)),
        })
    }

    /// The Rust type of a callback value that JavaScript gives back: `js_sys::Function`, or
    /// `js_sys::Object` for a callback interface (an object with the operation, or a function).
    pub fn callback_value(&self, name: &Name) -> TokenStream {
        match self.paths.is_callback_interface(name) {
            true => quote!(::idlbind::__private::js_sys::Object),
            false => quote!(::idlbind::__private::js_sys::Function),
        }
    }

    /// An argument that holds callbacks (see [`Paths::holds_callback`]), as `lower` (or, when
    /// `optional`, `lower_optional`; when `variadic`, `variadic`) lowers it, except that its
    /// conversion makes the callbacks in `__scope`, a `&mut CallbackScope` the caller binds.
    pub fn scoped_argument(
        &self,
        ty: &Type,
        optional: bool,
        variadic: bool,
    ) -> Result<Lowered, String> {
        if variadic {
            return self.variadic_in(ty, true);
        }
        if optional {
            let (public, expr, late) = self.narrow(ty, true)?;
            return Ok(Lowered::to_js(public, expr, late));
        }
        self.param(ty, true)
    }

    /// A composite argument: the widest public type that still says what the IDL says.
    /// `scoped`: callbacks are made in `__scope` (see [`scoped_argument`](Self::scoped_argument)).
    fn param(&self, ty: &Type, scoped: bool) -> Result<Lowered, String> {
        let to_js = |value: TokenStream| to_js_of(value, scoped);
        Ok(match ty {
            Type::Dictionary(name) => {
                let path = self.paths.path(name);
                Lowered::to_js(quote!(&#path), to_js(quote!(__value)), false)
            }
            // `UnionArgument`, which passes a string member borrowed; a union holding
            // callbacks takes what converts `Into` it (its `From` is a blanket impl).
            Type::Union(members, typedef) if !flatten_union(members).1 => {
                let union = union_rust_name(members, typedef.as_ref(), self.paths);
                match self.paths.holds_callback(ty) {
                    true => Lowered::to_js(
                        quote!(impl ::std::convert::Into<#union>),
                        to_js(quote!(&::std::convert::Into::<#union>::into(__value))),
                        false,
                    ),
                    false => Lowered::to_js(
                        quote!(impl ::idlbind::UnionArgument<#union>),
                        to_js(quote!(&::idlbind::UnionArgument::<#union>::into_union(__value))),
                        false,
                    ),
                }
            }
            // A callback outside the operations that plan callbacks (`callbacks.rs`): its value
            // type, which closures convert into.
            Type::Callback(name) => {
                let ident = self.paths.path(name);
                Lowered::to_js(
                    quote!(impl ::std::convert::Into<#ident>),
                    to_js(quote!(&::std::convert::Into::<#ident>::into(__value))),
                    false,
                )
            }
            Type::Sequence(inner) | Type::FrozenArray(inner) | Type::ObservableArray(inner) => {
                let (item, item_to_js) = self.item(inner, scoped)?;
                let (item, mapper) = (Moved::new(item), Moved::new(item_to_js.mapper()));
                Lowered::to_js(
                    quote!(impl ::std::iter::IntoIterator<Item = #item>),
                    quote!(::idlbind::__private::sequence_map(__value, #mapper)),
                    false,
                )
            }
            Type::Record(_, value) => {
                let (item, item_to_js) = self.item(value, scoped)?;
                let (item, mapper) = (Moved::new(item), Moved::new(item_to_js.mapper()));
                Lowered::to_js(
                    quote! {
                        impl ::std::iter::IntoIterator<
                            Item = (impl ::std::convert::AsRef<str>, #item),
                        >
                    },
                    quote!(::idlbind::__private::record_map(__value, #mapper)),
                    false,
                )
            }
            Type::Promise(inner) => {
                let promise = self.owned(&Type::Promise(inner.clone()))?;
                Lowered::to_js(
                    quote!(impl ::std::convert::Into<#promise>),
                    to_js_of(
                        quote!(&::std::convert::Into::<#promise>::into(__value)),
                        false,
                    ),
                    false,
                )
            }
            Type::Buffer(name) => {
                let public = match buffer_type(name).1 {
                    Some(element) if *name != "Uint8ClampedArray" => {
                        quote!(impl ::idlbind::TypedArraySource<#element>)
                    }
                    _ => quote!(impl ::idlbind::BufferSource),
                };
                Lowered::to_js(
                    public,
                    quote!(::idlbind::BufferSource::buffer_view(&__value)),
                    true,
                )
            }
            _ => {
                let (public, expr, late) = self.narrow(ty, scoped)?;
                Lowered::to_js(public, expr, late)
            }
        })
    }

    /// A variadic argument `T... values`: any iterable of what a sequence element of `T`
    /// accepts, collected into the `Vec<JsValue>` the import spreads into arguments.
    pub fn variadic(&self, ty: &Type) -> Result<Lowered, String> {
        self.variadic_in(ty, false)
    }

    fn variadic_in(&self, ty: &Type, scoped: bool) -> Result<Lowered, String> {
        let (item, item_to_js) = self.item(ty, scoped)?;
        let mapper = item_to_js.mapper();
        Ok(Lowered {
            public: quote!(impl ::std::iter::IntoIterator<Item = #item>),
            import: quote!(::std::vec::Vec<::idlbind::JsValue>),
            conversion: Conversion::ToJs {
                expr: quote! {
                    ::std::iter::Iterator::collect::<::std::vec::Vec<_>>(
                        ::std::iter::IntoIterator::into_iter(__value).map(#mapper),
                    )
                },
                late: false,
            },
        })
    }

    /// A concrete public type for an argument (no `impl`), with the expression making its
    /// `JsValue` from `__value`, and whether that is a late view.
    fn narrow(&self, ty: &Type, scoped: bool) -> Result<(TokenStream, TokenStream, bool), String> {
        let to_js = |value: TokenStream| to_js_of(value, scoped);
        let js_null = quote!(::idlbind::JsValue::NULL);
        Ok(match ty {
            Type::Dictionary(name) => {
                let path = self.paths.path(name);
                (quote!(&#path), to_js(quote!(__value)), false)
            }
            Type::Buffer(name) => {
                let element = buffer_type(name).1.unwrap_or(quote!(u8));
                let view = quote!(::idlbind::BufferSource::buffer_view(&__value));
                (quote!(&[#element]), view, true)
            }
            Type::Nullable(inner) => {
                let (public, expr, late) = match self.direct(inner, Position::Param)? {
                    Some(direct) => {
                        let converted = direct.conversion.apply(
                            quote!(__value),
                            Position::Param,
                            "nullable argument",
                        );
                        (direct.public, to_js_of(quote!(&#converted), false), false)
                    }
                    None => self.narrow(inner, scoped)?,
                };
                (
                    quote!(::std::option::Option<#public>),
                    quote!(match __value {
                        ::std::option::Option::Some(__value) => #expr,
                        ::std::option::Option::None => #js_null,
                    }),
                    late,
                )
            }
            other => (self.owned(other)?, to_js(quote!(&__value)), false),
        })
    }

    /// An element of a sequence or a record value: its `Item` bound, and how it becomes a
    /// `JsValue`.
    fn item(&self, ty: &Type, scoped: bool) -> Result<(TokenStream, Item), String> {
        let to_js = |value: TokenStream| Item::Expr(to_js_of(value, scoped));
        let borrow = |owned: TokenStream| {
            let to_js = match scoped {
                true => to_js(quote!(::std::borrow::Borrow::<#owned>::borrow(&__value))),
                false => Item::Function(quote!(::idlbind::__private::borrowed_to_js::<#owned, _>)),
            };
            let owned = Moved::new(owned);
            (quote!(impl ::std::borrow::Borrow<#owned>), to_js)
        };
        let as_ref = |owned: TokenStream| {
            (
                quote!(impl ::std::convert::AsRef<#owned>),
                Item::Function(quote!(::idlbind::__private::referenced_to_js::<#owned, _>)),
            )
        };
        Ok(match ty {
            Type::ByteString => (
                quote!(impl ::std::convert::AsRef<str>),
                Item::Expr(quote! {
                    ::idlbind::JsValue::from_str(::idlbind::__private::byte_string(
                        ::std::convert::AsRef::<str>::as_ref(&__value),
                        __member,
                    ))
                }),
            ),
            Type::Primitive(primitive @ (Primitive::Float | Primitive::Double)) => {
                let (rust, check) = match primitive {
                    Primitive::Float => (quote!(f32), quote!(finite_f32)),
                    _ => (quote!(f64), quote!(finite_f64)),
                };
                let value = quote! {
                    &::idlbind::__private::#check(*::std::borrow::Borrow::<#rust>::borrow(&__value), __member)
                };
                (
                    quote!(impl ::std::borrow::Borrow<#rust>),
                    Item::Expr(to_js_of(value, false)),
                )
            }
            Type::DomString | Type::UsvString => (
                quote!(impl ::std::convert::AsRef<str>),
                Item::Function(quote!(::idlbind::__private::str_to_js)),
            ),
            Type::Primitive(_)
            | Type::Dictionary(_)
            | Type::Enum(_)
            | Type::Any
            | Type::Callback(_) => borrow(self.owned(ty)?),
            Type::Interface(_) | Type::Object | Type::Symbol | Type::BigInt | Type::Buffer(_) => {
                as_ref(self.owned(ty)?)
            }
            Type::Union(members, typedef) if !flatten_union(members).1 => {
                let union = union_rust_name(members, typedef.as_ref(), self.paths);
                (
                    quote!(impl ::std::convert::Into<#union>),
                    to_js(quote!(&::std::convert::Into::<#union>::into(__value))),
                )
            }
            Type::Sequence(_) | Type::FrozenArray(_) | Type::Record(..) | Type::Promise(_) => {
                let lowered = self.param(ty, scoped)?;
                let Conversion::ToJs { expr, .. } = lowered.conversion else {
                    unreachable!("composite types convert through ToJs");
                };
                (lowered.public, Item::Expr(expr))
            }
            other => (self.owned(other)?, to_js(quote!(&__value))),
        })
    }
}

/// `ToJs::to_js(value)`, or, when `scoped`, `ToJs::to_js_in(value, __scope)`: the callbacks
/// the value holds are made in the caller's scope.
fn to_js_of(value: TokenStream, scoped: bool) -> TokenStream {
    match scoped {
        true => quote!(::idlbind::ToJs::to_js_in(#value, __scope)),
        false => quote!(::idlbind::ToJs::to_js(#value)),
    }
}

pub fn primitive_rust(primitive: Primitive) -> TokenStream {
    match primitive {
        Primitive::Boolean => quote!(bool),
        Primitive::Byte => quote!(i8),
        Primitive::Octet => quote!(u8),
        Primitive::Short => quote!(i16),
        Primitive::UnsignedShort => quote!(u16),
        Primitive::Long => quote!(i32),
        Primitive::UnsignedLong => quote!(u32),
        Primitive::LongLong => quote!(i64),
        Primitive::UnsignedLongLong => quote!(u64),
        Primitive::Float | Primitive::UnrestrictedFloat => quote!(f32),
        Primitive::Double | Primitive::UnrestrictedDouble => quote!(f64),
    }
}

fn primitive_type(primitive: Primitive, position: Position) -> Lowered {
    let rust = primitive_rust(primitive);
    match primitive {
        Primitive::LongLong | Primitive::UnsignedLongLong => Lowered {
            public: rust.clone(),
            import: quote!(f64),
            conversion: Conversion::Number(rust),
        },
        Primitive::Float | Primitive::Double if position == Position::Param => {
            let check = match primitive {
                Primitive::Float => "finite_f32",
                _ => "finite_f64",
            };
            Lowered {
                public: rust.clone(),
                import: rust,
                conversion: Conversion::Finite(Ident::new(check, Span::call_site())),
            }
        }
        _ => Lowered::same(rust),
    }
}
