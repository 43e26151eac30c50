//! Callbacks crossing for real, in Node: closures and callback-interface objects given to a
//! small JavaScript class (defined below with `eval`) that calls them with the arguments a test
//! chooses, and shows what they returned.
//!
//! Every policy is exercised: borrowed closures (`call*`, `forEach`), guards (plain, with a
//! matching `remove` operation, on an attribute, with `clearInterval`), once-callbacks (written
//! and from the platform table), and a constructor argument owned by the garbage collector.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use idlbind::{CallbackScope, JsCast, JsError, JsValue, ToJs, idl};
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

    // Web IDL's own (webidl.idl), verbatim: its variadic `arguments` arrive as a `Vec`.
    callback Function = any (any... arguments);
    // More arguments than wasm-bindgen's closures take.
    callback Nine = long (long a, long b, long c, long d, long e, long f, long g, long h, long i);
    callback interface Logger {
      DOMString log(DOMString level, any... parts);
    };
    // As HTML's `TimerHandler`, without `TrustedScript`.
    typedef (DOMString or Function) TimerHandler;

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
      // Two optional arguments: the first may be left out while the second is given.
      undefined addPair(Listener listener, optional boolean capture, optional long rank);
      undefined removePair(Listener listener, optional boolean capture, optional long rank);
      // A variadic argument, kept and spread again for the remove operation.
      undefined addMany(Listener listener, DOMString... tags);
      undefined removeMany(Listener listener, DOMString... tags);

      attribute Handler? onping;
      DOMString ping();

      Promise<long> runLater([Callback=Once] Later cb, long input);

      // Variadic and long callbacks, called at once.
      DOMString callFunction([Callback=Borrowed] Function f, DOMString source);
      DOMString callNine([Callback=Borrowed] Nine cb, DOMString source);
      DOMString callLogger([Callback=Borrowed] Logger logger, DOMString source);

      // Callbacks inside other types: a union kept (a guard), a union result, sequences and
      // records.
      DOMString runHandler(TimerHandler handler, any... arguments);
      TimerHandler? giveHandler(DOMString source);
      (Function or undefined) giveFunction(boolean some);
      attribute TimerHandler? handler;
      long callAll([Callback=Borrowed] sequence<Function> functions);
      DOMString callRecord([Callback=Once] record<DOMString, Function> functions);
    };

    interface Watcher {
      constructor(Notify callback);
      undefined trigger();
    };
}

// The Streams Standard, from `tests/idl/webref/streams.idl`, verbatim except: members this
// test does not use are left out (`ReadableStream`'s `from`, `getReader`, `pipeThrough`,
// `pipeTo`, `tee`). Node's own streams run the closures.
idl! {
    [Exposed=*, Transferable]
    interface ReadableStream {
      constructor(optional object underlyingSource, optional QueuingStrategy strategy = {});

      readonly attribute boolean locked;

      Promise<undefined> cancel(optional any reason);

      async_iterable<any>(optional ReadableStreamIteratorOptions options = {});
    };

    dictionary ReadableStreamIteratorOptions {
      boolean preventCancel = false;
    };

    dictionary UnderlyingSource {
      UnderlyingSourceStartCallback start;
      UnderlyingSourcePullCallback pull;
      UnderlyingSourceCancelCallback cancel;
      ReadableStreamType type;
      [EnforceRange] unsigned long long autoAllocateChunkSize;
    };

    typedef (ReadableStreamDefaultController or ReadableByteStreamController) ReadableStreamController;

    callback UnderlyingSourceStartCallback = any (ReadableStreamController controller);
    callback UnderlyingSourcePullCallback = Promise<undefined> (ReadableStreamController controller);
    callback UnderlyingSourceCancelCallback = Promise<undefined> (optional any reason);

    enum ReadableStreamType { "bytes" };

    [Exposed=*]
    interface ReadableStreamDefaultController {
      readonly attribute unrestricted double? desiredSize;

      undefined close();
      undefined enqueue(optional any chunk);
      undefined error(optional any e);
    };

    [Exposed=*]
    interface ReadableByteStreamController {
      readonly attribute ReadableStreamBYOBRequest? byobRequest;
      readonly attribute unrestricted double? desiredSize;

      undefined close();
      undefined enqueue(ArrayBufferView chunk);
      undefined error(optional any e);
    };

    [Exposed=*]
    interface ReadableStreamBYOBRequest {
      readonly attribute Uint8Array? view;

      undefined respond([EnforceRange] unsigned long long bytesWritten);
      undefined respondWithNewView(ArrayBufferView view);
    };

    dictionary QueuingStrategy {
      unrestricted double highWaterMark;
      QueuingStrategySize size;
    };

    callback QueuingStrategySize = unrestricted double (any chunk);

    // Not from the standard: a JavaScript function (`SOURCE_PROBE_JS`) taking the dictionary
    // itself, so its closures live as the method's policy says (a guard), and giving one back.
    interface SourceProbe {
      constructor();
      ReadableStream streamFrom(UnderlyingSource underlyingSource, optional QueuingStrategy strategy = {});
      UnderlyingSource giveSource();
    };
}

const SOURCE_PROBE_JS: &str = r#"
if (!globalThis.SourceProbe) {
  globalThis.SourceProbe = class SourceProbe {
    streamFrom(source, strategy) { return new ReadableStream(source, strategy); }
    giveSource() { return { pull() { return Promise.resolve(); }, autoAllocateChunkSize: 8 }; }
  };
}
"#;

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
      this.handler = null;
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
      if (this.refuseRemove) throw new TypeError("remove refused");
    }
    dispatchThing() { for (const t of this.things) t(this); return this.things.length; }
    ping() { return this.onping === null ? "none" : show(this.onping(this)); }
    async runLater(cb, input) { return (await cb(input)) * 2; }
    runHandler(handler, ...args) {
      this.kept = handler;
      return typeof handler === "function" ? show(handler(...args)) : `text:${handler}`;
    }
    giveHandler(source) { return evaluate(this, source); }
    giveFunction(some) { return some ? function given() { return 7; } : undefined; }
    callAll(functions) {
      this.kept = functions;
      return functions.reduce((sum, f, i) => sum + f(i, 10), 0);
    }
    callRecord(record) {
      this.kept = record;
      return Object.entries(record).map(([k, f]) => `${k}=${show(f(k))}`).join(",");
    }
  }
  CallbackProbe.prototype.addPair = CallbackProbe.prototype.addThing;
  CallbackProbe.prototype.removePair = CallbackProbe.prototype.removeThing;
  CallbackProbe.prototype.addMany = CallbackProbe.prototype.addThing;
  CallbackProbe.prototype.removeMany = CallbackProbe.prototype.removeThing;
  for (const name of [
    "callNumbers", "callTexts", "callValues", "callPick", "callMakeProbe", "callRatio",
    "callNested", "callGiveNotify", "callVisitor", "callFunction", "callNine", "callLogger",
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

// Debug builds only: release builds take an interface argument unchecked (node_exceptions.rs).
#[cfg(debug_assertions)]
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
fn guard_of_add_passes_a_skipped_optional_argument_as_undefined() {
    let p = probe();
    // `capture` left out, `rank` given: `removePair` gets `undefined` in between, as `addPair`.
    drop(p.add_pair_with(|_: CallbackProbe| (), None, 3));
    assert_eq!(
        p.inspect("JSON.stringify(self.added[0].slice(1))"),
        "[null,3]"
    );
    assert_eq!(p.inspect("self.added[0].length"), "3");
    assert_eq!(p.inspect("self.removed[0].length"), "3");
    assert_eq!(
        p.inspect(
            "self.removed[0][0] === self.added[0][0] && self.removed[0][1] === undefined \
             && self.removed[0][2] === 3"
        ),
        "true"
    );
    // `rank` left out: so it is from `removePair` too.
    drop(p.add_pair_with(|_: CallbackProbe| (), false, None));
    assert_eq!(p.inspect("self.removed[1].length"), "2");
    assert_eq!(p.inspect("self.removed[1][1] === false"), "true");
    drop(p.add_pair_with(|_: CallbackProbe| (), None, None));
    assert_eq!(p.inspect("self.removed[2].length"), "1");
    assert_eq!(p.dispatch_thing(), 0);
}

#[wasm_bindgen_test]
fn guard_of_add_spreads_a_variadic_argument_again() {
    let p = probe();
    let guard = p.add_many(|_: CallbackProbe| (), vec!["a", "b"]);
    assert_eq!(p.dispatch_thing(), 1);
    drop(guard);
    assert_eq!(
        p.inspect("JSON.stringify(self.removed[0].slice(1))"),
        r#"["a","b"]"#
    );
    assert_eq!(p.inspect("self.removed[0][0] === self.added[0][0]"), "true");
    assert_eq!(p.dispatch_thing(), 0);
}

#[wasm_bindgen_test]
fn guard_ignores_an_exception_of_the_remove_operation_and_frees_the_closure() {
    let p = probe();
    let (drops, captured) = counter();
    let guard = p.add_thing(move |_: CallbackProbe| {
        let _captured = &captured;
    });
    p.inspect("self.refuseRemove = true");
    // The exception has nowhere to go from a drop: it is dropped, and the closure freed.
    drop(guard);
    assert_eq!(drops.get(), 1);
    assert_eq!(p.inspect("self.removed.length"), "1");
    // A method that is not there at all (an object that only looks like the interface).
    let guard = p.add_thing(|_: CallbackProbe| ());
    p.inspect("(self.removeThing = undefined, 0)");
    drop(guard);
    assert_eq!(p.inspect("self.removed.length"), "1");
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

// Variadic and long callbacks

#[wasm_bindgen_test]
fn variadic_callback_receives_its_arguments_as_a_vec() {
    let p = probe();
    let shown = p.call_function(
        |arguments| {
            let texts: Vec<String> = arguments.iter().map(|a| format!("{a:?}")).collect();
            texts.join(" ")
        },
        "[1, 'two', null]",
    );
    assert_eq!(
        shown,
        r#"string:"JsValue(1) JsValue(\"two\") JsValue(null)""#
    );
    assert_eq!(
        p.call_function(|arguments| arguments.len() as u32, "[]"),
        "number:0"
    );
}

#[wasm_bindgen_test]
fn callback_of_nine_arguments_receives_them_all() {
    let p = probe();
    let shown = p.call_nine(
        |a, b, c, d, e, f, g, h, i| {
            a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9
        },
        "[1, 1, 1, 1, 1, 1, 1, 1, 100]",
    );
    assert_eq!(shown, "number:936");
    // Arguments JavaScript leaves out are `undefined`, which a `long` is not.
    let mut seen = Vec::new();
    p.call_nine(
        |a, _, _, _, _, _, _, _, i| {
            seen.push((a, i));
            0
        },
        "[5, 0, 0, 0, 0, 0, 0, 0, -5, 'extra']",
    );
    assert_eq!(seen, [(5, -5)]);
}

/// A callback interface whose operation is variadic, implemented by a Rust type.
struct Joiner;

impl LoggerObject for Joiner {
    fn log(&mut self, level: String, parts: Vec<JsValue>) -> String {
        let parts: Vec<String> = parts.iter().map(|p| format!("{p:?}")).collect();
        format!("{level}: {}", parts.join(", "))
    }
}

#[wasm_bindgen_test]
fn variadic_callback_interface_operation() {
    let p = probe();
    assert_eq!(
        p.call_logger(Joiner, "['warn', 1, true]"),
        r#"string:"warn: JsValue(1), JsValue(true)""#
    );
    assert_eq!(
        p.call_logger(
            |level: String, parts: Vec<JsValue>| format!("{level}{}", parts.len()),
            "['x']"
        ),
        r#"string:"x0""#
    );
}

// Callbacks inside unions, sequences and records

#[wasm_bindgen_test]
fn union_argument_takes_a_string_or_a_closure_with_the_extra_arguments() {
    let p = probe();
    let (shown, guard) = p.run_handler("just text", [JsValue::from(1)]);
    assert_eq!(shown, "text:just text");
    assert!(guard.function().is_none(), "no closure, no function");
    drop(guard);

    let calls = Rc::new(RefCell::new(Vec::new()));
    let seen = calls.clone();
    let (drops, captured) = counter();
    let (shown, guard) = p.run_handler(
        move |arguments: Vec<JsValue>| {
            let _captured = &captured;
            seen.borrow_mut().push(arguments.len());
            arguments.first().and_then(JsValue::as_f64).unwrap_or(0.0) * 2.0
        },
        [JsValue::from(21), JsValue::from("more")],
    );
    assert_eq!(shown, "number:42");
    assert_eq!(*calls.borrow(), [2]);
    assert_eq!(
        p.inspect("self.kept === self.kept && typeof self.kept"),
        "function"
    );
    assert_eq!(p.fire("[4]"), "number:8", "JavaScript kept the function");
    assert!(guard.function().is_some());
    assert_eq!(drops.get(), 0);
    drop(guard);
    assert_eq!(drops.get(), 1, "the guard owned the closure");
    assert_eq!(p.fire("[4]"), AFTER_DROP);
}

#[wasm_bindgen_test]
fn callback_value_made_once_or_from_a_javascript_function() {
    let p = probe();
    let (drops, captured) = counter();
    let (shown, guard) = p.run_handler(
        Function::once(move |_| {
            drop(captured);
            "once"
        }),
        [] as [JsValue; 0],
    );
    assert_eq!(shown, r#"string:"once""#);
    assert_eq!(drops.get(), 1, "the captures went with the call");
    for _ in 0..2 {
        assert_eq!(
            p.fire("[]"),
            "threw: callback `Function` called more than once"
        );
    }
    drop(guard);

    let function = js_sys::Function::new_with_args("a", "return a + 1");
    let (shown, guard) = p.run_handler(Function::from(function.clone()), [JsValue::from(1)]);
    assert_eq!(shown, "number:2");
    assert_eq!(
        p.inspect("self.kept.toString().includes('a + 1')"),
        "true",
        "JavaScript received that very function"
    );
    assert!(guard.function().is_none(), "nothing was made");
}

#[wasm_bindgen_test]
fn union_attribute_setter_guard_resets_the_attribute() {
    let p = probe();
    assert_eq!(p.handler(), None);
    let guard = p.set_handler(Some(TimerHandler::from(|arguments: Vec<JsValue>| {
        arguments.len() as u32
    })));
    assert_eq!(
        p.inspect("self.handler(1, 2, 3)"),
        "3",
        "JavaScript calls the closure"
    );
    match p.handler() {
        Some(TimerHandler::Function(function)) => {
            assert_eq!(
                function.as_js(),
                guard.function(),
                "the getter gives the function"
            );
        }
        other => panic!("not a function: {other:?}"),
    }
    drop(guard);
    assert_eq!(p.handler(), None, "the guard's drop set it back to null");

    let guard = p.set_handler(Some(TimerHandler::from("code")));
    assert_eq!(p.handler(), Some(TimerHandler::DomString("code".into())));
    drop(guard);
    assert_eq!(
        p.handler(),
        Some(TimerHandler::DomString("code".into())),
        "a string is no function of the guard's: left alone"
    );
}

#[wasm_bindgen_test]
fn callback_value_called_while_it_runs_throws_in_javascript() {
    let p = probe();
    let inner = Rc::new(RefCell::new(String::new()));
    let seen = inner.clone();
    let probe = p.clone();
    // Two functions made of one value share its closure: while the first runs, JavaScript
    // calls the second.
    let function = Function::new(move |arguments| {
        if arguments[0].as_f64() == Some(0.0) {
            *seen.borrow_mut() = probe.inspect(
                "(() => { try { return self.kept[1](1, 10); } catch (e) { return e.message; } })()",
            );
        }
        1
    });
    assert_eq!(p.call_all([function.clone(), function]), 2);
    assert_eq!(
        *inner.borrow(),
        "callback `Function` invoked recursively (while it was running)"
    );
}

#[wasm_bindgen_test]
fn union_result_is_decoded_callable_first() {
    let p = probe();
    match p.give_handler("() => 5") {
        Some(TimerHandler::Function(function)) => {
            let function = function.as_js().expect("from JavaScript");
            assert_eq!(function.call0(&JsValue::NULL).unwrap().as_f64(), Some(5.0));
        }
        other => panic!("not a function: {other:?}"),
    }
    assert_eq!(
        p.give_handler("'text'"),
        Some(TimerHandler::DomString("text".into()))
    );
    // Web IDL's last resort for a union with a string: `String(value)`.
    assert_eq!(
        p.give_handler("42"),
        Some(TimerHandler::DomString("42".into()))
    );
    assert_eq!(p.give_handler("null"), None);

    match p.give_function(true) {
        FunctionOrUndefined::Function(function) => {
            assert_eq!(function.as_js().unwrap().name(), "given");
        }
        other => panic!("not a function: {other:?}"),
    }
    assert_eq!(p.give_function(false), FunctionOrUndefined::Undefined(()));
}

#[wasm_bindgen_test]
fn sequence_and_record_of_callbacks() {
    let p = probe();
    let mut functions = vec![Function::new(|arguments: Vec<JsValue>| {
        arguments[0].as_f64().unwrap() + arguments[1].as_f64().unwrap()
    })];
    functions.push(Function::new(|_| 100));
    functions.push(js_sys::Function::new_with_args("i", "return i * 1000").into());
    // 0 + 10, then 100, then 2 * 1000.
    assert_eq!(p.call_all(&functions), 2110);

    let (drops, captured) = counter();
    let shown = p.call_record([
        (
            "a",
            Function::new(move |arguments| {
                let _captured = &captured;
                format!("{}!", arguments[0].as_string().unwrap())
            }),
        ),
        ("b", Function::new(|arguments| arguments.len() as u32)),
    ]);
    assert_eq!(shown, r#"a=string:"a!",b=number:1"#);
    // Once-functions: each was called, so its captures went with the call... but the closure
    // itself is shared with the `Function` value, which the record moved in and dropped.
    assert_eq!(drops.get(), 1);
    assert_eq!(
        p.inspect("(() => { try { self.kept.a('x'); } catch (e) { return e.message; } })()"),
        "FnOnce called more than once"
    );
}

// Callbacks inside dictionaries: the Streams Standard in Node

/// The chunks of a stream, read through its async iterator.
async fn chunks(stream: &ReadableStream) -> Vec<String> {
    let mut chunks = stream.values();
    let mut read = Vec::new();
    while let Some(chunk) = chunks.next().await {
        read.push(chunk.expect("a chunk").as_string().expect("a string chunk"));
    }
    read
}

/// The default controller in a `ReadableStreamController`.
fn default_controller(controller: ReadableStreamController) -> ReadableStreamDefaultController {
    match controller {
        ReadableStreamController::ReadableStreamDefaultController(controller) => controller,
        other => panic!("not a default controller: {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn readable_stream_calls_the_closures_of_its_source_and_strategy() {
    let desired = Rc::new(RefCell::new(Vec::new()));
    let sized = Rc::new(RefCell::new(Vec::new()));
    let pulls = Rc::new(Cell::new(0));
    let source = UnderlyingSource {
        start: Some(UnderlyingSourceStartCallback::new({
            let desired = desired.clone();
            move |controller| {
                let controller = default_controller(controller);
                controller.enqueue_with(&JsValue::from("start"));
                desired.borrow_mut().push(controller.desired_size());
            }
        })),
        pull: Some(UnderlyingSourcePullCallback::new({
            let pulls = pulls.clone();
            move |controller| {
                let controller = default_controller(controller);
                pulls.set(pulls.get() + 1);
                controller.enqueue_with(&JsValue::from(format!("pull {}", pulls.get())));
                if pulls.get() == 3 {
                    controller.close();
                }
                async { Ok(()) }
            }
        })),
        ..Default::default()
    };
    let strategy = QueuingStrategy {
        high_water_mark: Some(10.0),
        size: Some(QueuingStrategySize::new({
            let sized = sized.clone();
            move |chunk: JsValue| {
                let text = chunk.as_string().expect("a string chunk");
                sized.borrow_mut().push(text.clone());
                text.len() as f64
            }
        })),
    };
    // The standard takes the source as a plain `object`: `to_js` gives its closures to the
    // garbage collector (the stream holds them); the strategy is the constructor's, so
    // `Owned` too.
    let object: js_sys::Object = source.to_js().unchecked_into();
    let stream = ReadableStream::new_with(&object, &strategy).expect("a stream");
    assert_eq!(
        chunks(&stream).await,
        ["start", "pull 1", "pull 2", "pull 3"]
    );
    assert_eq!(pulls.get(), 3);
    assert_eq!(*sized.borrow(), ["start", "pull 1", "pull 2", "pull 3"]);
    // `desiredSize` is the high-water mark less the sizes the strategy's closure gave.
    assert_eq!(*desired.borrow(), [Some(5.0)]);
}

#[wasm_bindgen_test]
async fn dictionary_argument_closures_live_as_long_as_the_guard() {
    js_sys::eval(SOURCE_PROBE_JS).expect("the source probe evaluates");
    let pulls = Rc::new(Cell::new(0));
    let (drops, captured) = counter();
    let source = UnderlyingSource {
        pull: Some(UnderlyingSourcePullCallback::new({
            let pulls = pulls.clone();
            move |controller| {
                let _captured = &captured;
                pulls.set(pulls.get() + 1);
                default_controller(controller).enqueue_with(&JsValue::from(pulls.get()));
                async { Ok(()) }
            }
        })),
        ..Default::default()
    };
    // Pull only when read.
    let strategy = QueuingStrategy {
        high_water_mark: Some(0.0),
        ..Default::default()
    };
    let probe = SourceProbe::new().expect("constructs");
    // Not a constructor: the closures are owned by the guard.
    let (stream, guard) = probe.stream_from_with(&source, &strategy);
    drop(source);
    let mut chunks = stream.values();
    let first = chunks.next().await.unwrap().unwrap();
    assert_eq!(first.as_f64(), Some(1.0));
    assert_eq!(drops.get(), 0);
    drop(guard);
    assert_eq!(drops.get(), 1, "the guard freed the closure");
    // The stream pulls again: the function now throws, which errors the stream.
    let error = chunks.next().await.unwrap().expect_err("the pull threw");
    assert!(
        error
            .message()
            .contains("closure invoked recursively or after being dropped"),
        "{error}"
    );
}

#[wasm_bindgen_test]
async fn callback_scope_guards_a_dictionary_given_as_an_object() {
    let (drops, captured) = counter();
    let source = UnderlyingSource {
        start: Some(UnderlyingSourceStartCallback::new(move |controller| {
            let _captured = &captured;
            let controller = default_controller(controller);
            controller.enqueue_with(&JsValue::from("only"));
            controller.close();
        })),
        ..Default::default()
    };
    let mut scope = CallbackScope::guarded();
    let object = source.to_js_in(&mut scope);
    drop(source);
    let stream =
        ReadableStream::new_with(object.unchecked_ref::<js_sys::Object>(), None).expect("a stream");
    let guard = scope.into_guard();
    assert!(guard.function().is_some());
    assert_eq!(chunks(&stream).await, ["only"]);
    assert_eq!(drops.get(), 0);
    drop(guard);
    assert_eq!(drops.get(), 1);
}

#[wasm_bindgen_test]
fn dictionary_read_from_javascript_holds_its_functions() {
    js_sys::eval(SOURCE_PROBE_JS).expect("the source probe evaluates");
    let source = SourceProbe::new().expect("constructs").give_source();
    assert_eq!(source.auto_allocate_chunk_size, Some(8));
    assert!(source.start.is_none());
    let pull = source.pull.expect("a pull function");
    assert!(pull.as_js().is_some_and(|f| f.length() == 0));
    // Sent back, it is the same JavaScript function.
    let again = pull.to_js();
    assert!(js_sys::Object::is(&again, pull.as_js().unwrap()));
}
