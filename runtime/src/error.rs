//! [`JsError`]: what a binding returns when JavaScript throws or a promise rejects.
//!
//! JavaScript can throw any value: a `DOMException`, a `TypeError`, an instance of a user's
//! `Error` subclass, a string, a number, a plain object. Callers mostly need to ask one
//! question ("was it a `NotFoundError`?"), print the error, and sometimes hand the original
//! value back to JavaScript. So a `JsError` classifies the value once, when it is created, and
//! keeps the name and message it read together with the untouched value.
//!
//! Classification never throws. The value may be a `Proxy` whose traps throw, a getter for
//! `name` may throw, and the global `DOMException` does not exist in every JavaScript
//! environment; every read goes through a JavaScript call that catches, and whatever cannot be
//! read falls back to a default instead of aborting the program.

use std::fmt;
use std::hash::{Hash, Hasher};

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// An exception thrown by JavaScript, or the reason a promise was rejected with.
///
/// Created from the thrown value with `JsError::from(value)`; the value is classified by its
/// prototype chain (see [`JsErrorKind`]) and kept unchanged, so
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
pub struct JsError {
    value: JsValue,
    kind: JsErrorKind,
    name: String,
    message: String,
}

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
        &self.kind
    }

    /// The JavaScript `name` of the error, such as `"NotFoundError"` or `"TypeError"`.
    ///
    /// For an error whose `name` cannot be read as a string, the default name of its kind
    /// (`"TypeError"`, `"RangeError"`, otherwise `"Error"`). For a non-`Error` value, its `name`
    /// property if it is an object that has a string one, otherwise the empty string.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The JavaScript `message` of the error (empty if it has none).
    ///
    /// For a non-`Error` value, a readable rendering of the value: a string as it is, anything
    /// else the way it would be written in JavaScript (`42`, `undefined`, `{"code":7}`).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The name of the `DOMException`, or `None` if the value is not one.
    pub fn dom_exception_name(&self) -> Option<&DomExceptionName> {
        match &self.kind {
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
        &self.value
    }

    /// Gives back the value JavaScript threw, to rethrow it or pass it on to JavaScript.
    pub fn into_value(self) -> JsValue {
        self.value
    }
}

impl From<JsValue> for JsError {
    fn from(value: JsValue) -> Self {
        let name = read_string(&value, "name");
        let kind = classify(&value, name.as_deref());
        let name = match (name, &kind) {
            (Some(name), _) => name,
            (None, JsErrorKind::NonError) => String::new(),
            (None, kind) => default_name(kind).to_owned(),
        };
        let message = match kind {
            JsErrorKind::NonError => match value.as_string() {
                Some(string) => string,
                None => render(&value),
            },
            _ => read_string(&value, "message").unwrap_or_default(),
        };
        JsError {
            value,
            kind,
            name,
            message,
        }
    }
}

impl From<JsError> for JsValue {
    fn from(error: JsError) -> Self {
        error.value
    }
}

impl fmt::Display for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            // The string as `{:?}` writes it, rendered by JavaScript (see `debug_string`).
            JsErrorKind::NonError if self.value.is_string() => {
                f.write_str("thrown non-Error value: ")?;
                f.write_str(&crate::convert::debug_string(&self.value))
            }
            JsErrorKind::NonError => {
                f.write_str("thrown non-Error value: ")?;
                f.write_str(&self.message)
            }
            kind => {
                f.write_str(&self.name)?;
                if let JsErrorKind::DomException(_) = kind {
                    f.write_str(" (DOMException)")?;
                }
                if !self.message.is_empty() {
                    f.write_str(": ")?;
                    f.write_str(&self.message)?;
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
            .field("kind", &self.kind)
            .field("name", &self.name)
            .field("message", &self.message)
            .finish_non_exhaustive()
    }
}

impl std::error::Error for JsError {}

fn classify(value: &JsValue, name: Option<&str>) -> JsErrorKind {
    if !value.is_object() {
        return JsErrorKind::NonError;
    }
    // `DOMException.prototype` inherits from `Error.prototype`, so it is asked about first.
    if is_dom_exception(value) {
        let name = name.unwrap_or(default_name(&JsErrorKind::Error));
        return JsErrorKind::DomException(DomExceptionName::from_name(name));
    }
    // `TypeError`, `RangeError` and `Error` are ECMAScript globals, present everywhere, and
    // wasm-bindgen's `instanceof` checks catch what a `Proxy` trap throws.
    if value.has_type::<js_sys::TypeError>() {
        JsErrorKind::TypeError
    } else if value.has_type::<js_sys::RangeError>() {
        JsErrorKind::RangeError
    } else if value.has_type::<js_sys::Error>() {
        JsErrorKind::Error
    } else {
        JsErrorKind::NonError
    }
}

/// Whether `DOMException.prototype` is on the value's prototype chain.
///
/// `DOMException` is a Web IDL interface, not an ECMAScript global: some environments lack it,
/// so it is looked up on the global object rather than imported.
fn is_dom_exception(value: &JsValue) -> bool {
    let Ok(constructor) = Reflect::get(&js_sys::global(), &JsValue::from_str("DOMException"))
    else {
        return false;
    };
    if !constructor.is_function() {
        return false;
    }
    match Reflect::get(&constructor, &JsValue::from_str("prototype")) {
        Ok(prototype) if prototype.is_object() => has_on_prototype_chain(value, &prototype),
        _ => false,
    }
}

/// Walks the chain with `Reflect.getPrototypeOf`, which reports a throwing `Proxy` trap as an
/// error instead of unwinding through Rust.
fn has_on_prototype_chain(value: &JsValue, prototype: &JsValue) -> bool {
    // Ordinary chains are a few links long; the bound stops a `Proxy` whose trap invents new
    // prototypes forever.
    const MAX_DEPTH: usize = 64;
    let mut current = value.clone();
    for _ in 0..MAX_DEPTH {
        let Ok(next) = Reflect::get_prototype_of(&current) else {
            return false;
        };
        if next.is_null() {
            return false;
        }
        if Object::is(&next, prototype) {
            return true;
        }
        current = next.into();
    }
    false
}

/// The `name` JavaScript gives an error of this kind when nothing overrides it.
fn default_name(kind: &JsErrorKind) -> &'static str {
    match kind {
        JsErrorKind::TypeError => "TypeError",
        JsErrorKind::RangeError => "RangeError",
        _ => "Error",
    }
}

/// Reads a string property of an object or function; `None` if the value is neither, the read
/// throws, or the property is not a string.
fn read_string(value: &JsValue, key: &str) -> Option<String> {
    // `Reflect.get` throws on primitives; they would answer through their wrapper's prototype,
    // which says nothing about what was thrown.
    if !value.is_object() && !value.is_function() {
        return None;
    }
    Reflect::get(value, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// Renders a non-`Error` value other than a string roughly as JavaScript source would write it,
/// without calling anything that could throw out of Rust.
fn render(value: &JsValue) -> String {
    // A thrown object can be arbitrarily large; the rendering ends up in panic messages.
    const MAX_CHARS: usize = 200;

    if let Some(number) = value.as_f64() {
        return render_number(number);
    }
    if let Some(boolean) = value.as_bool() {
        return boolean.to_string();
    }
    if value.is_undefined() {
        return "undefined".to_owned();
    }
    if value.is_null() {
        return "null".to_owned();
    }
    if value.is_bigint() {
        return match value.unchecked_ref::<js_sys::BigInt>().to_string(10) {
            Ok(digits) => format!("{digits}n"),
            Err(_) => "a BigInt".to_owned(),
        };
    }
    if value.is_symbol() {
        return match value.unchecked_ref::<js_sys::Symbol>().description() {
            Some(description) => format!("Symbol({description})"),
            None => "Symbol()".to_owned(),
        };
    }
    if value.is_function() {
        return match read_string(value, "name") {
            Some(name) if !name.is_empty() => format!("function {name}"),
            _ => "an anonymous function".to_owned(),
        };
    }
    match js_sys::JSON::stringify(value)
        .ok()
        .and_then(|json| json.as_string())
    {
        Some(json) if json.chars().count() > MAX_CHARS => {
            let mut cut: String = json.chars().take(MAX_CHARS).collect();
            cut.push('…');
            cut
        }
        Some(json) => json,
        None => "an object that JSON.stringify cannot render".to_owned(),
    }
}

/// Formats a number the way JavaScript prints it (`NaN`, `1e+21`), by JavaScript itself: Rust's
/// float formatting would add some 15 KB of code to every app for messages of error paths.
pub(crate) fn render_number(number: f64) -> String {
    // `toString(10)` cannot throw on a number.
    (js_sys::Number::from(number).to_string_with_radix(10))
        .map(String::from)
        .unwrap_or_default()
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
                match name {
                    $(stringify!($name) => Self::$name,)*
                    other => Self::Other(other.to_owned()),
                }
            }
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
