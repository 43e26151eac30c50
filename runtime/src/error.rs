//! [`JsError`]: what a binding returns when JavaScript throws or a promise rejects.
//!
//! JavaScript can throw any value: a `DOMException`, a `TypeError`, an instance of a user's
//! `Error` subclass, a string, a number, a plain object. Callers mostly need to ask one
//! question ("was it a `NotFoundError`?"), print the error, and sometimes hand the original
//! value back to JavaScript. So a `JsError` keeps the untouched value, and classifies it once,
//! at the first question (`kind`, `name`, `message`, printing), keeping the name and message it
//! read: later questions get the same answers, and so does a clone made after the first one (a
//! clone made before classifies the same value at its own first question). An error that is
//! only passed on (`?` up to a `Result<_, JsError>` that JavaScript receives) is never
//! classified, and an app that asks nothing carries none of the classification's code (about
//! 1 KB of wasm).
//!
//! Classification never throws. The value may be a `Proxy` whose traps throw, a getter for
//! `name` may throw, and the global `DOMException` does not exist in every JavaScript
//! environment; every read goes through a JavaScript call that catches, and whatever cannot be
//! read falls back to a default instead of aborting the program.

use std::cell::OnceCell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::panic::RefUnwindSafe;

use wasm_bindgen::JsValue;

use crate::js::{self, Text};

/// An exception thrown by JavaScript, or the reason a promise was rejected with.
///
/// Created from the thrown value with `JsError::from(value)`; the value is classified by its
/// prototype chain (see [`JsErrorKind`]) at the first question, and kept unchanged, so
/// [`into_value`](Self::into_value) gives JavaScript back the very object it threw.
///
/// `Display` reads like the JavaScript console:
///
/// ```text
/// NotFoundError (DOMException): The object can not be found here.
/// TypeError: x is not a function
/// thrown non-Error value: "a string"
/// ```
#[derive(Clone)]
pub struct JsError(Box<Inner>);

/// A `JsError`'s fields, boxed: a `Result<T, JsError>` is then a pointer wider than `T` at most,
/// which every `?` of a `[Throws]` call moves. (Not an `Rc` that clones would share: its
/// reference count and the unwrapping in `into_value` cost an app some 450 bytes.)
#[derive(Clone)]
struct Inner {
    value: JsValue,
    /// What JavaScript's classification found, read at the first question.
    classified: OnceCell<Classified>,
    /// [`JsError::kind`]'s value, made from the classification at its first call: deferred
    /// apart, so that an app that prints errors but never asks their kind does not carry
    /// [`DomExceptionName::from_name`] and the table of names.
    kind: OnceCell<JsErrorKind>,
}

/// What JavaScript's classification found (see `classify` in `js.rs`).
#[derive(Clone)]
struct Classified {
    class: Class,
    name: String,
    message: String,
}

/// The classification of a thrown value, as `classify` returns it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    NonError,
    Error,
    TypeError,
    RangeError,
    DomException,
}

// The cells only cache what is read once (the classification, and `kind()`, a pure function of
// it): a panic while one is filled leaves it empty, to be filled at the next question, and
// nothing else is ever observed through them. (`JsError` was `RefUnwindSafe` before the cells,
// and stays so.)
impl RefUnwindSafe for JsError {}

/// What kind of value JavaScript threw, decided by its prototype chain.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsErrorKind {
    /// A `DOMException` (or an instance of one of its subclasses), with its `name`.
    DomException(DomExceptionName),
    /// A `TypeError`: most often a value of the wrong type crossed into a Web API.
    TypeError,
    /// A `RangeError`: a number or length outside what the API accepts.
    RangeError,
    /// Any other `Error`, such as `SyntaxError`, `ReferenceError` or a user's own subclass;
    /// [`JsError::name`] says which.
    Error,
    /// A value that is not an `Error` at all: a string, a number, `undefined`, a plain object.
    NonError,
}

impl JsError {
    /// What kind of value was thrown.
    pub fn kind(&self) -> &JsErrorKind {
        self.0.kind.get_or_init(|| {
            let classified = self.classified();
            match classified.class {
                Class::NonError => JsErrorKind::NonError,
                Class::Error => JsErrorKind::Error,
                Class::TypeError => JsErrorKind::TypeError,
                Class::RangeError => JsErrorKind::RangeError,
                Class::DomException => {
                    JsErrorKind::DomException(DomExceptionName::from_name(&classified.name))
                }
            }
        })
    }

    /// The JavaScript `name` of the error, such as `"NotFoundError"` or `"TypeError"`.
    ///
    /// For an error whose `name` cannot be read as a string, the default name of its kind
    /// (`"TypeError"`, `"RangeError"`, otherwise `"Error"`). For a non-`Error` value, its `name`
    /// property if it is an object that has a string one, otherwise the empty string.
    pub fn name(&self) -> &str {
        &self.classified().name
    }

    /// The JavaScript `message` of the error (empty if it has none).
    ///
    /// For a non-`Error` value, a readable rendering of the value: a string as it is, anything
    /// else the way it would be written in JavaScript (`42`, `undefined`, `{"code":7}`).
    pub fn message(&self) -> &str {
        &self.classified().message
    }

    /// The name of the `DOMException`, or `None` if the value is not one.
    pub fn dom_exception_name(&self) -> Option<&DomExceptionName> {
        match self.kind() {
            JsErrorKind::DomException(name) => Some(name),
            _ => None,
        }
    }

    /// Whether the value is a `DOMException` with this name.
    ///
    /// ```
    /// # fn check(error: &idlbind::JsError) -> bool {
    /// error.is_dom_exception(idlbind::DomExceptionName::AbortError)
    /// # }
    /// ```
    pub fn is_dom_exception(&self, name: DomExceptionName) -> bool {
        self.dom_exception_name() == Some(&name)
    }

    /// The value JavaScript threw, unchanged.
    pub fn value(&self) -> &JsValue {
        &self.0.value
    }

    /// Gives back the value JavaScript threw, to rethrow it or pass it on to JavaScript.
    pub fn into_value(self) -> JsValue {
        self.0.value
    }

    /// The classification, read at the first question.
    fn classified(&self) -> &Classified {
        self.0.classified.get_or_init(|| classify(&self.0.value))
    }
}

/// Reads and classifies a thrown value: one call into JavaScript (see `classify` in `js.rs`),
/// whose parts are then read as texts.
#[cold]
#[inline(never)]
fn classify(value: &JsValue) -> Classified {
    let classified = js::classify(value);
    let name = js::text(&classified, Text::Name);
    let message = js::text(&classified, Text::Message);
    let class = match js::text(&classified, Text::Kind).as_bytes() {
        b"1" => Class::Error,
        b"2" => Class::TypeError,
        b"3" => Class::RangeError,
        b"4" => Class::DomException,
        _ => Class::NonError,
    };
    Classified {
        class,
        name,
        message,
    }
}

impl From<JsValue> for JsError {
    fn from(value: JsValue) -> Self {
        JsError(Box::new(Inner {
            value,
            classified: OnceCell::new(),
            kind: OnceCell::new(),
        }))
    }
}

impl From<JsError> for JsValue {
    fn from(error: JsError) -> Self {
        error.into_value()
    }
}

impl fmt::Display for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let classified = self.classified();
        // `class`, not `kind()`: printing needs no `DomExceptionName`.
        match classified.class {
            // The string as `{:?}` writes it, rendered by JavaScript (see `debug_string`).
            Class::NonError if self.0.value.is_string() => {
                f.write_str("thrown non-Error value: ")?;
                f.write_str(&crate::convert::debug_string(&self.0.value))
            }
            Class::NonError => {
                f.write_str("thrown non-Error value: ")?;
                f.write_str(&classified.message)
            }
            class => {
                f.write_str(&classified.name)?;
                if class == Class::DomException {
                    f.write_str(" (DOMException)")?;
                }
                if !classified.message.is_empty() {
                    f.write_str(": ")?;
                    f.write_str(&classified.message)?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Debug for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The value itself is left out: the fields say what it is, and printing it would take
        // another round trip into JavaScript.
        f.debug_struct("JsError")
            .field("kind", self.kind())
            .field("name", &self.name())
            .field("message", &self.message())
            .finish_non_exhaustive()
    }
}

impl std::error::Error for JsError {}

/// Formats a number the way JavaScript prints it (`NaN`, `1e+21`), by JavaScript itself: Rust's
/// float formatting would add some 15 KB of code to every app for messages of error paths.
#[inline]
pub(crate) fn render_number(number: f64) -> String {
    crate::js::text(&JsValue::from_f64(number), crate::js::Text::Number)
}

macro_rules! dom_exception_names {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// The `name` of a `DOMException`: every name of the
        /// [Web IDL DOMException names table](https://webidl.spec.whatwg.org/#dom-domexception-error-names),
        /// and [`Other`](Self::Other) for the rest.
        ///
        /// Two names are equal when their [`as_str`](Self::as_str) texts are, so
        /// `Other("NotFoundError".into())` equals `NotFoundError`.
        #[derive(Clone)]
        #[non_exhaustive]
        pub enum DomExceptionName {
            $($(#[doc = $doc])* $name,)*
            /// A name the Web IDL table does not list, such as one a script made up with
            /// `new DOMException(message, name)`.
            Other(String),
        }

        impl DomExceptionName {
            /// The name as JavaScript spells it, such as `"NotFoundError"`.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$name => stringify!($name),)*
                    Self::Other(name) => name,
                }
            }

            /// The variant for a JavaScript name; [`Other`](Self::Other) if the table does
            /// not list it.
            pub fn from_name(name: &str) -> Self {
                // A scan of one string of the names, not a `match` on them (2 KB of
                // comparisons, in every app that classifies an exception) nor a loop over an
                // array of them (which the optimizer unrolls into the same).
                const NAMES: &[u8] = DomExceptionName::NAMES.as_bytes();
                let (mut index, mut start) = (0, 0);
                for end in 0..NAMES.len() {
                    if NAMES[end] == b' ' {
                        if NAMES.get(start..end) == Some(name.as_bytes()) {
                            break;
                        }
                        index += 1;
                        start = end + 1;
                    }
                }
                // A `match` on the position: cloning an entry of an array of the variants would
                // bring the array, and `Clone`'s own `match`.
                match index {
                    $(dom_exception_position::$name => Self::$name,)*
                    _ => Self::Other(name.to_owned()),
                }
            }

            /// The names of the table, in its order, each followed by a space.
            const NAMES: &'static str = concat!($(stringify!($name), " ",)*);
        }

        /// The position of each name in the table (and in `from_name`'s string of them).
        #[allow(dead_code, clippy::enum_variant_names)]
        enum DomExceptionPosition {
            $($name,)*
        }

        /// The positions as constants named as the variants, for `from_name`'s `match`.
        #[allow(non_upper_case_globals)]
        mod dom_exception_position {
            $(pub(super) const $name: usize = super::DomExceptionPosition::$name as usize;)*
        }
    };
}

dom_exception_names! {
    /// The index is not in the allowed range (deprecated: new APIs throw `RangeError`).
    IndexSizeError,
    /// The operation would yield an incorrect node tree.
    HierarchyRequestError,
    /// The object is in the wrong document.
    WrongDocumentError,
    /// The string contains invalid characters.
    InvalidCharacterError,
    /// The object can not be modified.
    NoModificationAllowedError,
    /// The object can not be found here.
    NotFoundError,
    /// The operation is not supported.
    NotSupportedError,
    /// The attribute is in use by another element.
    InUseAttributeError,
    /// The object is in an invalid state.
    InvalidStateError,
    /// The string did not match the expected pattern.
    SyntaxError,
    /// The object can not be modified in this way.
    InvalidModificationError,
    /// The operation is not allowed by Namespaces in XML.
    NamespaceError,
    /// The object does not support the operation or argument (deprecated).
    InvalidAccessError,
    /// The type of the object does not match the expected type (deprecated).
    TypeMismatchError,
    /// The operation is insecure.
    SecurityError,
    /// A network error occurred.
    NetworkError,
    /// The operation was aborted.
    AbortError,
    /// The given URL does not match another URL (deprecated).
    URLMismatchError,
    /// The quota has been exceeded.
    QuotaExceededError,
    /// The operation timed out.
    TimeoutError,
    /// The supplied node is incorrect or has an incorrect ancestor for this operation.
    InvalidNodeTypeError,
    /// The object can not be cloned.
    DataCloneError,
    /// The encoding or decoding operation failed.
    EncodingError,
    /// The input/output read operation failed.
    NotReadableError,
    /// The operation failed for an unknown transient reason.
    UnknownError,
    /// A mutation operation in a transaction failed because a constraint was not satisfied.
    ConstraintError,
    /// Provided data is inadequate.
    DataError,
    /// A request was placed against a transaction that is not active.
    TransactionInactiveError,
    /// The mutating operation was attempted in a "readonly" transaction.
    ReadOnlyError,
    /// An attempt was made to open a database with a version lower than its current one.
    VersionError,
    /// The operation failed for an operation-specific reason.
    OperationError,
    /// The request is not allowed by the user agent or the platform in the current context.
    NotAllowedError,
    /// The user opted out of the process.
    OptOutError,
}

impl PartialEq for DomExceptionName {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for DomExceptionName {}

impl Hash for DomExceptionName {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for DomExceptionName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Other(name) => f.debug_tuple("Other").field(name).finish(),
            known => f.write_str(known.as_str()),
        }
    }
}

impl fmt::Display for DomExceptionName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for DomExceptionName {
    fn from(name: &str) -> Self {
        Self::from_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::{DomExceptionName, JsError};

    #[test]
    fn js_error_is_unwind_safe_and_clone() {
        fn check<T: std::panic::UnwindSafe + std::panic::RefUnwindSafe + Clone + 'static>() {}
        check::<JsError>();
    }

    #[test]
    fn from_name_finds_every_name_of_the_table_and_only_those() {
        let names: Vec<&str> = DomExceptionName::NAMES.split_terminator(' ').collect();
        assert_eq!(names.len(), 33);
        assert_eq!(names[0], "IndexSizeError");
        assert_eq!(names[32], "OptOutError");
        for name in names {
            let known = DomExceptionName::from_name(name);
            assert!(!matches!(known, DomExceptionName::Other(_)), "{name}");
            assert_eq!(known.as_str(), name);
        }
        assert!(matches!(
            DomExceptionName::from_name("NotFoundError"),
            DomExceptionName::NotFoundError
        ));
        for other in [
            "",
            " ",
            "Error",
            "notfounderror",
            "NotFoundError ",
            "Not FoundError",
            "IndexSizeError NotFoundError",
            "OptOutErrorX",
        ] {
            assert!(
                matches!(DomExceptionName::from_name(other), DomExceptionName::Other(ref name) if name == other)
            );
        }
    }
}
