//! Web IDL types → Rust types: what the user's signature shows, what the wasm-bindgen import
//! takes or returns, and the conversion between the two (the types table of the binding rules).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Primitive, Type};

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

    /// The expression converting `value` for the import (`Param`) or from it (`Return`).
    /// `value` is a path, a call or a method call: it needs no parentheses before `as`/`.`.
    pub fn apply(&self, value: TokenStream, position: Position, member: &str) -> TokenStream {
        let private = private();
        match (self, position) {
            (Conversion::None, _) => value,
            (Conversion::Number(_), Position::Param) => quote!(#value as f64),
            (Conversion::Number(rust), Position::Return) => quote!(#value as #rust),
            (Conversion::Finite(check), Position::Param) => {
                quote!(#private::#check(#value, #member))
            }
            (Conversion::ByteString, Position::Param) => {
                quote!(#private::byte_string(#value, #member))
            }
            (Conversion::Finite(_) | Conversion::ByteString, Position::Return) => value,
            (Conversion::Nullable(inner), _) if inner.is_identity(position) => value,
            (Conversion::Nullable(inner), _) => {
                let converted = inner.apply(quote!(value), position, member);
                quote!(#value.map(|value| #converted))
            }
            (Conversion::Null(inner), Position::Param) => {
                let converted = Conversion::Nullable(inner.clone()).apply(value, position, member);
                quote!(#private::wasm_bindgen::Nullable::from(#converted))
            }
            (Conversion::Null(inner), Position::Return) => {
                Conversion::Nullable(inner.clone()).apply(value, position, member)
            }
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
}

/// The runtime's hidden module, through which generated code reaches its dependencies.
pub fn private() -> TokenStream {
    quote!(::idlbind::__private)
}

/// Lowers `ty`; `Err` names what this version cannot bind yet. `interface` turns an interface
/// name into the Rust type to use.
pub fn lower(
    ty: &Type,
    position: Position,
    interface: &dyn Fn(&crate::model::Name) -> (String, Span),
) -> Result<Lowered, String> {
    let private = private();
    let by_ref = |owned: TokenStream| match position {
        Position::Param => quote!(&#owned),
        Position::Return => owned,
    };
    Ok(match ty {
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
        Type::Any => Lowered::same(by_ref(quote!(#private::wasm_bindgen::JsValue))),
        Type::Object => Lowered::same(by_ref(quote!(#private::js_sys::Object))),
        Type::Symbol => Lowered::same(by_ref(quote!(#private::js_sys::Symbol))),
        Type::Interface(name) => {
            let (rust, span) = interface(name);
            let ident = super::names::ident(&rust, span);
            Lowered::same(by_ref(quote!(#ident)))
        }
        Type::Nullable(inner) => {
            let inner = lower(inner, position, interface)?;
            let (public, import) = (inner.public, inner.import);
            match position {
                Position::Param => Lowered {
                    public: quote!(::std::option::Option<#public>),
                    import: quote!(#private::wasm_bindgen::Nullable<#import>),
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
        Type::BigInt => return Err("`bigint`".into()),
        Type::Buffer(name) => return Err(format!("`{name}`")),
        Type::Sequence(_) => return Err("`sequence<..>`".into()),
        Type::FrozenArray(_) => return Err("`FrozenArray<..>`".into()),
        Type::ObservableArray(_) => return Err("`ObservableArray<..>`".into()),
        Type::Record(..) => return Err("`record<..>`".into()),
        Type::Promise(_) => return Err("`Promise<..>`".into()),
        Type::Union(_) => return Err("union".into()),
        Type::Unsupported(name, kind) => return Err(format!("{kind} (`{}`)", name.idl)),
        Type::Named(name) => return Err(format!("unresolved name `{}`", name.idl)),
    })
}

fn primitive_type(primitive: Primitive, position: Position) -> Lowered {
    let plain = |ty: TokenStream| Lowered::same(ty);
    match primitive {
        Primitive::Boolean => plain(quote!(bool)),
        Primitive::Byte => plain(quote!(i8)),
        Primitive::Octet => plain(quote!(u8)),
        Primitive::Short => plain(quote!(i16)),
        Primitive::UnsignedShort => plain(quote!(u16)),
        Primitive::Long => plain(quote!(i32)),
        Primitive::UnsignedLong => plain(quote!(u32)),
        Primitive::LongLong | Primitive::UnsignedLongLong => {
            let rust = match primitive {
                Primitive::LongLong => quote!(i64),
                _ => quote!(u64),
            };
            Lowered {
                public: rust.clone(),
                import: quote!(f64),
                conversion: Conversion::Number(rust),
            }
        }
        Primitive::UnrestrictedFloat => plain(quote!(f32)),
        Primitive::UnrestrictedDouble => plain(quote!(f64)),
        Primitive::Float | Primitive::Double => {
            let (rust, check) = match primitive {
                Primitive::Float => (quote!(f32), "finite_f32"),
                _ => (quote!(f64), "finite_f64"),
            };
            let conversion = match position {
                Position::Param => Conversion::Finite(Ident::new(check, Span::call_site())),
                Position::Return => Conversion::None,
            };
            Lowered {
                public: rust.clone(),
                import: rust,
                conversion,
            }
        }
    }
}
