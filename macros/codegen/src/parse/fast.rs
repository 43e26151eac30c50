//! A faster reading of the commonest definitions (interfaces, dictionaries, typedefs, callback
//! functions), giving exactly the syntax tree weedle2 gives.
//!
//! weedle2 tries the alternatives of each rule in turn, skipping white space and comments
//! again before each token it tries: a type named by an identifier is tried as each of the 28
//! kinds of types before it (`Promise`, `long`, `DOMString`, ...), and a member's extended
//! attributes are read again for each kind of member. Those failed attempts were most of the
//! parse. Here the next word decides which alternative weedle2 would reach first, and only
//! that one is read, in weedle2's own order and with its rules (what a term or an identifier
//! is, where white space and comments are skipped). Anything this does not read (docstrings,
//! comments inside a definition it cannot skip as weedle2 does, members other than constants,
//! attributes, constructors and regular operations) is handed to weedle2's own parser: for a
//! member, that member's; otherwise the whole definition's. [`agrees`] checks the two agree.

use weedle::argument::{Argument, ArgumentList, SingleArgument, VariadicArgument};
use weedle::attribute::ExtendedAttributeList;
use weedle::common::{Default, Generics, Identifier, Parenthesized, Punctuated};
use weedle::dictionary::DictionaryMember;
use weedle::interface::{
    AttributeInterfaceMember, ConstructorInterfaceMember, Inheritance, InterfaceMember,
    OperationInterfaceMember,
};
use weedle::term;
use weedle::types::{
    AttributedNonAnyType, AttributedType, FloatingPointType, FrozenArrayType, IntegerType,
    MayBeNull, NonAnyType, PromiseType, RecordKeyType, RecordType, ReturnType, SequenceType,
    SingleType, Type, UnionMemberType, UnionType,
};
use weedle::{
    CallbackDefinition, Definition, DictionaryDefinition, InterfaceDefinition, Parse,
    TypedefDefinition,
};

/// What is left of the text and what was read; `None` where weedle2's rule fails (or where
/// this hands over to weedle2).
type Read<'a, T> = Option<(&'a str, T)>;

/// A definition of one of the kinds read here, as weedle2's `Definition` parser would read it;
/// `None` for another kind, or wherever weedle2 is to judge.
pub fn definition(input: &str) -> Read<'_, Definition<'_>> {
    let (after_attributes, _) = attributes(input)?;
    match word(sp(after_attributes)) {
        "interface" => interface(input).map(|(rest, d)| (rest, Definition::Interface(d))),
        "dictionary" => dictionary(input).map(|(rest, d)| (rest, Definition::Dictionary(d))),
        "typedef" => typedef(input).map(|(rest, d)| (rest, Definition::Typedef(d))),
        "callback" => callback(input).map(|(rest, d)| (rest, Definition::Callback(d))),
        _ => None,
    }
}

/// Whether this reading and weedle2's agree on the definition at the start of `input`: both
/// fail, or both read the same tree and leave the same text. For tests.
pub fn agrees(input: &str) -> bool {
    let Some((rest, fast)) = definition(input) else {
        return true;
    };
    match Definition::parse(input) {
        Ok((weedle_rest, weedle)) => rest == weedle_rest && fast == weedle,
        Err(_) => false,
    }
}

/// [`agrees`] at the start of every definition of `text` (as the parse stage finds them):
/// the offset of the first where it does not. For tests.
pub fn agrees_throughout(text: &str) -> Result<(), usize> {
    let mut at = 0;
    while at < text.len() {
        at += text[at..].len() - text[at..].trim_start().len();
        if at >= text.len() {
            break;
        }
        if !agrees(&text[at..]) {
            return Err(at);
        }
        at = super::cursor::resync(text, at).max(at + 1);
    }
    Ok(())
}

// --- white space, terms and identifiers, as weedle2 has them ---

/// weedle2's `sp`: white space, `//` comments (not `///`) up to and with their line break,
/// `/* */` comments; an unclosed comment is left as it is.
fn sp(mut input: &str) -> &str {
    loop {
        let trimmed = input.trim_start_matches([' ', '\t', '\r', '\n']);
        if trimmed.len() != input.len() {
            input = trimmed;
            continue;
        }
        if let Some(body) = input.strip_prefix("//")
            && !body.starts_with('/')
            && let Some(end) = body.find(['\n', '\r'])
        {
            input = &body[end + 1..];
            continue;
        }
        if let Some(body) = input.strip_prefix("/*")
            && let Some(end) = body.find("*/")
        {
            input = &body[end + 2..];
            continue;
        }
        return input;
    }
}

/// Characters of a word: nom's ASCII `is_alphanum`, `_` and `-`.
fn is_word_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// The word at the start of `input` (which starts after white space): what a keyword term
/// must equal to match there.
fn word(input: &str) -> &str {
    let end = input
        .bytes()
        .position(|c| !is_word_char(c))
        .unwrap_or(input.len());
    &input[..end]
}

/// A punctuation term (`ws(tag)`).
fn punct<'a>(input: &'a str, punct: &str) -> Option<&'a str> {
    sp(input).strip_prefix(punct).map(sp)
}

/// A keyword term (`ws(ident_tag)`): the word must end after it.
fn keyword<'a>(input: &'a str, keyword: &str) -> Option<&'a str> {
    let input = sp(input);
    (word(input) == keyword).then(|| sp(&input[keyword.len()..]))
}

/// An optional term, as weedle2's `Option<T>` reads it.
fn optional<'a, T>(input: &'a str, found: Option<&'a str>, term: T) -> (&'a str, Option<T>) {
    match found {
        Some(rest) => (rest, Some(term)),
        None => (input, None),
    }
}

/// weedle2's `Identifier`: an optional `_` (dropped), an ASCII letter or digit, then letters,
/// digits, `_` and `-`.
fn identifier(input: &str) -> Read<'_, Identifier<'_>> {
    let input = sp(input);
    let body = input.strip_prefix('_').unwrap_or(input);
    if !body.as_bytes().first()?.is_ascii_alphanumeric() {
        return None;
    }
    let name = word(body);
    Some((sp(&body[name.len()..]), Identifier(name)))
}

/// An optional identifier.
fn optional_identifier(input: &str) -> (&str, Option<Identifier<'_>>) {
    match identifier(input) {
        Some((rest, name)) => (rest, Some(name)),
        None => (input, None),
    }
}

/// `Option<ExtendedAttributeList>`: none without a `[`; a list that does not parse is none,
/// the text left as it is.
fn attributes(input: &str) -> Read<'_, Option<ExtendedAttributeList<'_>>> {
    let Some(after) = punct(input, "[") else {
        return Some((input, None));
    };
    let list = || {
        let (after, body) = separated::<_, term::Comma>(after, ",", false, extended_attribute)?;
        let rest = punct(after, "]")?;
        let list = weedle::common::Bracketed {
            open_bracket: term::OpenBracket,
            body,
            close_bracket: term::CloseBracket,
        };
        Some((rest, Some(list)))
    };
    Some(list().unwrap_or((input, None)))
}

/// weedle2's `ExtendedAttribute`, its alternatives in its order: `A(args)`, `A=B(args)`,
/// `A=(B, C)`, `A=B` or `A="b"`, `A`.
fn extended_attribute(input: &str) -> Read<'_, weedle::attribute::ExtendedAttribute<'_>> {
    use weedle::attribute::{
        ExtendedAttribute, ExtendedAttributeArgList, ExtendedAttributeIdent,
        ExtendedAttributeIdentList, ExtendedAttributeNamedArgList, ExtendedAttributeNoArgs,
        IdentifierOrString,
    };
    let (after_name, name) = identifier(input)?;
    if let Some((rest, args)) = arguments(after_name) {
        let list = ExtendedAttributeArgList {
            identifier: name,
            args,
        };
        return Some((rest, ExtendedAttribute::ArgList(list)));
    }
    if let Some(after_assign) = punct(after_name, "=") {
        if let Some((after_rhs, rhs)) = identifier(after_assign)
            && let Some((rest, args)) = arguments(after_rhs)
        {
            let named = ExtendedAttributeNamedArgList {
                lhs_identifier: name,
                assign: term::Assign,
                rhs_identifier: rhs,
                args,
            };
            return Some((rest, ExtendedAttribute::NamedArgList(named)));
        }
        let identifiers = |input| separated::<_, term::Comma>(input, ",", false, identifier);
        if let Some((rest, list)) = parenthesized(after_assign, identifiers) {
            let list = ExtendedAttributeIdentList {
                identifier: name,
                assign: term::Assign,
                list,
            };
            return Some((rest, ExtendedAttribute::IdentList(list)));
        }
        let rhs = match identifier(after_assign) {
            Some((rest, rhs)) => Some((rest, IdentifierOrString::Identifier(rhs))),
            None => weedle::literal::StringLit::parse(after_assign)
                .ok()
                .map(|(rest, rhs)| (rest, IdentifierOrString::String(rhs))),
        };
        if let Some((rest, rhs)) = rhs {
            let ident = ExtendedAttributeIdent {
                lhs_identifier: name,
                assign: term::Assign,
                rhs,
            };
            return Some((rest, ExtendedAttribute::Ident(ident)));
        }
    }
    Some((
        after_name,
        ExtendedAttribute::NoArgs(ExtendedAttributeNoArgs(name)),
    ))
}

/// `Option<Docstring>`: none (where there is one, weedle2 reads the rest).
fn no_docstring(input: &str) -> Option<()> {
    let trimmed = input.trim_start_matches([' ', '\t', '\r', '\n']);
    (!trimmed.starts_with("///")).then_some(())
}

/// `Option<Default>`: weedle2's own parser where there is a `=`.
fn default(input: &str) -> Read<'_, Option<Default<'_>>> {
    if !sp(input).starts_with('=') {
        return Some((input, None));
    }
    Option::<Default>::parse(input).ok()
}

fn generics<'a, T>(
    input: &'a str,
    body: impl FnOnce(&'a str) -> Read<'a, T>,
) -> Read<'a, Generics<T>> {
    let input = punct(input, "<")?;
    let (input, body) = body(input)?;
    let input = punct(input, ">")?;
    Some((
        input,
        Generics {
            open_angle: term::LessThan,
            body,
            close_angle: term::GreaterThan,
        },
    ))
}

fn parenthesized<'a, T>(
    input: &'a str,
    body: impl FnOnce(&'a str) -> Read<'a, T>,
) -> Read<'a, Parenthesized<T>> {
    let input = punct(input, "(")?;
    let (input, body) = body(input)?;
    let input = punct(input, ")")?;
    Some((
        input,
        Parenthesized {
            open_paren: term::OpenParen,
            body,
            close_paren: term::CloseParen,
        },
    ))
}

/// nom's `separated_list0`: a separator not followed by an item is left unread.
fn separated<'a, T, S: std::default::Default>(
    mut input: &'a str,
    separator: &str,
    is_keyword: bool,
    mut item: impl FnMut(&'a str) -> Read<'a, T>,
) -> Read<'a, Punctuated<T, S>> {
    let mut list = Vec::new();
    if let Some((rest, first)) = item(input) {
        list.push(first);
        input = rest;
        loop {
            let after = match is_keyword {
                true => keyword(input, separator),
                false => punct(input, separator),
            };
            let Some(after) = after else { break };
            let Some((rest, next)) = item(after) else {
                break;
            };
            list.push(next);
            input = rest;
        }
    }
    Some((
        input,
        Punctuated {
            list,
            separator: S::default(),
        },
    ))
}

// --- types ---

fn may_be_null<T>(input: &str, type_: T) -> (&str, MayBeNull<T>) {
    let (input, q_mark) = optional(input, punct(input, "?"), term::QMark);
    (input, MayBeNull { type_, q_mark })
}

/// A term type, `T?` allowed.
fn term_type<'a, T>(input: &'a str, name: &str, term: T) -> Read<'a, MayBeNull<T>> {
    let input = keyword(input, name)?;
    Some(may_be_null(input, term))
}

fn integer(input: &str) -> Read<'_, IntegerType> {
    use weedle::types::{LongLongType, LongType, ShortType};
    let (input, unsigned) = optional(input, keyword(input, "unsigned"), term::Unsigned);
    if let Some(after) = keyword(input, "long") {
        if let Some(after) = keyword(after, "long") {
            let long_long = (term::Long, term::Long);
            return Some((
                after,
                IntegerType::LongLong(LongLongType {
                    unsigned,
                    long_long,
                }),
            ));
        }
        return Some((
            after,
            IntegerType::Long(LongType {
                unsigned,
                long: term::Long,
            }),
        ));
    }
    let after = keyword(input, "short")?;
    Some((
        after,
        IntegerType::Short(ShortType {
            unsigned,
            short: term::Short,
        }),
    ))
}

fn floating_point(input: &str) -> Read<'_, FloatingPointType> {
    use weedle::types::{DoubleType, FloatType};
    let (input, unrestricted) = optional(input, keyword(input, "unrestricted"), term::Unrestricted);
    if let Some(after) = keyword(input, "float") {
        let float = FloatType {
            unrestricted,
            float: term::Float,
        };
        return Some((after, FloatingPointType::Float(float)));
    }
    let after = keyword(input, "double")?;
    let double = DoubleType {
        unrestricted,
        double: term::Double,
    };
    Some((after, FloatingPointType::Double(double)))
}

/// weedle2's `NonAnyType`: its alternatives in its order, each tried only where the word can
/// begin it.
fn non_any(input: &str) -> Read<'_, NonAnyType<'_>> {
    let start = sp(input);
    let first = word(start);
    macro_rules! terms {
        ($($name:literal => $variant:ident($term:expr),)*) => {
            match first {
                $($name => {
                    let (rest, ty) = term_type(input, $name, $term)?;
                    return Some((rest, NonAnyType::$variant(ty)));
                })*
                _ => {}
            }
        };
    }
    if first == "Promise"
        && let Some((rest, promise)) = promise(input)
    {
        return Some((rest, NonAnyType::Promise(promise)));
    }
    if matches!(first, "unsigned" | "long" | "short")
        && let Some((rest, ty)) = integer(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, NonAnyType::Integer(ty)));
    }
    if matches!(first, "unrestricted" | "float" | "double")
        && let Some((rest, ty)) = floating_point(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, NonAnyType::FloatingPoint(ty)));
    }
    terms! {
        "boolean" => Boolean(term::Boolean),
        "byte" => Byte(term::Byte),
        "octet" => Octet(term::Octet),
        "ByteString" => ByteString(term::ByteString),
        "DOMString" => DOMString(term::DOMString),
        "USVString" => USVString(term::USVString),
    }
    if first == "sequence"
        && let Some((rest, ty)) = sequence(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, NonAnyType::Sequence(ty)));
    }
    terms! {
        "object" => Object(term::Object),
        "symbol" => Symbol(term::Symbol),
        "Error" => Error(term::Error),
        "ArrayBuffer" => ArrayBuffer(term::ArrayBuffer),
        "DataView" => DataView(term::DataView),
        "Int8Array" => Int8Array(term::Int8Array),
        "Int16Array" => Int16Array(term::Int16Array),
        "Int32Array" => Int32Array(term::Int32Array),
        "Uint8Array" => Uint8Array(term::Uint8Array),
        "Uint16Array" => Uint16Array(term::Uint16Array),
        "Uint32Array" => Uint32Array(term::Uint32Array),
        "Uint8ClampedArray" => Uint8ClampedArray(term::Uint8ClampedArray),
        "Float32Array" => Float32Array(term::Float32Array),
        "Float64Array" => Float64Array(term::Float64Array),
        "ArrayBufferView" => ArrayBufferView(term::ArrayBufferView),
        "BufferSource" => BufferSource(term::BufferSource),
    }
    if first == "FrozenArray"
        && let Some((rest, ty)) = frozen_array(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, NonAnyType::FrozenArrayType(ty)));
    }
    if first == "record"
        && let Some((rest, ty)) = record(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, NonAnyType::RecordType(ty)));
    }
    let (rest, name) = identifier(input)?;
    let (rest, ty) = may_be_null(rest, name);
    Some((rest, NonAnyType::Identifier(ty)))
}

fn promise(input: &str) -> Read<'_, PromiseType<'_>> {
    let input = keyword(input, "Promise")?;
    let (input, generics) = generics(input, |input| {
        return_type(input).map(|(rest, ty)| (rest, Box::new(ty)))
    })?;
    Some((
        input,
        PromiseType {
            promise: term::Promise,
            generics,
        },
    ))
}

fn sequence(input: &str) -> Read<'_, SequenceType<'_>> {
    let input = keyword(input, "sequence")?;
    let (input, generics) = generics(input, boxed_type)?;
    Some((
        input,
        SequenceType {
            sequence: term::Sequence,
            generics,
        },
    ))
}

fn frozen_array(input: &str) -> Read<'_, FrozenArrayType<'_>> {
    let input = keyword(input, "FrozenArray")?;
    let (input, generics) = generics(input, boxed_type)?;
    Some((
        input,
        FrozenArrayType {
            frozen_array: term::FrozenArray,
            generics,
        },
    ))
}

fn record(input: &str) -> Read<'_, RecordType<'_>> {
    let input = keyword(input, "record")?;
    let (input, generics) = generics(input, |input| {
        let (input, key) = record_key(input)?;
        let input = punct(input, ",")?;
        let (input, value) = boxed_type(input)?;
        Some((input, (Box::new(key), term::Comma, value)))
    })?;
    Some((
        input,
        RecordType {
            record: term::Record,
            generics,
        },
    ))
}

fn record_key(input: &str) -> Read<'_, RecordKeyType<'_>> {
    match word(sp(input)) {
        "ByteString" => Some((
            keyword(input, "ByteString")?,
            RecordKeyType::Byte(term::ByteString),
        )),
        "DOMString" => Some((
            keyword(input, "DOMString")?,
            RecordKeyType::DOM(term::DOMString),
        )),
        "USVString" => Some((
            keyword(input, "USVString")?,
            RecordKeyType::USV(term::USVString),
        )),
        _ => non_any(input).map(|(rest, ty)| (rest, RecordKeyType::NonAny(ty))),
    }
}

fn boxed_type(input: &str) -> Read<'_, Box<Type<'_>>> {
    type_(input).map(|(rest, ty)| (rest, Box::new(ty)))
}

/// weedle2's `Type`: a single type (`any` or a non-any type), else a union.
fn type_(input: &str) -> Read<'_, Type<'_>> {
    if let Some(after) = keyword(input, "any") {
        return Some((after, Type::Single(SingleType::Any(term::Any))));
    }
    if let Some((rest, ty)) = non_any(input) {
        return Some((rest, Type::Single(SingleType::NonAny(ty))));
    }
    let (rest, union) = union(input)?;
    let (rest, union) = may_be_null(rest, union);
    Some((rest, Type::Union(union)))
}

fn union(input: &str) -> Read<'_, UnionType<'_>> {
    parenthesized(input, |input| {
        separated::<_, term::Or>(input, "or", true, union_member)
    })
}

fn union_member(input: &str) -> Read<'_, UnionMemberType<'_>> {
    let (after, attributes) = attributes(input)?;
    if let Some((rest, type_)) = non_any(after) {
        let single = AttributedNonAnyType { attributes, type_ };
        return Some((rest, UnionMemberType::Single(single)));
    }
    let (rest, union) = union(input)?;
    let (rest, union) = may_be_null(rest, union);
    Some((rest, UnionMemberType::Union(union)))
}

fn return_type(input: &str) -> Read<'_, ReturnType<'_>> {
    if let Some(after) = keyword(input, "undefined") {
        return Some((after, ReturnType::Undefined(term::Undefined)));
    }
    type_(input).map(|(rest, ty)| (rest, ReturnType::Type(ty)))
}

fn attributed_type(input: &str) -> Read<'_, AttributedType<'_>> {
    let (input, attributes) = attributes(input)?;
    let (input, type_) = type_(input)?;
    Some((input, AttributedType { attributes, type_ }))
}

// --- arguments ---

fn arguments(input: &str) -> Read<'_, Parenthesized<ArgumentList<'_>>> {
    parenthesized(input, |input| {
        separated::<_, term::Comma>(input, ",", false, argument)
    })
}

/// weedle2's `Argument`: a single argument, else a variadic one.
fn argument(input: &str) -> Read<'_, Argument<'_>> {
    let (after_attributes, attributes) = attributes(input)?;
    if let Some(single) = single_argument(after_attributes, attributes.clone()) {
        return Some(single);
    }
    let (input, type_) = type_(after_attributes)?;
    let input = punct(input, "...")?;
    let (input, identifier) = identifier(input)?;
    let variadic = VariadicArgument {
        attributes,
        type_,
        ellipsis: term::Ellipsis,
        identifier,
    };
    Some((input, Argument::Variadic(variadic)))
}

fn single_argument<'a>(
    input: &'a str,
    attributes: Option<ExtendedAttributeList<'a>>,
) -> Read<'a, Argument<'a>> {
    let (input, optional) = optional(input, keyword(input, "optional"), term::Optional);
    let (input, type_) = attributed_type(input)?;
    let (input, identifier) = identifier(input)?;
    let (input, default) = match optional.is_some() {
        true => default(input)?,
        false => (input, None),
    };
    let single = SingleArgument {
        attributes,
        optional,
        type_,
        identifier,
        default,
    };
    Some((input, Argument::Single(single)))
}

// --- definitions ---

fn inheritance(input: &str) -> (&str, Option<Inheritance<'_>>) {
    let Some(after) = punct(input, ":") else {
        return (input, None);
    };
    match identifier(after) {
        Some((rest, identifier)) => (
            rest,
            Some(Inheritance {
                colon: term::Colon,
                identifier,
            }),
        ),
        None => (input, None),
    }
}

/// A definition's members in braces, each read by `member` (weedle2's `Braced<Vec<M>>`).
fn members<'a, M>(
    input: &'a str,
    member: impl Fn(&'a str) -> Read<'a, M>,
) -> Read<'a, weedle::common::Braced<Vec<M>>> {
    let mut input = punct(input, "{")?;
    let mut body = Vec::new();
    // No member starts with `}`: weedle2 would try each kind there only to fail.
    while !sp(input).starts_with('}')
        && let Some((rest, member)) = member(input)
    {
        body.push(member);
        input = rest;
    }
    let input = punct(input, "}")?;
    let members = weedle::common::Braced {
        open_brace: term::OpenBrace,
        body,
        close_brace: term::CloseBrace,
    };
    Some((input, members))
}

fn interface(input: &str) -> Read<'_, InterfaceDefinition<'_>> {
    no_docstring(input)?;
    let (input, attributes) = attributes(input)?;
    let input = keyword(input, "interface")?;
    let (input, identifier) = identifier(input)?;
    let (input, inheritance) = inheritance(input);
    let (input, members) = members(input, interface_member)?;
    let input = punct(input, ";")?;
    let definition = InterfaceDefinition {
        docstring: None,
        attributes,
        interface: term::Interface,
        identifier,
        inheritance,
        members,
        semi_colon: term::SemiColon,
    };
    Some((input, definition))
}

/// weedle2's `InterfaceMember`: attributes, constructors and regular operations are read
/// here; the others (and anything with a docstring) by weedle2.
fn interface_member(input: &str) -> Read<'_, InterfaceMember<'_>> {
    let weedle = || InterfaceMember::parse(input).ok();
    if no_docstring(input).is_none() {
        return weedle();
    }
    let Some((after, attributes)) = attributes(input) else {
        return weedle();
    };
    let read = match word(sp(after)) {
        "attribute" | "readonly" => attribute(after, attributes),
        "constructor" => constructor(after, attributes),
        "const" => constant(after, attributes),
        "static" | "stringifier" | "inherit" | "getter" | "setter" | "deleter" | "legacycaller"
        | "iterable" | "async" | "maplike" | "setlike" => None,
        _ => operation(after, attributes),
    };
    read.or_else(weedle)
}

fn attribute<'a>(
    input: &'a str,
    attributes: Option<ExtendedAttributeList<'a>>,
) -> Read<'a, InterfaceMember<'a>> {
    let (input, readonly) = optional(input, keyword(input, "readonly"), term::ReadOnly);
    let input = keyword(input, "attribute")?;
    let (input, type_) = attributed_type(input)?;
    let (input, identifier) = identifier(input)?;
    let input = punct(input, ";")?;
    let member = AttributeInterfaceMember {
        attributes,
        modifier: None,
        readonly,
        attribute: term::Attribute,
        type_,
        identifier,
        semi_colon: term::SemiColon,
    };
    Some((input, InterfaceMember::Attribute(member)))
}

fn constant<'a>(
    input: &'a str,
    attributes: Option<ExtendedAttributeList<'a>>,
) -> Read<'a, InterfaceMember<'a>> {
    let input = keyword(input, "const")?;
    let (input, const_type) = const_type(input)?;
    let (input, identifier) = identifier(input)?;
    let input = punct(input, "=")?;
    let (input, const_value) = weedle::literal::ConstValue::parse(input).ok()?;
    let input = punct(input, ";")?;
    let member = weedle::interface::ConstMember {
        attributes,
        const_: term::Const,
        const_type,
        identifier,
        assign: term::Assign,
        const_value,
        semi_colon: term::SemiColon,
    };
    Some((input, InterfaceMember::Const(member)))
}

/// weedle2's `ConstType`, its alternatives in its order.
fn const_type(input: &str) -> Read<'_, weedle::types::ConstType<'_>> {
    use weedle::types::ConstType;
    let first = word(sp(input));
    if matches!(first, "unsigned" | "long" | "short")
        && let Some((rest, ty)) = integer(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, ConstType::Integer(ty)));
    }
    if matches!(first, "unrestricted" | "float" | "double")
        && let Some((rest, ty)) = floating_point(input)
    {
        let (rest, ty) = may_be_null(rest, ty);
        return Some((rest, ConstType::FloatingPoint(ty)));
    }
    match first {
        "boolean" => {
            return term_type(input, "boolean", term::Boolean)
                .map(|(r, t)| (r, ConstType::Boolean(t)));
        }
        "byte" => {
            return term_type(input, "byte", term::Byte).map(|(r, t)| (r, ConstType::Byte(t)));
        }
        "octet" => {
            return term_type(input, "octet", term::Octet).map(|(r, t)| (r, ConstType::Octet(t)));
        }
        _ => {}
    }
    let (rest, name) = identifier(input)?;
    let (rest, ty) = may_be_null(rest, name);
    Some((rest, ConstType::Identifier(ty)))
}

fn constructor<'a>(
    input: &'a str,
    attributes: Option<ExtendedAttributeList<'a>>,
) -> Read<'a, InterfaceMember<'a>> {
    let input = keyword(input, "constructor")?;
    let (input, args) = arguments(input)?;
    let input = punct(input, ";")?;
    let member = ConstructorInterfaceMember {
        docstring: None,
        attributes,
        constructor: term::Constructor,
        args,
        semi_colon: term::SemiColon,
    };
    Some((input, InterfaceMember::Constructor(member)))
}

fn operation<'a>(
    input: &'a str,
    attributes: Option<ExtendedAttributeList<'a>>,
) -> Read<'a, InterfaceMember<'a>> {
    let (input, return_type) = return_type(input)?;
    let (input, identifier) = optional_identifier(input);
    let (input, args) = arguments(input)?;
    let input = punct(input, ";")?;
    let member = OperationInterfaceMember {
        docstring: None,
        attributes,
        modifier: None,
        special: None,
        return_type,
        identifier,
        args,
        semi_colon: term::SemiColon,
    };
    Some((input, InterfaceMember::Operation(member)))
}

fn dictionary(input: &str) -> Read<'_, DictionaryDefinition<'_>> {
    no_docstring(input)?;
    let (input, attributes) = attributes(input)?;
    let input = keyword(input, "dictionary")?;
    let (input, identifier) = identifier(input)?;
    let (input, inheritance) = inheritance(input);
    let (input, members) = members(input, dictionary_member)?;
    let input = punct(input, ";")?;
    let definition = DictionaryDefinition {
        docstring: None,
        attributes,
        dictionary: term::Dictionary,
        identifier,
        inheritance,
        members,
        semi_colon: term::SemiColon,
    };
    Some((input, definition))
}

fn dictionary_member(input: &str) -> Read<'_, DictionaryMember<'_>> {
    let weedle = || DictionaryMember::parse(input).ok();
    if no_docstring(input).is_none() {
        return weedle();
    }
    let read = || {
        let (input, attributes) = attributes(input)?;
        let (input, required) = optional(input, keyword(input, "required"), term::Required);
        let (input, type_) = type_(input)?;
        let (input, identifier) = identifier(input)?;
        let (input, default) = default(input)?;
        let input = punct(input, ";")?;
        let member = DictionaryMember {
            docstring: None,
            attributes,
            required,
            type_,
            identifier,
            default,
            semi_colon: term::SemiColon,
        };
        Some((input, member))
    };
    read().or_else(weedle)
}

fn typedef(input: &str) -> Read<'_, TypedefDefinition<'_>> {
    let (input, attributes) = attributes(input)?;
    let input = keyword(input, "typedef")?;
    let (input, type_) = attributed_type(input)?;
    let (input, identifier) = identifier(input)?;
    let input = punct(input, ";")?;
    let definition = TypedefDefinition {
        attributes,
        typedef: term::Typedef,
        type_,
        identifier,
        semi_colon: term::SemiColon,
    };
    Some((input, definition))
}

fn callback(input: &str) -> Read<'_, CallbackDefinition<'_>> {
    let (input, attributes) = attributes(input)?;
    let input = keyword(input, "callback")?;
    let (input, identifier) = identifier(input)?;
    let input = punct(input, "=")?;
    let (input, return_type) = return_type(input)?;
    let (input, arguments) = arguments(input)?;
    let input = punct(input, ";")?;
    let definition = CallbackDefinition {
        attributes,
        callback: term::Callback,
        identifier,
        assign: term::Assign,
        return_type,
        arguments,
        semi_colon: term::SemiColon,
    };
    Some((input, definition))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_weedle() {
        for text in [
            "interface A { attribute long x; readonly attribute DOMString? y; };",
            "[Exposed=Window] interface B : A { constructor(); constructor(long a, optional \
             DOMString b = \"x\", long... c); undefined f(sequence<long> s, record<DOMString, \
             any> r); Promise<undefined> g(); (long or [Clamp] short or (DOMString or \
             object)?)? h(unsigned long long a, unrestricted double b, FrozenArray<Node> c); \
             getter any (DOMString name); static long s(); const long K = 1; stringifier; \
             iterable<long>; long (); };",
            "interface C { long long(); unsigned x(); Promise? p(); sequence? q(); _a b(); };",
            "dictionary D : E { required long a; DOMString b = \"x\"; sequence<I> c = []; \
             [EnforceRange] long d; };",
            "typedef (I or D) U;",
            "typedef [Clamp] long L;",
            "callback C = undefined (U u, optional long n = 1);",
            "callback interface X { undefined f(); };",
            "interface /* a */ A /* b */ { // c\n attribute long x; };",
            "interface A { attribute long x }",
            "interface A { attribute long x; ",
            "dictionary D { long a = -1; double b = Infinity; };",
            "interface A { record<DOMString?, any> r(); record<long, any> s(); };",
            "interface A { __a b(); -a c(); };",
            "[A, B=C, D=(E, F), G=H(long i), I(DOMString s), J=\"k\", L=(), M=N(, O] \
             interface A { [P] attribute [Q=R] long x; };",
            "[Exposed=(Window,Worker), LegacyFactoryFunction=Image(optional unsigned long w), \
             SecureContext] interface A { };",
            "[A=] interface B {};",
            "[A=(B,)] interface B {};",
            "[A,] interface B {};",
            "interface A { const unsigned long long A = 1; const double? B = -Infinity; const \
             X C = 0x1F; const boolean D = true; const octet E = null; const long F; };",
        ] {
            assert!(agrees(text), "{text}");
        }
        // The common forms are read here, not handed to weedle2.
        for text in [
            "[Exposed=Window] interface I1 : I0 { constructor(DOMString s, optional long n = \
             0); attribute DOMString name1; [Throws] sequence<(long or DOMString)> \
             get1(record<DOMString, any> r); };",
            "dictionary D1 { required long a; DOMString b = \"x\"; sequence<I1> c; };",
            "typedef (I1 or D1) U1;",
            "callback C1 = undefined (U1 u);",
        ] {
            assert!(
                definition(text).is_some_and(|(rest, _)| rest.is_empty()),
                "{text}"
            );
            assert!(agrees(text), "{text}");
        }
    }
}
