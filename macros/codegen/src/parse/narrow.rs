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
            c.require::<ReturnType>("a return type")?;
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
            c.require::<AttributedType>("a type")?;
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
        if c.eat_punct(",") {
            continue;
        }
        if c.eat_punct("]") {
            return Ok(());
        }
        return Err(c.expected("`,` or `]`"));
    }
}

fn member(c: &mut Cursor<'_>, kind: BodyKind) -> Result<(), Failure> {
    extended_attributes(c)?;
    if kind == BodyKind::Dictionary {
        c.eat_word("required");
        c.require::<AttributedType>("a type")?;
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
        Some("iterable" | "maplike" | "setlike" | "async") => {
            Err(c.expected("a valid `iterable<..>`, `maplike<..>` or `setlike<..>` declaration"))
        }
        _ => {
            for modifier in ["static", "stringifier", "inherit"] {
                c.eat_word(modifier);
            }
            let readonly = c.eat_word("readonly");
            if c.eat_word("attribute") {
                c.require::<AttributedType>("an attribute type")?;
                c.expect_identifier("an attribute name")?;
                return c.expect_punct(";");
            }
            if readonly {
                return Err(c.expected("`attribute`"));
            }
            for special in ["getter", "setter", "deleter"] {
                c.eat_word(special);
            }
            c.require::<ReturnType>("a member (an attribute, operation, constant or constructor)")?;
            if c.peek_word().is_some() {
                c.expect_identifier("an operation name")?;
            }
            arguments(c)?;
            c.expect_punct(";")
        }
    }
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
    c.require::<AttributedType>("an argument type")?;
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
    fn unclosed_body() {
        let (_, message) = failure("interface A { attribute long x;");
        assert_eq!(message, "expected `}`, found end of input");
    }
}
