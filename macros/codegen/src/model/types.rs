//! Web IDL types as the model holds them.

use super::Name;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Primitive {
    Boolean,
    Byte,
    Octet,
    Short,
    UnsignedShort,
    Long,
    UnsignedLong,
    LongLong,
    UnsignedLongLong,
    Float,
    UnrestrictedFloat,
    Double,
    UnrestrictedDouble,
}

impl Primitive {
    pub fn idl(self) -> &'static str {
        match self {
            Primitive::Boolean => "boolean",
            Primitive::Byte => "byte",
            Primitive::Octet => "octet",
            Primitive::Short => "short",
            Primitive::UnsignedShort => "unsigned short",
            Primitive::Long => "long",
            Primitive::UnsignedLong => "unsigned long",
            Primitive::LongLong => "long long",
            Primitive::UnsignedLongLong => "unsigned long long",
            Primitive::Float => "float",
            Primitive::UnrestrictedFloat => "unrestricted float",
            Primitive::Double => "double",
            Primitive::UnrestrictedDouble => "unrestricted double",
        }
    }

    pub fn is_integer(self) -> bool {
        !matches!(
            self,
            Primitive::Boolean
                | Primitive::Float
                | Primitive::UnrestrictedFloat
                | Primitive::Double
                | Primitive::UnrestrictedDouble
        )
    }

    /// The inclusive range of an integer type.
    pub fn integer_range(self) -> Option<(i128, i128)> {
        Some(match self {
            Primitive::Byte => (i8::MIN.into(), i8::MAX.into()),
            Primitive::Octet => (0, u8::MAX.into()),
            Primitive::Short => (i16::MIN.into(), i16::MAX.into()),
            Primitive::UnsignedShort => (0, u16::MAX.into()),
            Primitive::Long => (i32::MIN.into(), i32::MAX.into()),
            Primitive::UnsignedLong => (0, u32::MAX.into()),
            Primitive::LongLong => (i64::MIN.into(), i64::MAX.into()),
            Primitive::UnsignedLongLong => (0, u64::MAX.into()),
            _ => return None,
        })
    }
}

/// `walk` and `walk_mut`: one walk, over shared or over mutable references.
macro_rules! walker {
    ($(#[$doc:meta])* $name:ident, $($mut:ident)?) => {
        $(#[$doc])*
        pub fn $name(&$($mut)? self, f: &mut impl FnMut(&$($mut)? Type)) {
            match self {
                Type::Nullable(inner)
                | Type::Sequence(inner)
                | Type::FrozenArray(inner)
                | Type::ObservableArray(inner)
                | Type::Promise(inner) => inner.$name(f),
                Type::Record(key, value) => {
                    key.$name(f);
                    value.$name(f);
                }
                Type::Union(members, _) => {
                    for member in members {
                        member.$name(f);
                    }
                }
                _ => {}
            }
            f(self);
        }
    };
}

#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    Undefined,
    Any,
    Primitive(Primitive),
    BigInt,
    DomString,
    UsvString,
    ByteString,
    Object,
    Symbol,
    /// `ArrayBuffer`, `DataView`, the typed arrays, `BufferSource`, ...
    Buffer(&'static str),
    /// A name not yet classified: the resolve step turns it into one of the kinds below.
    Named(Name),
    /// An interface: of this block, of referred IDL, or a Rust type in scope.
    Interface(Name),
    /// A dictionary of this block or of referred IDL.
    Dictionary(Name),
    /// An enum of this block or of referred IDL.
    Enum(Name),
    /// A callback function or callback interface of this block or of referred IDL.
    Callback(Name),
    Nullable(Box<Type>),
    Sequence(Box<Type>),
    FrozenArray(Box<Type>),
    ObservableArray(Box<Type>),
    Record(Box<Type>, Box<Type>),
    Promise(Box<Type>),
    /// A union, with the typedef that names it, if any.
    Union(Vec<Type>, Option<Name>),
    /// A name already reported as no usable type (a mixin, a namespace, a typedef of itself or
    /// too deep): bound as `any`, and never the cause of a second error (`M?` is not `any?`,
    /// `(M or long)` not `(any or long)`).
    Reported(Name),
}

impl Type {
    /// The type as Web IDL writes it, for messages.
    pub fn idl(&self) -> String {
        match self {
            Type::Undefined => "undefined".into(),
            Type::Any => "any".into(),
            Type::Primitive(p) => p.idl().into(),
            Type::BigInt => "bigint".into(),
            Type::DomString => "DOMString".into(),
            Type::UsvString => "USVString".into(),
            Type::ByteString => "ByteString".into(),
            Type::Object => "object".into(),
            Type::Symbol => "symbol".into(),
            Type::Buffer(name) => (*name).into(),
            Type::Named(name)
            | Type::Interface(name)
            | Type::Dictionary(name)
            | Type::Enum(name)
            | Type::Callback(name)
            | Type::Reported(name) => name.idl.clone(),
            Type::Nullable(inner) => format!("{}?", inner.idl()),
            Type::Sequence(inner) => format!("sequence<{}>", inner.idl()),
            Type::FrozenArray(inner) => format!("FrozenArray<{}>", inner.idl()),
            Type::ObservableArray(inner) => format!("ObservableArray<{}>", inner.idl()),
            Type::Record(key, value) => format!("record<{}, {}>", key.idl(), value.idl()),
            Type::Promise(inner) => format!("Promise<{}>", inner.idl()),
            Type::Union(members, _) => {
                let members: Vec<_> = members.iter().map(Type::idl).collect();
                format!("({})", members.join(" or "))
            }
        }
    }

    /// Web IDL's own name of the type (§ "type name"): `(Node or DOMString)` is
    /// `NodeOrDOMString`, `sequence<long>` is `LongSequence`.
    pub fn type_name(&self) -> String {
        match self {
            Type::Undefined => "Undefined".into(),
            Type::Any | Type::Reported(_) => "Any".into(),
            Type::Primitive(p) => heck::AsUpperCamelCase(p.idl()).to_string(),
            Type::BigInt => "BigInt".into(),
            Type::DomString => "DOMString".into(),
            Type::UsvString => "USVString".into(),
            Type::ByteString => "ByteString".into(),
            Type::Object => "Object".into(),
            Type::Symbol => "Symbol".into(),
            Type::Buffer(name) => (*name).into(),
            Type::Named(name)
            | Type::Interface(name)
            | Type::Dictionary(name)
            | Type::Enum(name)
            | Type::Callback(name) => name.idl.clone(),
            Type::Nullable(inner) => format!("{}OrNull", inner.type_name()),
            Type::Sequence(inner) => format!("{}Sequence", inner.type_name()),
            Type::FrozenArray(inner) => format!("{}Array", inner.type_name()),
            Type::ObservableArray(inner) => format!("{}ObservableArray", inner.type_name()),
            Type::Record(key, value) => format!("{}{}Record", key.type_name(), value.type_name()),
            Type::Promise(inner) => format!("{}Promise", inner.type_name()),
            Type::Union(_, Some(name)) => name.idl.clone(),
            Type::Union(members, None) => {
                let names: Vec<String> = members.iter().map(Type::type_name).collect();
                names.join("Or")
            }
        }
    }

    walker!(
        /// Applies `f` to every type nested in this one, this one last.
        walk_mut, mut
    );
    walker!(
        /// Calls `f` with every type this one is made of, nested ones first, then itself.
        walk,
    );

    /// How deeply the type nests (a plain type is 1) and how many types it is made of.
    pub fn measure(&self) -> (usize, usize) {
        let (mut depth, mut size) = (0, 0);
        let mut each = |t: &Type| {
            let (d, s) = t.measure();
            depth = depth.max(d);
            size += s;
        };
        match self {
            Type::Nullable(inner)
            | Type::Sequence(inner)
            | Type::FrozenArray(inner)
            | Type::ObservableArray(inner)
            | Type::Promise(inner) => each(inner),
            Type::Record(key, value) => {
                each(key);
                each(value);
            }
            Type::Union(members, _) => members.iter().for_each(each),
            _ => {}
        }
        (depth + 1, size + 1)
    }

    /// Whether the type is, or holds, a name already reported as no type.
    pub fn holds_reported(&self) -> bool {
        match self {
            Type::Reported(_) => true,
            Type::Nullable(inner)
            | Type::Sequence(inner)
            | Type::FrozenArray(inner)
            | Type::ObservableArray(inner)
            | Type::Promise(inner) => inner.holds_reported(),
            Type::Record(key, value) => key.holds_reported() || value.holds_reported(),
            Type::Union(members, _) => members.iter().any(Type::holds_reported),
            _ => false,
        }
    }

    /// Whether JavaScript `null` is one of the type's values.
    pub fn includes_null(&self) -> bool {
        matches!(self, Type::Nullable(_) | Type::Any)
    }
}
