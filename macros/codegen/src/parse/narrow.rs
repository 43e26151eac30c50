//! When weedle2 rejects a definition it says little about where: its alternatives all fail at
//! the definition's first token. This module walks the definition again piece by piece (header,
//! each member, each argument), giving each piece to weedle2, and reports the first piece that
//! does not parse with what was expected there.

use weedle::argument::Argument;
use weedle::attribute::ExtendedAttribute;
use weedle::dictionary::DictionaryMember;
use weedle::interface::InterfaceMember;
use weedle::literal::{ConstValue, DefaultValue, StringLit};
use weedle::mixin::MixinMember;
use weedle::namespace::NamespaceMember;
use weedle::types::{AttributedType, ConstType, ReturnType};

use super::cursor::{Cursor, Failure};
use crate::adapt::RemovedKind;

/// Which member grammar a definition body uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    Interface,
    Mixin,
    Namespace,
    Dictionary,
}

impl BodyKind {
    /// Parses one member of this kind at the cursor, if one is there.
    pub fn parse_member(self, cursor: &mut Cursor<'_>) -> bool {
        match self {
            BodyKind::Interface => cursor.parse::<InterfaceMember>().is_some(),
            BodyKind::Mixin => cursor.parse::<MixinMember>().is_some(),
            BodyKind::Namespace => cursor.parse::<NamespaceMember>().is_some(),
            BodyKind::Dictionary => cursor.parse::<DictionaryMember>().is_some(),
        }
    }
}

const DEFINITION: &str = "a definition (`interface`, `dictionary`, `enum`, `typedef`, \
                          `callback`, `namespace`, `partial` or an `includes` statement)";

/// Finds where the definition starting at `start` goes wrong.
pub fn diagnose(text: &str, start: usize) -> Failure {
    let mut cursor = Cursor::new(text, start);
    match definition(&mut cursor) {
        Err(failure) => failure,
        // Every piece parsed alone: the fault is in how they fit, say so at the start.
        Ok(()) => {
            let mut failure = Cursor::new(text, start).expected(DEFINITION);
            failure.message = "this definition is not valid Web IDL".into();
            failure
        }
    }
}

/// Finds where a piece that the adaptation took out of the parser's view goes wrong (see
/// [`crate::adapt`]): the `[...]` on a type, or a constant of a namespace. Offsets are in `text`.
pub fn diagnose_removed(text: &str, kind: RemovedKind) -> Failure {
    let mut cursor = Cursor::new(text, 0);
    let walked = match kind {
        RemovedKind::TypeAttributes => extended_attributes(&mut cursor),
        RemovedKind::NamespaceConst => member(&mut cursor, BodyKind::Namespace),
    };
    match walked {
        Err(failure) => failure,
        // Every piece parsed alone: blame the start.
        Ok(()) => {
            let mut failure = Cursor::new(text, 0).expected("a piece of Web IDL");
            failure.message = match kind {
                RemovedKind::TypeAttributes => "this extended attribute list is not valid Web IDL",
                RemovedKind::NamespaceConst => "this constant is not valid Web IDL",
            }
            .into();
            failure
        }
    }
}

fn definition(c: &mut Cursor<'_>) -> Result<(), Failure> {
    extended_attributes(c)?;
    match c.peek_word() {
        Some("partial") => {
            c.eat_word("partial");
            let kind = if c.eat_word("interface") {
                if c.eat_word("mixin") {
                    BodyKind::Mixin
                } else {
                    BodyKind::Interface
                }
            } else if c.eat_word("dictionary") {
                BodyKind::Dictionary
            } else if c.eat_word("namespace") {
                BodyKind::Namespace
            } else {
                return Err(c.expected("`interface`, `dictionary` or `namespace` after `partial`"));
            };
            c.expect_identifier("a name")?;
            body(c, kind)
        }
        Some("interface") => {
            c.eat_word("interface");
            if c.eat_word("mixin") {
                c.expect_identifier("a mixin name")?;
                return body(c, BodyKind::Mixin);
            }
            c.expect_identifier("an interface name")?;
            inheritance(c)?;
            body(c, BodyKind::Interface)
        }
        Some("callback") => {
            c.eat_word("callback");
            if c.eat_word("interface") {
                c.expect_identifier("a callback interface name")?;
                inheritance(c)?;
                return body(c, BodyKind::Interface);
            }
            c.expect_identifier("a callback name")?;
            c.expect_punct("=")?;
            return_type(c, "a return type")?;
            arguments(c)?;
            c.expect_punct(";")
        }
        Some("dictionary") => {
            c.eat_word("dictionary");
            c.expect_identifier("a dictionary name")?;
            inheritance(c)?;
            body(c, BodyKind::Dictionary)
        }
        Some("namespace") => {
            c.eat_word("namespace");
            c.expect_identifier("a namespace name")?;
            body(c, BodyKind::Namespace)
        }
        Some("enum") => {
            c.eat_word("enum");
            c.expect_identifier("an enum name")?;
            enum_values(c)
        }
        Some("typedef") => {
            c.eat_word("typedef");
            attributed_type(c, "a type")?;
            c.expect_identifier("a typedef name")?;
            c.expect_punct(";")
        }
        Some(_) if c.peek_second_word() == Some("includes") => {
            c.expect_identifier("an interface name")?;
            c.eat_word("includes");
            c.expect_identifier("a mixin name")?;
            c.expect_punct(";")
        }
        _ => Err(c.expected(DEFINITION)),
    }
}

fn inheritance(c: &mut Cursor<'_>) -> Result<(), Failure> {
    if c.eat_punct(":") {
        c.expect_identifier("the name of the parent")?;
    }
    Ok(())
}

fn body(c: &mut Cursor<'_>, kind: BodyKind) -> Result<(), Failure> {
    c.expect_punct("{")?;
    loop {
        if c.eat_punct("}") {
            break;
        }
        if c.at_end() {
            return Err(c.expected("`}`"));
        }
        let start = *c;
        if !kind.parse_member(c) {
            let mut member_cursor = start;
            member(&mut member_cursor, kind)?;
            // The member's pieces parse but not the whole: blame the member.
            let mut failure = start.expected("a member");
            failure.message = "this member is not valid Web IDL".into();
            return Err(failure);
        }
    }
    c.expect_punct(";")
}

fn enum_values(c: &mut Cursor<'_>) -> Result<(), Failure> {
    c.expect_punct("{")?;
    loop {
        c.require::<StringLit>("a string")?;
        if c.eat_punct(",") {
            if c.eat_punct("}") {
                break;
            }
            continue;
        }
        if c.eat_punct("}") {
            break;
        }
        return Err(c.expected("`,` or `}`"));
    }
    c.expect_punct(";")
}

fn extended_attributes(c: &mut Cursor<'_>) -> Result<(), Failure> {
    if !c.eat_punct("[") {
        return Ok(());
    }
    loop {
        c.require::<ExtendedAttribute>("an extended attribute")?;
        // weedle2 read the name alone: what follows it did not parse. Walk it to say where.
        if c.rest().starts_with('(') {
            // `Foo(args)`, or the arguments of `Foo=Bar(args)` (weedle2 read `Foo=Bar`).
            arguments(c)?;
        } else if c.eat_punct("=") {
            if !c.eat_punct("(") {
                return Err(c.expected(
                    "a value (an identifier, a string, a number, `*` or a list in parentheses)",
                ));
            }
            identifier_list(c)?;
        }
        if c.eat_punct(",") {
            continue;
        }
        if c.eat_punct("]") {
            return Ok(());
        }
        return Err(c.expected("`,` or `]`"));
    }
}

/// The `a, b)` of `[Foo=(a, b)]`, after the `(`.
fn identifier_list(c: &mut Cursor<'_>) -> Result<(), Failure> {
    loop {
        c.expect_identifier("an identifier")?;
        if c.eat_punct(",") {
            continue;
        }
        if c.eat_punct(")") {
            return Ok(());
        }
        return Err(c.expected("`,` or `)`"));
    }
}

fn member(c: &mut Cursor<'_>, kind: BodyKind) -> Result<(), Failure> {
    extended_attributes(c)?;
    if kind == BodyKind::Dictionary {
        c.eat_word("required");
        attributed_type(c, "a type")?;
        c.expect_identifier("a member name")?;
        default_value(c)?;
        return c.expect_punct(";");
    }
    match c.peek_word() {
        Some("const") => {
            c.eat_word("const");
            c.require::<ConstType>("a constant type (a number type, `boolean` or a typedef)")?;
            c.expect_identifier("a constant name")?;
            c.expect_punct("=")?;
            c.require::<ConstValue>("a constant value")?;
            c.expect_punct(";")
        }
        Some("constructor") => {
            c.eat_word("constructor");
            arguments(c)?;
            c.expect_punct(";")
        }
        Some("iterable" | "maplike" | "setlike" | "async") => declaration(c),
        Some("readonly") if matches!(c.peek_second_word(), Some("maplike" | "setlike")) => {
            declaration(c)
        }
        _ => {
            for modifier in ["static", "stringifier", "inherit"] {
                c.eat_word(modifier);
            }
            let readonly = c.eat_word("readonly");
            if kind == BodyKind::Namespace && !readonly && c.peek_word() == Some("attribute") {
                return Err(c.expected("`readonly` (the attributes of a namespace are read-only)"));
            }
            if c.eat_word("attribute") {
                attributed_type(c, "an attribute type")?;
                c.expect_identifier("an attribute name")?;
                return c.expect_punct(";");
            }
            if readonly {
                return Err(c.expected("`attribute`"));
            }
            const SPECIALS: [&str; 3] = ["getter", "setter", "deleter"];
            if let Some(special) = c.peek_word().filter(|w| SPECIALS.contains(w)) {
                c.eat_word(special);
                if c.peek_word().is_some_and(|w| SPECIALS.contains(&w)) {
                    return Err(c.expected("a return type (an operation has one special keyword)"));
                }
            }
            return_type(
                c,
                "a member (an attribute, operation, constant or constructor)",
            )?;
            if c.peek_word().is_some() {
                c.expect_identifier("an operation name")?;
            }
            arguments(c)?;
            c.expect_punct(";")
        }
    }
}

/// `iterable<..>`, `async iterable<..>(..)`, `maplike<..>`, `setlike<..>`, piece by piece.
fn declaration(c: &mut Cursor<'_>) -> Result<(), Failure> {
    let readonly = c.eat_word("readonly");
    let is_async = !readonly && c.eat_word("async");
    let keywords: &[&str] = match (readonly, is_async) {
        (true, _) => &["maplike", "setlike"],
        (_, true) => &["iterable"],
        _ => &["iterable", "maplike", "setlike"],
    };
    match c.peek_word() {
        Some(word) if keywords.contains(&word) => c.eat_word(word),
        _ => {
            let list: Vec<_> = keywords.iter().map(|k| format!("`{k}`")).collect();
            return Err(c.expected(&list.join(" or ")));
        }
    };
    let keyword = c.text[..c.pos].trim_end();
    let (two, one) = match () {
        _ if keyword.ends_with("maplike") => (true, false),
        _ if keyword.ends_with("setlike") => (false, true),
        _ => (false, false),
    };
    c.expect_punct("<")?;
    attributed_type(c, "a type")?;
    if two {
        c.expect_punct(",")?;
        attributed_type(c, "a second type (a maplike has a key and a value type)")?;
    } else if !one && c.eat_punct(",") {
        attributed_type(c, "a type")?;
    }
    c.expect_punct(">")?;
    if c.rest().starts_with('(') {
        if !is_async {
            return Err(c.expected("`;` (only an `async_iterable` takes arguments)"));
        }
        arguments(c)?;
    }
    c.expect_punct(";")
}

const GENERICS: [&str; 5] = [
    "sequence",
    "FrozenArray",
    "ObservableArray",
    "Promise",
    "record",
];

/// A type, with its extended attributes. weedle2 reads `sequence<>` as a type named `sequence`
/// followed by junk, so generic types are walked piece by piece to find what is wrong inside.
fn attributed_type(c: &mut Cursor<'_>, what: &str) -> Result<(), Failure> {
    let mut inner = *c;
    extended_attributes(&mut inner)?;
    generic_arguments(&inner)?;
    c.require::<AttributedType>(what).map(|_| ())
}

fn return_type(c: &mut Cursor<'_>, what: &str) -> Result<(), Failure> {
    generic_arguments(c)?;
    c.require::<ReturnType>(what).map(|_| ())
}

/// If a generic type starts at the cursor, checks its type arguments.
fn generic_arguments(c: &Cursor<'_>) -> Result<(), Failure> {
    let mut g = *c;
    let Some(keyword) = g.peek_word().filter(|w| GENERICS.contains(w)) else {
        return Ok(());
    };
    g.eat_word(keyword);
    if !g.eat_punct("<") {
        return Ok(());
    }
    match keyword {
        "Promise" => return_type(&mut g, "a type argument")?,
        "record" => {
            if g.rest().starts_with('[') {
                return Err(g.expected("a key type (without extended attributes)"));
            }
            attributed_type(&mut g, "a key type")?;
            g.expect_punct(",")?;
            attributed_type(&mut g, "a value type")?;
        }
        _ => attributed_type(&mut g, "a type argument")?,
    }
    g.expect_punct(">")
}

fn arguments(c: &mut Cursor<'_>) -> Result<(), Failure> {
    c.expect_punct("(")?;
    if c.eat_punct(")") {
        return Ok(());
    }
    loop {
        let start = *c;
        if c.parse::<Argument>().is_none() {
            let mut argument_cursor = start;
            argument(&mut argument_cursor)?;
            let mut failure = start.expected("an argument");
            failure.message = "this argument is not valid Web IDL".into();
            return Err(failure);
        }
        if c.eat_punct(",") {
            continue;
        }
        if c.eat_punct(")") {
            return Ok(());
        }
        return Err(c.expected("`,` or `)`"));
    }
}

fn argument(c: &mut Cursor<'_>) -> Result<(), Failure> {
    extended_attributes(c)?;
    c.eat_word("optional");
    attributed_type(c, "an argument type")?;
    c.eat_punct("...");
    c.expect_identifier("an argument name")?;
    default_value(c)
}

fn default_value(c: &mut Cursor<'_>) -> Result<(), Failure> {
    if c.eat_punct("=") {
        c.require::<DefaultValue>("a default value")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(text: &str) -> (String, String) {
        let failure = diagnose(text, 0);
        (
            text[failure.start..].chars().take(8).collect(),
            failure.message,
        )
    }

    #[test]
    fn missing_semicolon_after_member() {
        let (at, message) = failure("interface A {\n attribute long x\n};");
        assert_eq!(at, "};");
        assert_eq!(message, "expected `;`, found `}`");
    }

    #[test]
    fn bad_argument() {
        let (at, message) = failure("interface A { undefined f(long a, long); };");
        assert!(at.starts_with(")"), "{at}");
        assert_eq!(message, "expected an argument name, found `)`");
    }

    #[test]
    fn unknown_keyword() {
        let (at, message) = failure("interfase A {};");
        assert_eq!(at, "interfas");
        assert!(message.starts_with("expected a definition"), "{message}");
    }

    #[test]
    fn bad_extended_attribute_list() {
        let (at, message) = failure("[Exposed=Window,] interface A {};");
        assert_eq!(at, "] interf");
        assert_eq!(message, "expected an extended attribute, found `]`");
    }

    #[test]
    fn generic_types_are_walked_inside() {
        let (at, message) = failure("typedef sequence<> empty;");
        assert_eq!(at, "> empty;");
        assert_eq!(message, "expected a type argument, found `>`");
        let (at, message) = failure("interface A { undefined f(record<DOMString> r); };");
        assert!(at.starts_with("> r)"), "{at}");
        assert_eq!(message, "expected `,`, found `>`");
    }

    #[test]
    fn declarations_are_walked_piece_by_piece() {
        let (at, message) = failure("interface A { maplike<long>; };");
        assert!(at.starts_with(">;"), "{at}");
        assert_eq!(message, "expected `,`, found `>`");
        let (at, message) = failure("interface A { iterable<long>(); };");
        assert!(at.starts_with("();"), "{at}");
        assert!(
            message.starts_with("expected `;` (only an `async_iterable`"),
            "{message}"
        );
        let (at, _) = failure(
            "interface A {
  async iterable<long>(
};",
        );
        assert!(at.starts_with("};"), "{at}");
    }

    #[test]
    fn extended_attribute_without_a_value() {
        let (at, message) = failure("[Exposed=] interface A {};");
        assert!(at.starts_with("] interf"), "{at}");
        assert!(message.starts_with("expected a value"), "{message}");
    }

    #[test]
    fn extended_attribute_values_are_walked_inside() {
        let (at, message) = failure("[Exposed=(Window,)] interface A {};");
        assert!(at.starts_with(")]"), "{at}");
        assert_eq!(message, "expected an identifier, found `)`");
        let (at, message) = failure("[Exposed=(Window Worker)] interface A {};");
        assert!(at.starts_with("Worker"), "{at}");
        assert_eq!(message, "expected `,` or `)`, found `Worker`");
        let (at, message) = failure("interface A { [Foo(long)] undefined f(); };");
        assert!(at.starts_with(")]"), "{at}");
        assert_eq!(message, "expected an argument name, found `)`");
        let (at, message) = failure("[LegacyFactoryFunction=Image(long w,)] interface A {};");
        assert!(at.starts_with(")]"), "{at}");
        assert_eq!(message, "expected an argument type, found `)`");
    }

    #[test]
    fn non_idl_white_space_is_reported_where_it_stands() {
        let (at, message) = failure("enum E { \"a\"\u{b}, \"b\" };");
        assert!(at.starts_with('\u{b}'), "{at:?}");
        assert_eq!(message, "expected `,` or `}`, found the character U+000B");
        let (at, message) = failure("interface\u{a0}A {};");
        assert!(at.starts_with('\u{a0}'), "{at:?}");
        assert_eq!(
            message,
            "expected an interface name, found the character U+00A0"
        );
    }

    #[test]
    fn pieces_taken_out_by_the_adaptation() {
        let failure = diagnose_removed("[Clamp=]", RemovedKind::TypeAttributes);
        assert_eq!(failure.start, "[Clamp=".len());
        assert!(
            failure.message.starts_with("expected a value"),
            "{}",
            failure.message
        );
        let failure = diagnose_removed("const long X = ;", RemovedKind::NamespaceConst);
        assert_eq!(failure.start, "const long X = ".len());
        assert_eq!(failure.message, "expected a constant value, found `;`");
    }

    #[test]
    fn namespace_attributes_are_read_only() {
        let (_, message) = failure("namespace N { attribute long x; };");
        assert!(message.starts_with("expected `readonly`"), "{message}");
    }

    #[test]
    fn end_of_input_is_blamed_on_the_last_line() {
        let text = "enum X

";
        let failure = diagnose(text, 0);
        assert_eq!(failure.start, "enum X".len());
        assert_eq!(failure.message, "expected `{`, found end of input");
    }

    #[test]
    fn unclosed_body() {
        let (_, message) = failure("interface A { attribute long x;");
        assert_eq!(message, "expected `}`, found end of input");
    }
}
