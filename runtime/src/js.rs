//! The runtime's JavaScript: what the error paths read and render. Rust's formatting of these
//! texts (a string's `{:?}`, a float, a value's description) would bring `core::fmt`'s escaping,
//! float formatting and Unicode tables into every app, for messages of error paths.
//!
//! Every import costs an app some 250 bytes whether it is called or not (its import entry, the
//! shim wasm-bindgen makes, and the names of both), so all the texts come through one import,
//! [`text`], chosen by [`Text`].

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

/// What [`text`] renders.
#[derive(Clone, Copy)]
pub(crate) enum Text {
    /// A description of the value for an error message: `a string "abc"`, `the number 4`,
    /// `null`, `an object` (see `describe` below). Never throws: only `typeof`-like checks, no
    /// property reads.
    Describe = 0,
    /// The value, a string, as Rust's `{:?}` writes it.
    Quote = 1,
    /// The value, a number, as JavaScript prints it (`NaN`, `1e+21`).
    Number = 2,
    /// The `name` part of a [`classify`] result.
    Name = 3,
    /// The `message` part of a [`classify`] result.
    Message = 4,
    /// The kind part of a [`classify`] result, as a decimal digit (see `classify` below).
    Kind = 5,
}

/// A text JavaScript renders from `value`.
#[cold]
#[inline(never)]
pub(crate) fn text(value: &JsValue, what: Text) -> String {
    text_of(value, what as u32)
}

// The JavaScript below is shipped in every app's glue, so its comments are here:
//
// - `number`: `Number.prototype.toString(10)` (`NaN`, `1e+21`, `-0.5`); "" if it was replaced by
//   one that throws.
// - `quote`: Rust's `<str as Debug>`. `\0 \t \r \n \\ "` are escaped with a backslash; every other
//   character that is not printable (general categories C and Z, except the space) or that
//   extends a grapheme (`Grapheme_Extend`) as `\u{hex}`. A lone surrogate is U+FFFD first, as it
//   is in the `String` Rust reads.
// - `describe`: the checks of wasm-bindgen's `as_string`, `as_f64`, `as_bool`, `is_null`,
//   `is_undefined`, `is_bigint`, ..., in this order; a string is cut at 40 characters (Unicode
//   scalar values, as Rust counts them). Only `typeof`-like checks, no property reads; the one
//   check that can throw (`Array.isArray` of a revoked `Proxy`) is caught.
// - `classify`: `[name, message, kind]` of a thrown value; kind 0 a non-`Error` value, 1 another
//   `Error`, 2 a `TypeError`, 3 a `RangeError`, 4 a `DOMException` (asked first:
//   `DOMException.prototype` inherits from `Error.prototype`). The name and the message are read
//   once each, in this order. Every read is guarded: the value may be a `Proxy` whose traps
//   throw, its `name` a getter that throws, and `DOMException` may be missing from the
//   environment (it is a Web IDL interface, not an ECMAScript global: it is looked up on the
//   global object). `readString` reads a string property of an object or function (a
//   primitive would answer through its wrapper's prototype, which says nothing about what was
//   thrown); the walk of the prototype chain stops after 64 links (a `Proxy` whose trap invents
//   prototypes forever). The name defaults to the kind's (`TypeError`, `RangeError`, otherwise
//   `Error`), or "" for a non-`Error` value.
// - `render`: a non-`Error` value other than a string, roughly as JavaScript source would write
//   it; an object by `JSON.stringify`, cut at 200 characters (the rendering ends up in panic
//   messages, and a thrown object can be arbitrarily large).
// - `text`: every text the runtime reads from JavaScript, by `what` (`Text`).
#[wasm_bindgen(inline_js = r#"
function number(value) {
  try { return value.toString(10); } catch (_) { return ""; }
}

const UNPRINTABLE = /[\p{C}\p{Z}\p{Grapheme_Extend}]/u;
const SHORT = { "\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\", '"': '\\"' };

function quote(string) {
  let quoted = '"';
  for (let character of string) {
    if (character.length === 1 && character >= "\ud800" && character <= "\udfff") character = "\ufffd";
    const short = SHORT[character];
    if (short !== undefined) quoted += short;
    else if (character !== " " && UNPRINTABLE.test(character)) {
      quoted += "\\u{" + character.codePointAt(0).toString(16) + "}";
    } else quoted += character;
  }
  return quoted + '"';
}

function describe(value) {
  if (typeof value === "string") {
    const characters = Array.from(value);
    return characters.length > 40
      ? "a string " + quote(characters.slice(0, 40).join("")) + "\u2026"
      : "a string " + quote(value);
  }
  if (typeof value === "number") return "the number " + number(value);
  if (typeof value === "boolean") return "the boolean " + value;
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "bigint") {
    try { return "the BigInt " + value.toString(10) + "n"; } catch (_) { return "a BigInt"; }
  }
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  try { if (Array.isArray(value)) return "an array"; } catch (_) {}
  return "an object";
}

function readString(value, key) {
  if ((typeof value !== "object" || value === null) && typeof value !== "function") return undefined;
  let property;
  try { property = Reflect.get(value, key); } catch (_) { return undefined; }
  return typeof property === "string" ? property : undefined;
}

function isDomException(value) {
  let constructor, prototype;
  try { constructor = Reflect.get(globalThis, "DOMException"); } catch (_) { return false; }
  if (typeof constructor !== "function") return false;
  try { prototype = Reflect.get(constructor, "prototype"); } catch (_) { return false; }
  if (typeof prototype !== "object" || prototype === null) return false;
  let current = value;
  for (let depth = 0; depth < 64; depth++) {
    try { current = Reflect.getPrototypeOf(current); } catch (_) { return false; }
    if (current === null) return false;
    if (Object.is(current, prototype)) return true;
  }
  return false;
}

function isInstance(value, constructor) {
  try { return value instanceof constructor; } catch (_) { return false; }
}

function render(value) {
  if (typeof value === "number") return number(value);
  if (typeof value === "boolean") return String(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "bigint") {
    try { return value.toString(10) + "n"; } catch (_) { return "a BigInt"; }
  }
  if (typeof value === "symbol") {
    let description;
    try { description = value.description; } catch (_) {}
    return typeof description === "string" && description !== "" ? "Symbol(" + description + ")" : "Symbol()";
  }
  if (typeof value === "function") {
    const name = readString(value, "name");
    return name ? "function " + name : "an anonymous function";
  }
  let json;
  try { json = JSON.stringify(value); } catch (_) {}
  if (typeof json !== "string") return "an object that JSON.stringify cannot render";
  const characters = Array.from(json);
  return characters.length > 200 ? characters.slice(0, 200).join("") + "\u2026" : json;
}

export function classify(value) {
  const name = readString(value, "name");
  let kind = 0;
  if (typeof value === "object" && value !== null) {
    if (isDomException(value)) kind = 4;
    else if (isInstance(value, TypeError)) kind = 2;
    else if (isInstance(value, RangeError)) kind = 3;
    else if (isInstance(value, Error)) kind = 1;
  }
  if (kind === 0) return [name ?? "", typeof value === "string" ? value : render(value), 0];
  const fallback = kind === 2 ? "TypeError" : kind === 3 ? "RangeError" : "Error";
  return [name ?? fallback, readString(value, "message") ?? "", kind];
}

export function text(value, what) {
  switch (what) {
    case 0: return describe(value);
    case 1: return quote(value);
    case 2: return number(value);
    default: return String(value[what - 3]);
  }
}
"#)]
extern "C" {
    /// `classify` above: `[name, message, kind]`, read with [`text`].
    pub(crate) fn classify(value: &JsValue) -> JsValue;
    /// `text` above.
    #[wasm_bindgen(js_name = text)]
    fn text_of(value: &JsValue, what: u32) -> String;
}
