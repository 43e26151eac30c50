//! What generated IDL enums need beyond their own variants: a value the binding does not know,
//! and the error of parsing a string that is not a value.

use std::error::Error;
use std::fmt;

/// A value of an IDL enum that the binding does not know (browsers add values); only JS can
/// produce one.
///
/// Generated enums keep such a value in an `Unknown` variant instead of failing, so code
/// compiled against an older IDL keeps working, and can still print or compare the value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownEnumValue(Box<str>);

impl UnknownEnumValue {
    /// The value as JavaScript spells it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Only a value JavaScript returned can be unknown: Rust code cannot make one, so sending
    /// a value back to JavaScript never sends one it did not produce.
    pub(crate) fn new(value: String) -> Self {
        UnknownEnumValue(value.into_boxed_str())
    }
}

impl fmt::Display for UnknownEnumValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `FromStr` error of generated enums.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEnumError {
    enum_name: &'static str,
    value: String,
}

impl ParseEnumError {
    /// The error of parsing `value`, which is not a value of the IDL enum `enum_name`.
    pub fn new(enum_name: &'static str, value: &str) -> Self {
        ParseEnumError {
            enum_name,
            value: value.to_owned(),
        }
    }

    /// The string that was parsed.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The IDL name of the enum, such as `"ReadableStreamType"`.
    pub fn enum_name(&self) -> &'static str {
        self.enum_name
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a value of the IDL enum `{}`",
            self.value, self.enum_name
        )
    }
}

impl Error for ParseEnumError {}
