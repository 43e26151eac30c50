//! A JavaScript exception from a member not marked `[Throws]`, in Node, in both kinds of build.
//!
//! - Debug builds (`debug_assertions`): the member's import catches it, and the call panics
//!   naming the member.
//! - Release builds: the import is plain, as web-sys's and hand-written ones are, and the
//!   exception propagates as itself: it ends the wasm call and reaches the JavaScript that
//!   called into Rust, here a `try`/`catch` around a Rust closure.
//!
//! `cargo test` runs the debug tests; `scripts/test.sh` also runs this file with `--release`,
//! which runs the release ones. A `[Throws]` member gives an `Err` in both.
//!
//! The same split holds for a callback's argument of an interface type: debug builds check it
//! and panic naming the callback; release builds take it unchecked (a method called on a value
//! of another type then throws in JavaScript). And for the value a promise of an interface type
//! is fulfilled with: debug builds check it (an `Err` holding a `TypeError`), release builds
//! take it unchecked, as a member's direct result of an interface type is in every build.

use idlbind::{JsErrorKind, JsValue, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    /// A JavaScript class whose members throw (defined below with `eval`).
    interface Faulty {
      constructor();
      long fail(DOMString message);
      readonly attribute long broken;
      attribute long limited;
      long answer();
      [Throws] long checked(DOMString message);
      undefined callWith([Callback=Borrowed] Seen cb, any value);
      Promise<Faulty> later(any value);
    };

    callback Seen = undefined (Faulty faulty);
}

/// Each throwing member keeps what it throws in `this.last`, so a test can check that it is
/// what arrives, the very object.
const FAULTY_JS: &str = r#"
if (!globalThis.Faulty) {
  globalThis.Faulty = class Faulty {
    constructor() { this.last = undefined; this.value = 0; }
    raise(error) { this.last = error; throw error; }
    fail(message) { this.raise(new RangeError(message)); }
    get broken() { this.raise(new TypeError("the getter is broken")); }
    get limited() { return this.value; }
    set limited(value) {
      if (value < 0) this.raise(new RangeError("negative: " + value));
      this.value = value;
    }
    answer() { return 42; }
    checked(message) { this.raise(new RangeError(message)); }
    callWith(cb, value) { cb(value); }
    later(value) { return Promise.resolve(value); }
  };
}
"#;

fn faulty() -> Faulty {
    js_sys::eval(FAULTY_JS).expect("the class evaluates");
    Faulty::new().expect("constructs")
}

/// What the last throwing member threw.
fn last_thrown(faulty: &Faulty) -> JsValue {
    js_sys::Reflect::get(faulty, &JsValue::from_str("last")).unwrap()
}

#[wasm_bindgen_test]
fn members_that_do_not_throw_work_in_every_build() {
    let faulty = faulty();
    assert_eq!(faulty.answer(), 42);
    faulty.set_limited(7);
    assert_eq!(faulty.limited(), 7);
}

#[wasm_bindgen_test]
fn throws_member_gives_the_exception_as_an_err_in_every_build() {
    let faulty = faulty();
    let error = faulty.checked("checked").expect_err("it threw");
    assert_eq!(error.kind(), &JsErrorKind::RangeError);
    assert_eq!(error.message(), "checked");
    assert!(js_sys::Object::is(error.value(), &last_thrown(&faulty)));
}

#[wasm_bindgen_test]
fn callback_receives_an_interface_argument_in_every_build() {
    let faulty = faulty();
    let mut answer = 0;
    faulty.call_with(|f: Faulty| answer = f.answer(), faulty.as_ref());
    assert_eq!(answer, 42);
}

// Debug builds: a panic naming the member.

#[cfg(debug_assertions)]
#[wasm_bindgen_test]
#[should_panic(
    expected = "callback `Seen` passed to `Faulty.callWith` received the number 5 as its argument \
                `faulty`, which is not a value of its IDL type `Faulty`"
)]
fn debug_build_checks_a_callback_interface_argument() {
    faulty().call_with(|_: Faulty| (), &JsValue::from(5));
}

#[cfg(debug_assertions)]
#[wasm_bindgen_test]
#[should_panic(
    expected = "JavaScript exception from `Faulty.fail` (not marked [Throws]): RangeError: from \
                fail"
)]
fn debug_build_panics_naming_the_operation() {
    faulty().fail("from fail");
}

#[cfg(debug_assertions)]
#[wasm_bindgen_test]
#[should_panic(
    expected = "JavaScript exception from `Faulty.broken` (not marked [Throws]): TypeError: the \
                getter is broken"
)]
fn debug_build_panics_naming_the_getter() {
    faulty().broken();
}

#[cfg(debug_assertions)]
#[wasm_bindgen_test]
#[should_panic(
    expected = "JavaScript exception from `Faulty.limited` (not marked [Throws]): RangeError: \
                negative: -1"
)]
fn debug_build_panics_naming_the_setter() {
    faulty().set_limited(-1);
}

// Release builds: the exception itself, out of the wasm call.

/// Calls `f` from JavaScript inside `try`: what it threw, or `None` if it returned.
#[cfg(not(debug_assertions))]
fn thrown_out_of_wasm(f: impl FnMut() + 'static) -> Option<JsValue> {
    use wasm_bindgen::closure::Closure;
    let catcher = js_sys::Function::new_with_args(
        "f",
        "try { f(); } catch (error) { return { error }; } return null;",
    );
    let closure = Closure::<dyn FnMut()>::own_assert_unwind_safe(f);
    let result = catcher
        .call1(&JsValue::UNDEFINED, closure.as_ref())
        .expect("the catcher returns");
    (!result.is_null()).then(|| js_sys::Reflect::get(&result, &JsValue::from_str("error")).unwrap())
}

/// Sets its flag when dropped.
#[cfg(not(debug_assertions))]
struct SetOnDrop(std::rc::Rc<std::cell::Cell<bool>>);

#[cfg(not(debug_assertions))]
impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

/// Runs `call` on a new `Faulty` from JavaScript, and checks that the exception that ended it is
/// the object the member threw, of `kind` with `message`, and that the Rust frames it crossed
/// were abandoned: the code after the call did not run, nor did a destructor (as after a
/// trap; `panic = "abort"` leaves no unwinding code in them).
#[cfg(not(debug_assertions))]
fn assert_propagates(call: fn(&Faulty), kind: JsErrorKind, message: &str) {
    use std::cell::Cell;
    use std::rc::Rc;
    let faulty = faulty();
    let (went_on, dropped) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    let thrown = thrown_out_of_wasm({
        let (faulty, went_on, dropped) = (faulty.clone(), went_on.clone(), dropped.clone());
        move || {
            let _live = SetOnDrop(dropped.clone());
            call(&faulty);
            went_on.set(true);
        }
    })
    .expect("the exception ended the wasm call");
    assert!(
        js_sys::Object::is(&thrown, &last_thrown(&faulty)),
        "not the object JavaScript threw: {thrown:?}"
    );
    let error = idlbind::JsError::from(thrown);
    assert_eq!(error.kind(), &kind);
    assert_eq!(error.message(), message);
    assert!(!went_on.get(), "the Rust code after the call ran");
    assert!(!dropped.get(), "a destructor ran in the frames it crossed");
}

#[cfg(not(debug_assertions))]
#[wasm_bindgen_test]
fn release_build_propagates_the_exception_of_an_operation_as_itself() {
    assert_propagates(
        |faulty| {
            faulty.fail("from fail");
        },
        JsErrorKind::RangeError,
        "from fail",
    );
}

#[cfg(not(debug_assertions))]
#[wasm_bindgen_test]
fn release_build_propagates_the_exception_of_a_getter_as_itself() {
    assert_propagates(
        |faulty| {
            faulty.broken();
        },
        JsErrorKind::TypeError,
        "the getter is broken",
    );
}

#[cfg(not(debug_assertions))]
#[wasm_bindgen_test]
fn release_build_propagates_the_exception_of_a_setter_as_itself() {
    assert_propagates(
        |faulty| faulty.set_limited(-1),
        JsErrorKind::RangeError,
        "negative: -1",
    );
}

#[cfg(not(debug_assertions))]
#[wasm_bindgen_test]
fn release_build_takes_a_callback_interface_argument_unchecked() {
    // The value reaches the closure as it is, with no panic.
    let faulty = faulty();
    let mut seen = None;
    faulty.call_with(
        |f: Faulty| seen = AsRef::<JsValue>::as_ref(&f).as_f64(),
        &JsValue::from(5),
    );
    assert_eq!(seen, Some(5.0));
    // A method called on it throws in JavaScript, and the exception ends the wasm call.
    let thrown = thrown_out_of_wasm(move || {
        faulty.call_with(
            |f: Faulty| {
                f.answer();
            },
            &JsValue::from(5),
        )
    })
    .expect("calling a method of a number throws");
    assert_eq!(
        idlbind::JsError::from(thrown).kind(),
        &JsErrorKind::TypeError
    );
}

#[wasm_bindgen_test]
async fn promise_of_an_interface_gives_its_value() {
    let faulty = faulty();
    let same = faulty.later(faulty.as_ref()).await.expect("fulfilled");
    assert_eq!(same, faulty);
}

#[cfg(debug_assertions)]
#[wasm_bindgen_test]
async fn debug_build_checks_the_value_of_a_promise_of_an_interface() {
    let error = faulty()
        .later(&JsValue::from(5))
        .await
        .expect_err("5 is not a Faulty");
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert_eq!(error.message(), "expected Faulty, got the number 5");
}

#[cfg(not(debug_assertions))]
#[wasm_bindgen_test]
async fn release_build_takes_the_value_of_a_promise_of_an_interface_unchecked() {
    let value = faulty().later(&JsValue::from(5)).await.expect("unchecked");
    assert_eq!(AsRef::<JsValue>::as_ref(&value).as_f64(), Some(5.0));
}
