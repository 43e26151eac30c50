//! Callbacks crossing for real, in Node: closures and callback-interface objects given to a
//! small JavaScript class (defined below with `eval`) that calls them with the arguments a test
//! chooses, and shows what they returned.
//!
//! Every policy is exercised: borrowed closures (`call*`, `forEach`), guards (plain, with a
//! matching `remove` operation, on an attribute, with `clearInterval`), once-callbacks (written
//! and from the platform table), and a constructor argument owned by the garbage collector.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use idlbind::{JsError, JsValue, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    enum Mood { "calm", "busy" };

    dictionary Bag {
      DOMString name;
    };

    callback Numbers = long (long a, double b, boolean c, octet d, long long e, optional unsigned long f);
    callback Texts = DOMString (DOMString text, USVString? maybe, Mood mood);
    callback Values = any (CallbackProbe probe, CallbackProbe? other, any value, object obj, sequence<long> list, Bag bag);
    callback Pick = (long or DOMString) (boolean asNumber);
    callback MakeProbe = CallbackProbe? (boolean some);
    callback Ratio = double ();
    callback Later = Promise<long> (long input);
    callback Notify = undefined ();
    callback Nested = undefined (Notify inner);
    callback GiveNotify = Notify? (boolean some);
    callback Handler = any (CallbackProbe source);

    callback interface Visitor {
      const unsigned short SKIP = 3;
      const unsigned short ENTER = 1;
      unsigned short visit(DOMString name, long depth);
    };

    callback interface Listener {
      undefined handleEvent(CallbackProbe source);
    };

    interface CallbackProbe {
      constructor();
      DOMString inspect(DOMString expression);

      // Called at once with the arguments `source` evaluates to; the result is shown.
      DOMString callNumbers([Callback=Borrowed] Numbers cb, DOMString source);
      DOMString callTexts([Callback=Borrowed] Texts cb, DOMString source);
      DOMString callValues([Callback=Borrowed] Values cb, DOMString source);
      DOMString callPick([Callback=Borrowed] Pick cb, DOMString source);
      DOMString callMakeProbe([Callback=Borrowed] MakeProbe cb, DOMString source);
      DOMString callRatio([Callback=Borrowed] Ratio cb, DOMString source);
      DOMString callNested([Callback=Borrowed] Nested cb, DOMString source);
      DOMString callGiveNotify([Callback=Borrowed] GiveNotify cb, DOMString source);
      DOMString callVisitor([Callback=Borrowed] Visitor visitor, DOMString source);

      // Kept by JavaScript (`self.kept`), called by `fire`.
      undefined forEach(Texts cb);
      undefined keep(Notify cb);
      undefined keepOnce([Callback=Once] Notify cb);
      long setTimeout(Notify cb);
      long setInterval(Notify cb, optional long timeout = 0);
      undefined clearInterval(optional long id = 0);
      [Throws] undefined keepOrThrow(Notify cb, boolean fail);
      undefined keepMaybe(optional Notify? cb = null, optional long extra);
      DOMString fire(DOMString source);
      DOMString fireRaw(DOMString source);

      undefined addThing(Listener listener, optional boolean capture = false);
      undefined removeThing(Listener listener, optional boolean capture = false);
      long dispatchThing();

      attribute Handler? onping;
      DOMString ping();

      Promise<long> runLater([Callback=Once] Later cb, long input);
    };

    interface Watcher {
      constructor(Notify callback);
      undefined trigger();
    };
}

/// The JavaScript side. `show` describes a value (`number:42`, `string:"a"`, `null`,
/// `CallbackProbe`); `fire` calls the kept callback and shows its result, or what it threw.
const PROBE_JS: &str = r#"
if (!globalThis.CallbackProbe) {
  const show = (v) => {
    if (v === null) return "null";
    if (v === undefined) return "undefined";
    if (typeof v === "function") return "function";
    if (v instanceof CallbackProbe) return "CallbackProbe";
    return `${typeof v}:${JSON.stringify(v)}`;
  };
  const evaluate = (self, source) => new Function("self", `return (${source});`)(self);
  class CallbackProbe {
    constructor() {
      this.kept = null;
      this.things = [];
      this.added = [];
      this.removed = [];
      this.cleared = [];
      this.onping = null;
      this.count = -1;
      this.nextId = 1;
    }
    inspect(expression) { return String(evaluate(this, expression)); }
    callNow(cb, source) { return show(cb(...evaluate(this, source))); }
    forEach(cb) { cb("a", null, "calm"); cb("b", "B", "busy"); this.kept = cb; }
    keep(cb) { this.kept = cb; }
    keepOnce(cb) { this.kept = cb; }
    setTimeout(cb) { this.kept = cb; return 7; }
    setInterval(cb) { this.kept = cb; return this.nextId++; }
    clearInterval(id) { this.cleared.push(id); }
    keepOrThrow(cb, fail) { if (fail) throw new TypeError("refused"); this.kept = cb; }
    keepMaybe(...args) { this.count = args.length; this.kept = args[0]; }
    fire(source) {
      try { return show(this.kept(...evaluate(this, source))); }
      catch (e) { return `threw: ${e.message}`; }
    }
    fireRaw(source) { return show(this.kept(...evaluate(this, source))); }
    addThing(listener, ...rest) {
      this.added.push([listener, ...rest]);
      this.things.push(listener);
    }
    removeThing(listener, ...rest) {
      this.removed.push([listener, ...rest]);
      this.things = this.things.filter((t) => t !== listener);
    }
    dispatchThing() { for (const t of this.things) t(this); return this.things.length; }
    ping() { return this.onping === null ? "none" : show(this.onping(this)); }
    async runLater(cb, input) { return (await cb(input)) * 2; }
  }
  for (const name of [
    "callNumbers", "callTexts", "callValues", "callPick", "callMakeProbe", "callRatio",
    "callNested", "callGiveNotify", "callVisitor",
  ]) {
    CallbackProbe.prototype[name] = CallbackProbe.prototype.callNow;
  }
  class Watcher {
    constructor(callback) { this.callback = callback; }
    trigger() { this.callback(); }
  }
  globalThis.CallbackProbe = CallbackProbe;
  globalThis.Watcher = Watcher;
}
"#;

fn probe() -> CallbackProbe {
    js_sys::eval(PROBE_JS).expect("the probe classes evaluate");
    CallbackProbe::new().expect("the probe constructs")
}

/// Counts its drops: a closure that captures one shows when its captures are freed.
struct DropCounter(Rc<Cell<u32>>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

fn counter() -> (Rc<Cell<u32>>, DropCounter) {
    let drops = Rc::new(Cell::new(0));
    (drops.clone(), DropCounter(drops))
}

const AFTER_DROP: &str = "threw: closure invoked recursively or after being dropped";

// Arguments and results

#[wasm_bindgen_test]
fn numbers_booleans_and_optional_arguments_are_read_into_rust_types() {
    let p = probe();
    let mut seen = Vec::new();
    // A borrowed closure: it mutably borrows `seen`, which outlives the call only.
    let shown = p.call_numbers(
        |a, b, c, d, e, f| {
            seen.push(format!("{a} {b} {c} {d} {e} {f:?}"));
            a * 2
        },
        "[21, 0.5, true, 255, 2 ** 53 - 1, 7]",
    );
    assert_eq!(shown, "number:42");
    let shown = p.call_numbers(
        |a, _, _, _, _, f| {
            seen.push(format!("{a} {f:?}"));
            -1
        },
        "[-3, 0, false, 0, -(2 ** 53 - 1)]",
    );
    assert_eq!(shown, "number:-1");
    assert_eq!(
        seen,
        ["21 0.5 true 255 9007199254740991 Some(7)", "-3 None"]
    );
}

#[wasm_bindgen_test]
fn strings_nullable_strings_and_enums_are_read_and_a_string_returned() {
    let p = probe();
    let shown = p.call_texts(
        |text, maybe, mood| format!("{text}/{maybe:?}/{}", mood.as_str()),
        "['héllo 🦀', null, 'busy']",
    );
    assert_eq!(shown, r#"string:"héllo 🦀/None/busy""#);
    let shown = p.call_texts(
        |_, maybe, mood| format!("{maybe:?} {mood}"),
        "['', 'x', 'calm']",
    );
    assert_eq!(shown, r#"string:"Some(\"x\") calm""#);
}

#[wasm_bindgen_test]
fn interfaces_any_object_sequences_and_dictionaries_are_read() {
    let p = probe();
    let mut received = None;
    let shown = p.call_values(
        |probe, other, value, object, list, bag| {
            received = Some((probe, other, value, object, list, bag));
            JsValue::from_str("back")
        },
        "[self, null, 4.5, {k: 1}, [1, 2, 3], {name: 'sack'}]",
    );
    assert_eq!(shown, r#"string:"back""#);
    let (probe, other, value, object, list, bag) = received.expect("the callback was called");
    assert_eq!(probe, p, "the same JavaScript object");
    assert_eq!(other, None);
    assert_eq!(value.as_f64(), Some(4.5));
    assert!(js_sys::Reflect::has(&object, &"k".into()).unwrap());
    assert_eq!(list, [1, 2, 3]);
    assert_eq!(bag.name.as_deref(), Some("sack"));
}

#[wasm_bindgen_test]
fn any_result_takes_whatever_converts_including_unit() {
    let p = probe();
    let nothing = p.call_values(|_, _, _, _, _, _| (), "[self, self, 0, {}, [], {}]");
    assert_eq!(nothing, "undefined");
    let number = p.call_values(
        |_, other, _, _, _, _| other.is_some(),
        "[self, self, 0, {}, [], {}]",
    );
    assert_eq!(number, "boolean:true");
}

#[wasm_bindgen_test]
fn union_interface_and_nullable_results_convert_back() {
    let p = probe();
    let pick = |as_number: bool| -> LongOrDomString {
        match as_number {
            true => LongOrDomString::Long(5),
            false => "five".into(),
        }
    };
    assert_eq!(p.call_pick(pick, "[true]"), "number:5");
    assert_eq!(p.call_pick(pick, "[false]"), r#"string:"five""#);
    let made = p.clone();
    assert_eq!(
        p.call_make_probe(|some| some.then(|| made.clone()), "[true]"),
        "CallbackProbe"
    );
    assert_eq!(p.call_make_probe(|_| None, "[false]"), "null");
    assert_eq!(p.call_ratio(|| 0.25, "[]"), "number:0.25");
}

#[wasm_bindgen_test]
fn a_callback_argument_is_the_javascript_function() {
    let p = probe();
    let shown = p.call_nested(
        |inner| {
            inner
                .call0(&JsValue::UNDEFINED)
                .expect("the inner function runs");
        },
        "[() => { globalThis.innerCalled = true; }]",
    );
    assert_eq!(shown, "undefined");
    assert_eq!(p.inspect("globalThis.innerCalled"), "true");
}

#[wasm_bindgen_test]
fn a_callback_result_is_a_javascript_function() {
    let p = probe();
    let function = js_sys::Function::new_no_args("return 1");
    let given = function.clone();
    assert_eq!(
        p.call_give_notify(move |some| some.then(|| given.clone()), "[true]"),
        "function"
    );
    assert_eq!(p.call_give_notify(|_| None, "[false]"), "null");
}

/// A callback interface implemented by a Rust type.
struct Depths {
    seen: Rc<RefCell<Vec<String>>>,
}

impl VisitorObject for Depths {
    fn visit(&mut self, name: String, depth: i32) -> u16 {
        self.seen.borrow_mut().push(format!("{name}@{depth}"));
        match depth > 1 {
            true => visitor::SKIP,
            false => visitor::ENTER,
        }
    }
}

#[wasm_bindgen_test]
fn callback_interface_takes_a_rust_type_or_a_closure_and_has_its_constants() {
    let p = probe();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let depths = Depths { seen: seen.clone() };
    assert_eq!(p.call_visitor(depths, "['root', 0]"), "number:1");
    let depths = Depths { seen: seen.clone() };
    assert_eq!(p.call_visitor(depths, "['leaf', 2]"), "number:3");
    assert_eq!(*seen.borrow(), ["root@0", "leaf@2"]);
    // Any closure of the operation's signature implements the trait.
    assert_eq!(
        p.call_visitor(|_: String, depth| depth as u16, "['x', 9]"),
        "number:9"
    );
    assert_eq!((visitor::SKIP, visitor::ENTER), (3, 1));
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "callback `Numbers` passed to `CallbackProbe.callNumbers` received a string \"x\" as its argument `a`, which is not a value of its IDL type `long`"
)]
fn argument_of_the_wrong_type_panics_naming_the_callback() {
    probe().call_numbers(|a, _, _, _, _, _| a, "['x', 1, true, 0, 0]");
}

#[wasm_bindgen_test]
#[should_panic(expected = "received the number 5 as its argument `probe`")]
fn interface_argument_of_the_wrong_type_panics() {
    probe().call_values(|_, _, _, _, _, _| (), "[5, null, 0, {}, [], {}]");
}

#[wasm_bindgen_test]
#[should_panic(expected = "callback `Ratio` passed to `CallbackProbe.callRatio`")]
fn non_finite_result_of_a_restricted_double_panics() {
    probe().call_ratio(|| f64::NAN, "[]");
}

#[wasm_bindgen_test]
fn mismatch_message_names_callback_argument_and_type() {
    use idlbind::callback::__private::argument_mismatch_message;
    assert_eq!(
        argument_mismatch_message(
            "callback `EventListener` passed to `EventTarget.addEventListener`",
            "event",
            "Event",
            &JsValue::NULL,
        ),
        "callback `EventListener` passed to `EventTarget.addEventListener` received null as its \
         argument `event`, which is not a value of its IDL type `Event`"
    );
}

// Borrowed

#[wasm_bindgen_test]
fn for_each_borrows_its_callback_only_for_the_call() {
    let p = probe();
    let mut seen = Vec::new();
    p.for_each(|text, maybe, mood| {
        seen.push(format!("{text} {maybe:?} {mood}"));
        String::new()
    });
    assert_eq!(seen, ["a None calm", "b Some(\"B\") busy"]);
    // JavaScript kept the function: it is invalidated.
    assert_eq!(p.fire("['c', null, 'calm']"), AFTER_DROP);
}

// Guards

#[wasm_bindgen_test]
fn guard_keeps_the_closure_until_dropped_then_frees_it() {
    let p = probe();
    let calls = Rc::new(Cell::new(0));
    let (drops, captured) = counter();
    let guard = {
        let calls = calls.clone();
        p.keep(move || {
            let _captured = &captured;
            calls.set(calls.get() + 1);
        })
    };
    assert!(guard.function().is_some());
    assert_eq!(
        p.inspect("self.kept === self.kept && typeof self.kept"),
        "function"
    );
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!((calls.get(), drops.get()), (2, 0));
    drop(guard);
    assert_eq!(drops.get(), 1, "dropping the guard frees the closure");
    assert_eq!(p.fire("[]"), AFTER_DROP);
    assert_eq!(calls.get(), 2);
}

#[wasm_bindgen_test]
fn forgotten_guard_keeps_the_callback_forever() {
    let p = probe();
    let (drops, captured) = counter();
    let calls = Rc::new(Cell::new(0));
    let counted = calls.clone();
    p.keep(move || {
        let _captured = &captured;
        counted.set(counted.get() + 1);
    })
    .forget();
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!((calls.get(), drops.get()), (1, 0));
}

#[wasm_bindgen_test]
fn guard_of_add_calls_remove_with_the_same_arguments() {
    let p = probe();
    let sources = Rc::new(RefCell::new(Vec::new()));
    let guard = {
        let sources = sources.clone();
        p.add_thing_with(
            move |source: CallbackProbe| sources.borrow_mut().push(source),
            true,
        )
    };
    assert_eq!(p.dispatch_thing(), 1);
    assert_eq!(sources.borrow().len(), 1);
    assert_eq!(sources.borrow()[0], p);
    assert_eq!(p.inspect("self.removed.length"), "0");
    drop(guard);
    assert_eq!(p.inspect("self.removed.length"), "1");
    assert_eq!(
        p.inspect("self.removed[0][0] === self.added[0][0] && self.removed[0][1] === true"),
        "true",
        "removeThing received the same function and the same `capture`"
    );
    assert_eq!(p.inspect("self.removed[0].length"), "2");
    assert_eq!(p.dispatch_thing(), 0);

    // Without the optional argument, `removeThing` gets none either.
    drop(p.add_thing(|_: CallbackProbe| ()));
    assert_eq!(p.inspect("self.removed[1].length"), "1");
}

#[wasm_bindgen_test]
fn remove_operation_takes_the_function_the_guard_holds() {
    let p = probe();
    let guard = p.add_thing(|_: CallbackProbe| ());
    let function = guard
        .function()
        .expect("the guard holds the function")
        .clone();
    p.remove_thing(&function);
    assert_eq!(p.dispatch_thing(), 0);
    assert_eq!(p.inspect("self.removed[0][0] === self.added[0][0]"), "true");
}

#[wasm_bindgen_test]
fn attribute_setter_returns_a_guard_that_resets_the_attribute() {
    let p = probe();
    assert_eq!(p.ping(), "none");
    assert!(p.onping().is_none());
    let first = p.set_onping(|source: CallbackProbe| {
        assert_eq!(source.inspect("1 + 1"), "2");
        5
    });
    assert_eq!(p.ping(), "number:5");
    assert_eq!(
        p.onping().as_ref(),
        first.function(),
        "the getter gives the function"
    );
    // A later assignment is left alone by the first guard's drop.
    let second = p.set_onping(|_| ());
    drop(first);
    assert_eq!(p.ping(), "undefined");
    drop(second);
    assert_eq!(p.inspect("self.onping === null"), "true");
    assert_eq!(p.ping(), "none");

    p.set_onping(|_| "kept").forget();
    assert_eq!(p.ping(), r#"string:"kept""#);
    p.clear_onping();
    assert_eq!(p.ping(), "none");
}

#[wasm_bindgen_test]
fn set_interval_guard_calls_clear_interval_with_the_id() {
    let p = probe();
    let calls = Rc::new(Cell::new(0));
    let counted = calls.clone();
    let (id, guard) = p.set_interval_with(move || counted.set(counted.get() + 1), 10);
    assert_eq!(id, 1);
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!(calls.get(), 1);
    drop(guard);
    assert_eq!(p.inspect("self.cleared.join()"), "1");
    assert_eq!(p.fire("[]"), AFTER_DROP);
}

#[wasm_bindgen_test]
fn throwing_call_gives_the_error_and_frees_the_closure() {
    let p = probe();
    let (drops, captured) = counter();
    let error = p
        .keep_or_throw(
            move || {
                let _captured = &captured;
            },
            true,
        )
        .expect_err("JavaScript threw");
    assert_eq!(error.message(), "refused");
    assert_eq!(drops.get(), 1);
    let guard = p.keep_or_throw(|| (), false).expect("no throw");
    assert_eq!(p.fire("[]"), "undefined");
    drop(guard);
    assert_eq!(p.fire("[]"), AFTER_DROP);
}

#[wasm_bindgen_test]
fn optional_callback_is_an_option_and_absent_when_none() {
    let p = probe();
    let guard = p.keep_maybe_with(None::<fn()>, 5);
    assert_eq!(p.inspect("self.count"), "2");
    assert_eq!(p.inspect("self.kept === undefined"), "true");
    assert!(guard.function().is_none());
    drop(guard);

    let calls = Rc::new(Cell::new(0));
    let counted = calls.clone();
    let guard = p.keep_maybe_with(Some(move || counted.set(counted.get() + 1)), None);
    assert_eq!(p.inspect("self.count"), "1");
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!(calls.get(), 1);
    drop(guard);
    assert_eq!(p.fire("[]"), AFTER_DROP);

    p.keep_maybe();
    assert_eq!(p.inspect("self.count"), "0");
}

// Once

#[wasm_bindgen_test]
fn once_callback_frees_its_captures_after_the_call_and_refuses_a_second() {
    let p = probe();
    let (drops, captured) = counter();
    let calls = Rc::new(Cell::new(0));
    let counted = calls.clone();
    p.keep_once(move || {
        let captured = captured;
        counted.set(counted.get() + 1);
        drop(captured);
    });
    assert_eq!(drops.get(), 0);
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!((calls.get(), drops.get()), (1, 1));
    assert_eq!(p.fire("[]"), "threw: FnOnce called more than once");
    assert_eq!(calls.get(), 1);
}

#[wasm_bindgen_test]
fn set_timeout_is_a_once_callback_from_the_platform_table() {
    let p = probe();
    let (drops, captured) = counter();
    // An `FnOnce`: it moves `captured` out.
    let id: i32 = p.set_timeout(move || drop(captured));
    assert_eq!(id, 7);
    assert_eq!(p.fire("[]"), "undefined");
    assert_eq!(drops.get(), 1);
    assert_eq!(p.fire("[]"), "threw: FnOnce called more than once");
}

#[wasm_bindgen_test]
async fn async_closure_is_awaited_by_javascript() {
    let p = probe();
    let doubled = p.run_later(|input| async move { Ok(input + 1) }, 20).await;
    assert_eq!(doubled.expect("the callback's promise fulfilled"), 42);

    let error = p
        .run_later(|_| async { Err(JsError::from(JsValue::from_str("no"))) }, 0)
        .await
        .expect_err("the callback's promise rejected");
    assert_eq!(error.into_value().as_string().as_deref(), Some("no"));
}

// Owned

#[wasm_bindgen_test]
fn constructor_argument_is_owned_by_javascript() {
    js_sys::eval(PROBE_JS).expect("the probe classes evaluate");
    let calls = Rc::new(Cell::new(0));
    let counted = calls.clone();
    let watcher = Watcher::new(move || counted.set(counted.get() + 1)).expect("constructs");
    watcher.trigger();
    watcher.trigger();
    assert_eq!(calls.get(), 2);
}

// Garbage collection (V8's `gc`, exposed through its flags)

/// Runs V8's garbage collector, then lets finalization callbacks run, until `done` or a few
/// rounds have passed.
async fn collect_until(done: impl Fn() -> bool) {
    let gc: js_sys::Function = js_sys::eval(
        "(() => { process.getBuiltinModule('v8').setFlagsFromString('--expose_gc'); \
         return process.getBuiltinModule('vm').runInNewContext('gc'); })()",
    )
    .expect("V8's gc is reachable")
    .into();
    for _ in 0..20 {
        if done() {
            return;
        }
        gc.call0(&JsValue::UNDEFINED).expect("gc runs");
        let later = js_sys::eval("new Promise((resolve) => setTimeout(resolve, 5))").unwrap();
        idlbind::Promise::<()>::from_js_value(later).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn owned_closure_is_freed_when_javascript_collects_the_function() {
    js_sys::eval(PROBE_JS).expect("the probe classes evaluate");
    let (drops, captured) = counter();
    let watcher = Watcher::new(move || {
        let _captured = &captured;
    })
    .expect("constructs");
    watcher.trigger();
    drop(watcher); // the last reference to the watcher, and so to the function
    collect_until(|| drops.get() == 1).await;
    assert_eq!(
        drops.get(),
        1,
        "the FinalizationRegistry dropped the closure"
    );
}

#[wasm_bindgen_test]
async fn once_closure_never_called_is_freed_when_collected() {
    let p = probe();
    let (drops, captured) = counter();
    p.keep_once(move || drop(captured));
    p.inspect("self.kept = null"); // as a cleared timeout would
    collect_until(|| drops.get() == 1).await;
    assert_eq!(drops.get(), 1, "not leaked");
}
