//! Typed values crossing for real, in Node: dictionaries, enums, unions, sequences, records,
//! observable arrays, buffers, `bigint` and promises, bound from inline IDL against a small
//! JavaScript class (defined below with `eval`).
//!
//! The class keeps the last argument it received (`take*` methods) so that a test can ask
//! JavaScript about its exact shape with `inspect` (`Object.keys`, `"x" in arg`, `instanceof`,
//! `JSON.stringify`), and its `make*` methods return whatever JavaScript source the test gives
//! them, so the test decides what Rust has to read.

#![allow(
    clippy::needless_borrows_for_generic_args,
    reason = "the tests pass borrowed forms (`&[1, 2]`, `&vec![..]`) on purpose: the bindings must take them"
)]

use std::collections::BTreeMap;

use idlbind::{JsCast, JsError, JsValue, ParseEnumError, Promise, idl};
use js_sys::{ArrayBuffer, BigInt, DataView, Float32Array, Int16Array, Uint8Array};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    enum Mood { "happy", "so-so", "", "2d" };

    dictionary Base {
      DOMString name = "base";
      long level;
    };

    dictionary Settings : Base {
      required DOMString label;
      long count = 3;
      boolean? flag;
      DOMString? note = null;
      Mood mood = "happy";
      sequence<long> values;
      Probe? owner;
      Probe helper;
      Inner inner;
      record<DOMString, long> table;
      (long or DOMString) either;
      long long big;
    };

    // Union members with defaults of each kind (as `MediaStreamConstraints` has).
    dictionary Media {
      (boolean or Bag) video = false;
      (long or DOMString) size = 0;
      (boolean or Bag) audio = {};
      (long or DOMString) label = "none";
    };

    dictionary Inner {
      double ratio;
      long maxItems;
      ByteString raw;
      sequence<DOMString> tags = [];
    };

    dictionary Bag {
      DOMString name;
    };

    typedef (Probe or DOMString) ProbeOrText;

    interface Probe {
      constructor();
      attribute long calls;
      DOMString inspect(DOMString expression);

      undefined takeSettings(Settings settings);
      undefined takeBase(Base base);
      undefined takeInner(optional Inner inner = {});
      Settings makeSettings(DOMString source);
      Base makeBase(DOMString source);
      Inner makeInner(DOMString source);

      attribute Mood mood;
      undefined takeMood(Mood mood);
      undefined takeMoods(sequence<Mood> moods);
      Mood makeMood(DOMString source);

      undefined takeUnion((Probe or sequence<long> or Bag or DOMString) value);
      (Probe or sequence<long> or Bag or DOMString) makeUnion(DOMString source);
      (long or boolean) makeLongOrBoolean(DOMString source);
      (DOMString or long) makeStringOrLong(DOMString source);
      (long or (DOMString or boolean)) makeFlattened(DOMString source);
      (BufferSource or DOMString) makeBufferOrString(DOMString source);
      undefined takeNullableUnion((Probe or long)? value);
      (Probe or long)? makeNullableUnion(DOMString source);
      undefined takeProbeOrText(ProbeOrText value);
      undefined takeAnonymous((Probe or DOMString) value);

      undefined takeLongs(sequence<long> values);
      undefined takeStrings(sequence<DOMString> values);
      undefined takeProbes(sequence<Probe> values);
      undefined takeNested(sequence<sequence<double>> values);
      undefined takeBags(sequence<Bag> values);
      undefined takeUnions(sequence<(long or DOMString)> values);
      undefined takeFrozen(FrozenArray<long> values);
      sequence<long> makeLongs(DOMString source);
      FrozenArray<DOMString> makeFrozen(DOMString source);
      sequence<sequence<double>> makeNested(DOMString source);
      sequence<Bag> makeBags(DOMString source);

      undefined takeRecord(record<DOMString, long> values);
      undefined takeTable(record<DOMString, sequence<DOMString>> values);
      record<DOMString, long> makeRecord(DOMString source);
      record<DOMString, sequence<long>> makeTable(DOMString source);

      attribute ObservableArray<long> numbers;
      attribute ObservableArray<Probe> probes;

      DOMString takeBuffer(BufferSource data);
      DOMString takeView(ArrayBufferView data);
      DOMString takeShared(optional AllowSharedBufferSource data);
      DOMString fillBytes(ArrayBufferView data);
      DOMString takeFloats(Float32Array data);
      DOMString takeRaw(ArrayBuffer buffer, DataView view);
      ArrayBuffer makeArrayBuffer(DOMString source);
      Uint8Array makeBytes(DOMString source);
      ArrayBufferView makeView(DOMString source);

      bigint doubleBig(bigint value);

      Promise<long> later(long value);
      Promise<undefined> settle();
      Promise<DOMString> makeText(DOMString source);
      Promise<long> makeLongPromise(DOMString source);
      Promise<sequence<long>> makeLongsLater(DOMString source);
      undefined takePromise(Promise<long> value);
      Promise<long> doubled();
      readonly attribute Promise<long> ready;
      Promise<long> sum(long... values);
      Promise<DOMString> echo((DOMString or long) value, optional DOMString suffix);
    };
}

/// The JavaScript side. `take*` methods keep their first argument (`arg` in `inspect`) and how
/// many arguments they got (`self.count`); `make*` methods return the value of their source.
/// Buffer methods describe what they got at once (`Uint8Array[1,2,3]`): a view of wasm memory
/// must not be kept after the call.
const PROBE_JS: &str = r#"
if (!globalThis.Probe) {
  const describe = (data) => {
    const name = Object.getPrototypeOf(data).constructor.name;
    let values;
    if (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) {
      values = Array.from(new Uint8Array(data));
    } else if (data instanceof DataView) {
      values = Array.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } else {
      values = Array.from(data);
    }
    return `${name}[${values.join(",")}]`;
  };
  class Probe {
    constructor() {
      this.calls = 0;
      this.last = undefined;
      this.count = -1;
      this.moodValue = "happy";
      this.numberList = [1, 2, 3];
      this.numberView = new Proxy(this.numberList, {
        set(target, key, value) {
          if (key !== "length" && value < 0) {
            throw new TypeError("negative numbers are refused");
          }
          target[key] = value;
          return true;
        },
      });
      this.numbersSetWith = "";
      this.probeList = [];
      this.pending = Promise.resolve(0);
    }
    toJSON() { return "Probe"; }
    keep(args) { this.last = args[0]; this.count = args.length; }
    inspect(expression) {
      return String(new Function("arg", "self", `return (${expression});`)(this.last, this));
    }
    make(source) { return new Function(`return (${source});`)(); }
    get mood() { return this.moodValue; }
    set mood(value) { this.moodValue = value; }
    get numbers() { return this.numberView; }
    set numbers(values) {
      this.numbersSetWith = Array.isArray(values) ? "Array" : typeof values;
      this.numberList.splice(0, this.numberList.length, ...values);
    }
    get probes() { return this.probeList; }
    set probes(values) { this.probeList.splice(0, this.probeList.length, ...values); }
    takeBuffer(data) { return describe(data); }
    takeView(data) { return describe(data); }
    takeFloats(data) { return describe(data); }
    takeShared(...args) { return args.length === 0 ? "absent" : describe(args[0]); }
    fillBytes(data) {
      for (let i = 0; i < data.length; i++) data[i] = (i + 1) * 10;
      return describe(data);
    }
    takeRaw(buffer, view) { return `${describe(buffer)} ${describe(view)}`; }
    doubleBig(value) { this.last = typeof value; return value * 2n; }
    later(value) {
      this.calls++;
      return new Promise((resolve) => setTimeout(() => resolve(value), 0));
    }
    settle() {
      this.calls++;
      return new Promise((resolve) => setTimeout(resolve, 0));
    }
    takePromise(value) {
      this.keep([value]);
      this.pending = Promise.resolve(value).then((v) => v * 2);
    }
    doubled() { return this.pending; }
    get ready() {
      if (this.readyThrows) throw new TypeError("not ready");
      return 7;
    }
    sum(...values) { return values.reduce((a, b) => a + b, 0); }
    echo(value, suffix) {
      if (value === "throw") throw new RangeError("echo");
      return `${typeof value} ${value}${suffix ?? ""}`;
    }
  }
  for (const name of [
    "takeSettings", "takeBase", "takeInner", "takeMood", "takeMoods", "takeUnion",
    "takeNullableUnion", "takeProbeOrText", "takeAnonymous", "takeLongs", "takeStrings",
    "takeProbes", "takeNested", "takeBags", "takeUnions", "takeFrozen", "takeRecord",
    "takeTable",
  ]) {
    Probe.prototype[name] = function (...args) { this.keep(args); };
  }
  for (const name of [
    "makeSettings", "makeBase", "makeInner", "makeMood", "makeUnion", "makeLongOrBoolean",
    "makeStringOrLong", "makeFlattened", "makeBufferOrString", "makeNullableUnion",
    "makeLongs", "makeFrozen", "makeNested", "makeBags", "makeRecord", "makeTable",
    "makeArrayBuffer", "makeBytes", "makeView", "makeText", "makeLongPromise",
    "makeLongsLater",
  ]) {
    Probe.prototype[name] = function (source) { return this.make(source); };
  }
  globalThis.Probe = Probe;
}
"#;

fn probe() -> Probe {
    js_sys::eval(PROBE_JS).expect("the probe class evaluates");
    Probe::new().expect("the probe constructs")
}

// Dictionaries

#[wasm_bindgen_test]
fn dictionary_sends_defaults_and_leaves_absent_members_out() {
    let p = probe();
    p.take_settings(&Settings::new("first"));
    assert_eq!(
        p.inspect("JSON.stringify(arg)"),
        r#"{"name":"base","count":3,"label":"first","mood":"happy","note":null}"#
    );
    assert_eq!(
        p.inspect("Object.keys(arg).join()"),
        "name,count,label,mood,note"
    );
    for absent in [
        "level", "big", "either", "flag", "helper", "inner", "owner", "table", "values",
    ] {
        assert_eq!(
            p.inspect(&format!("{absent:?} in arg")),
            "false",
            "`{absent}` must be absent, not undefined"
        );
    }
    assert_eq!(p.inspect("'note' in arg && arg.note === null"), "true");
    assert_eq!(
        p.inspect("Object.getPrototypeOf(arg) === Object.prototype"),
        "true"
    );
    assert_eq!(p.inspect("typeof arg.count"), "number");
    // Each send builds a fresh object.
    p.inspect("self.previous = arg");
    p.take_settings(&Settings::new("first"));
    assert_eq!(p.inspect("arg !== self.previous"), "true");
}

#[wasm_bindgen_test]
fn dictionary_with_every_member_has_the_web_idl_shape() {
    let p = probe();
    let other = probe();
    let settings = Settings {
        level: Some(2),
        flag: Some(None),
        owner: Some(Some(other)),
        helper: Some(p.clone()),
        inner: Some(Inner {
            ratio: Some(0.5),
            max_items: Some(4),
            raw: Some("café".into()),
            tags: vec!["a".into()],
        }),
        values: Some(vec![1, 2]),
        table: Some(vec![("b".into(), 2), ("a".into(), 1)]),
        either: Some("text".into()),
        big: Some(1 << 40),
        mood: Mood::SoSo,
        note: Some("n".into()),
        ..Settings::new("full")
    };
    p.take_settings(&settings);
    // Ancestors first, then each dictionary's own members sorted by name.
    assert_eq!(
        p.inspect("Object.keys(arg).join()"),
        "level,name,big,count,either,flag,helper,inner,label,mood,note,owner,table,values"
    );
    assert_eq!(p.inspect("'flag' in arg && arg.flag === null"), "true");
    assert_eq!(
        p.inspect("arg.owner instanceof Probe && arg.owner !== self"),
        "true"
    );
    assert_eq!(p.inspect("arg.helper === self"), "true");
    assert_eq!(
        p.inspect("JSON.stringify(arg.inner)"),
        r#"{"maxItems":4,"ratio":0.5,"raw":"café","tags":["a"]}"#
    );
    assert_eq!(
        p.inspect("Object.getPrototypeOf(arg.inner) === Object.prototype"),
        "true"
    );
    assert_eq!(p.inspect("Array.isArray(arg.inner.tags)"), "true");
    assert_eq!(p.inspect("Array.isArray(arg.values)"), "true");
    assert_eq!(p.inspect("JSON.stringify(arg.values)"), "[1,2]");
    assert_eq!(p.inspect("Array.isArray(arg.table)"), "false");
    assert_eq!(p.inspect("Object.keys(arg.table).join()"), "b,a");
    assert_eq!(p.inspect("JSON.stringify(arg.table)"), r#"{"b":2,"a":1}"#);
    assert_eq!(p.inspect("arg.either === 'text'"), "true");
    assert_eq!(p.inspect("typeof arg.big"), "number");
    assert_eq!(p.inspect("arg.big === 2 ** 40"), "true");
    assert_eq!(p.inspect("arg.mood"), "so-so");
    assert_eq!(p.inspect("arg.note"), "n");
    assert_eq!(p.inspect("arg.level === 2 && arg.name === 'base'"), "true");

    let numeric = Settings {
        either: Some(7.into()),
        flag: Some(Some(false)),
        owner: Some(None),
        ..Settings::new("numeric")
    };
    p.take_settings(&numeric);
    assert_eq!(
        p.inspect("typeof arg.either + ' ' + arg.either"),
        "number 7"
    );
    assert_eq!(p.inspect("arg.flag"), "false");
    assert_eq!(p.inspect("'owner' in arg && arg.owner === null"), "true");
}

#[wasm_bindgen_test]
fn dictionary_inheritance_is_flattened_with_ancestor_fields_first() {
    let p = probe();
    let settings = Settings {
        name: "custom".into(),
        level: Some(7),
        ..Settings::new("x")
    };
    let debug = format!("{settings:?}");
    assert!(
        debug.starts_with(r#"Settings { name: "custom", level: Some(7), label: "x", count: 3"#),
        "{debug}"
    );
    let base = Base::from(settings.clone());
    assert_eq!(
        base,
        Base {
            name: "custom".into(),
            level: Some(7),
        }
    );
    p.take_base(&base);
    assert_eq!(
        p.inspect("JSON.stringify(arg)"),
        r#"{"level":7,"name":"custom"}"#
    );
    p.take_base(&settings.into());
    assert_eq!(p.inspect("Object.keys(arg).join()"), "level,name");
    assert_eq!(
        Base::default(),
        Base {
            name: "base".into(),
            level: None,
        }
    );
}

#[wasm_bindgen_test]
fn optional_dictionary_argument_is_passed_only_when_given() {
    let p = probe();
    p.take_inner();
    assert_eq!(p.inspect("self.count"), "0");
    p.take_inner_with(&Inner::default());
    assert_eq!(p.inspect("self.count"), "1");
    // The member with a default (`tags = []`) is present; the others are absent.
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"{"tags":[]}"#);
    assert_eq!(p.inspect("'ratio' in arg || 'maxItems' in arg"), "false");
    p.take_inner_with(None);
    assert_eq!(p.inspect("self.count"), "0");
}

#[wasm_bindgen_test]
fn dictionary_is_read_back_from_javascript() {
    let p = probe();
    let settings = p.make_settings(
        "{label: 'L', name: 'n', level: 1, flag: null, owner: new Probe(), helper: new Probe(), \
         values: [1, 2], table: {b: 2, a: 1}, inner: {ratio: 0.5, maxItems: 3}, mood: 'so-so', \
         either: 5, big: 2 ** 40, note: 'text', count: 9, extra: 'ignored'}",
    );
    assert_eq!(settings.label, "L");
    assert_eq!(settings.name, "n");
    assert_eq!(settings.level, Some(1));
    assert_eq!(settings.flag, Some(None), "null is present, as Some(None)");
    assert!(matches!(settings.owner, Some(Some(_))));
    assert!(settings.helper.is_some());
    assert_eq!(settings.values, Some(vec![1, 2]));
    assert_eq!(
        settings.table,
        Some(vec![("b".to_owned(), 2), ("a".to_owned(), 1)])
    );
    assert_eq!(
        settings.inner,
        Some(Inner {
            ratio: Some(0.5),
            max_items: Some(3),
            raw: None,
            tags: vec![],
        })
    );
    assert_eq!(settings.mood, Mood::SoSo);
    assert_eq!(settings.either, Some(LongOrDomString::Long(5)));
    assert_eq!(settings.big, Some(1 << 40));
    assert_eq!(settings.note.as_deref(), Some("text"));
    assert_eq!(settings.count, 9);

    // Absent members take their defaults, or are `None`.
    assert_eq!(p.make_settings("{label: 'only'}"), Settings::new("only"));
    let undefined_members = p.make_settings("{label: 'u', flag: undefined, note: null}");
    assert_eq!(undefined_members.flag, None);
    assert_eq!(undefined_members.note, None);
    assert_eq!(
        p.make_settings("{label: 'x', flag: true}").flag,
        Some(Some(true))
    );
}

#[wasm_bindgen_test]
fn null_and_undefined_read_as_the_empty_dictionary() {
    let p = probe();
    assert_eq!(p.make_base("null"), Base::default());
    assert_eq!(p.make_base("undefined"), Base::default());
    assert_eq!(p.make_inner("null"), Inner::default());
    assert_eq!(p.make_inner("({})"), Inner::default());
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "`Probe.makeSettings` returned an object, which is not a value of its IDL type `Settings`"
)]
fn missing_required_member_panics_naming_the_operation() {
    probe().make_settings("{name: 'no label'}");
}

#[wasm_bindgen_test]
#[should_panic(expected = "`Probe.makeSettings` returned an object")]
fn dictionary_member_of_the_wrong_type_panics_naming_the_operation() {
    probe().make_settings("{label: 'x', helper: 5}");
}

// Booleans, `long`, `unsigned long`, `float`, `double` and strings are read as Web IDL converts
// a dictionary member from JavaScript (ToBoolean, ToInt32, ToUint32, ToNumber, ToString), in
// one call each; only `undefined` is absent, `null` is converted as any other value (as
// `new MouseEvent("x", {clientX: null}).clientX` is 0 in browsers).
#[wasm_bindgen_test]
fn dictionary_primitive_members_convert_as_web_idl_says() {
    let p = probe();
    let base = p.make_base("{name: 7, level: '42'}");
    assert_eq!((base.name.as_str(), base.level), ("7", Some(42)));
    assert_eq!(p.make_base("{level: 'high'}").level, Some(0));
    assert_eq!(p.make_base("{level: 2 ** 32 + 5}").level, Some(5));
    assert_eq!(p.make_base("{level: -1.9}").level, Some(-1));
    let absent = p.make_base("{name: undefined, level: undefined}");
    assert_eq!((absent.name.as_str(), absent.level), ("base", None));
    let null = p.make_base("{name: null, level: null}");
    assert_eq!((null.name.as_str(), null.level), ("null", Some(0)));
    // A member with a default is read with it in one call: the default when absent.
    assert_eq!(p.make_settings("{label: 'l'}").count, 3);
    assert_eq!(p.make_settings("{label: 'l', count: '12'}").count, 12);
    assert_eq!(p.make_settings("{label: 'l', count: null}").count, 0);
    let inner = p.make_inner("{ratio: '0.5', maxItems: true}");
    assert_eq!((inner.ratio, inner.max_items), (Some(0.5), Some(1)));
}

#[wasm_bindgen_test]
#[should_panic(expected = "`Probe.makeInner` returned an object")]
fn restricted_double_member_read_refuses_nan() {
    probe().make_inner("{ratio: 'not a number'}");
}

// An enum member is read as the index of its value (no string crosses): every value, the
// default when absent, an unlisted string as `UnknownValue`; anything else is not a value.
#[wasm_bindgen_test]
fn dictionary_enum_members_are_read_by_index() {
    let p = probe();
    for (source, mood) in [
        ("'happy'", Mood::Happy),
        ("'so-so'", Mood::SoSo),
        ("''", Mood::Empty),
        ("'2d'", Mood::N2d),
        ("undefined", Mood::Happy),
    ] {
        let settings = p.make_settings(&format!("{{label: 'l', mood: {source}}}"));
        assert_eq!(settings.mood, mood, "{source}");
    }
    let unknown = p.make_settings("{label: 'l', mood: 'sideways'}").mood;
    assert_eq!(unknown.as_str(), "sideways");
    assert!(matches!(unknown, Mood::UnknownValue(_)));
}

#[wasm_bindgen_test]
#[should_panic(expected = "`Probe.makeSettings` returned an object")]
fn dictionary_enum_member_that_is_not_a_string_panics_naming_the_operation() {
    probe().make_settings("{label: 'l', mood: 3}");
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.makeBase")]
fn dictionary_return_that_is_not_an_object_panics_naming_the_member() {
    probe().make_base("5");
}

#[wasm_bindgen_test]
#[should_panic(expected = "Inner.ratio")]
fn restricted_double_member_refuses_nan() {
    probe().take_inner_with(&Inner {
        ratio: Some(f64::NAN),
        ..Inner::default()
    });
}

#[wasm_bindgen_test]
#[should_panic(expected = "Inner.raw")]
fn byte_string_member_refuses_wide_characters() {
    // As a `ByteString` argument does (`node_types.rs::byte_string_refuses_wide_characters`).
    probe().take_inner_with(&Inner {
        raw: Some("€".into()),
        ..Inner::default()
    });
}

// Enums

#[wasm_bindgen_test]
fn enum_values_are_sent_as_strings() {
    let p = probe();
    assert_eq!(Mood::VALUES, ["happy", "so-so", "", "2d"]);
    assert_eq!(Mood::SoSo.as_str(), "so-so");
    assert_eq!(Mood::Empty.as_str(), "");
    assert_eq!(Mood::N2d.to_string(), "2d");
    p.take_mood(Mood::SoSo);
    assert_eq!(p.inspect("typeof arg + ' ' + arg"), "string so-so");
    p.take_mood(Mood::Empty);
    assert_eq!(p.inspect("arg === ''"), "true");
    p.take_moods([Mood::N2d, Mood::Happy]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"["2d","happy"]"#);
    p.take_moods(&[Mood::Empty]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"[""]"#);
    p.set_mood(Mood::N2d);
    assert_eq!(p.inspect("self.moodValue"), "2d");
    assert_eq!(p.mood(), Mood::N2d);
    assert_eq!(p.make_mood("'so-so'"), Mood::SoSo);
    assert_eq!(p.make_mood("''"), Mood::Empty);
}

#[wasm_bindgen_test]
fn unknown_enum_value_from_javascript_is_kept() {
    let p = probe();
    let unknown = p.make_mood("'sideways'");
    assert!(
        matches!(&unknown, Mood::UnknownValue(value) if value.as_str() == "sideways"),
        "{unknown:?}"
    );
    assert_eq!(unknown.as_str(), "sideways");
    assert_eq!(unknown.to_string(), "sideways");
    p.inspect("self.moodValue = 'upside-down'");
    let attribute = p.mood();
    assert_eq!(attribute.as_str(), "upside-down");
    // It goes back to JavaScript as it came.
    p.take_mood(unknown);
    assert_eq!(p.inspect("arg"), "sideways");
    p.set_mood(attribute);
    assert_eq!(p.inspect("self.moodValue"), "upside-down");
}

#[wasm_bindgen_test]
fn enum_from_str() {
    assert_eq!("2d".parse::<Mood>(), Ok(Mood::N2d));
    assert_eq!("".parse::<Mood>(), Ok(Mood::Empty));
    assert_eq!("so-so".parse::<Mood>(), Ok(Mood::SoSo));
    let error: ParseEnumError = "sideways".parse::<Mood>().unwrap_err();
    assert_eq!(error.value(), "sideways");
    assert_eq!(error.enum_name(), "Mood");
    assert_eq!(
        error.to_string(),
        "`sideways` is not a value of the IDL enum `Mood`"
    );
    assert!(
        "Happy".parse::<Mood>().is_err(),
        "values are case-sensitive"
    );
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.makeMood")]
fn enum_return_that_is_not_a_string_panics_naming_the_member() {
    probe().make_mood("5");
}

// Unions

#[wasm_bindgen_test]
fn union_arguments_send_each_member_as_itself() {
    let p = probe();
    p.take_union(&p);
    assert_eq!(p.inspect("arg === self"), "true");
    p.take_union(vec![1, 2]);
    assert_eq!(
        p.inspect("Array.isArray(arg) + ' ' + JSON.stringify(arg)"),
        "true [1,2]"
    );
    p.take_union(Bag {
        name: Some("b".into()),
    });
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"{"name":"b"}"#);
    assert_eq!(
        p.inspect("Object.getPrototypeOf(arg) === Object.prototype"),
        "true"
    );
    p.take_union("text");
    assert_eq!(p.inspect("typeof arg + ' ' + arg"), "string text");
    p.take_union(String::from("owned"));
    assert_eq!(p.inspect("arg"), "owned");
    // (A string goes through the import that takes `&str`.)
    p.take_union("héllo ✓ 😀");
    assert_eq!(p.inspect("arg.length + ' ' + arg"), "10 héllo ✓ 😀");
    p.take_union(ProbeOrLongSequenceOrBagOrDomString::LongSequence(vec![]));
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[]");
}

// What a union argument takes, and which of those reach JavaScript through the `&str` import
// (borrowed, with no `String` made): strings, and the union's string variant.
#[wasm_bindgen_test]
fn union_argument_takes_each_member_type_and_the_union() {
    use idlbind::UnionArgument;
    type U = ProbeOrLongSequenceOrBagOrDomString;
    let p = probe();
    assert_eq!(UnionArgument::<U>::__as_str(&"text"), Some("text"));
    assert_eq!(
        UnionArgument::<U>::__as_str(&String::from("own")),
        Some("own")
    );
    assert_eq!(
        UnionArgument::<U>::__as_str(&U::DomString("var".into())),
        Some("var")
    );
    assert_eq!(
        UnionArgument::<U>::__as_str(&U::LongSequence(vec![1])),
        None
    );
    assert_eq!(UnionArgument::<U>::__as_str(&vec![1]), None);
    assert_eq!(UnionArgument::<U>::__as_str(&&p), None);
    assert_eq!(
        UnionArgument::<U>::into_union("text"),
        U::DomString("text".into())
    );
    assert_eq!(
        UnionArgument::<U>::into_union(vec![2]),
        U::LongSequence(vec![2])
    );
    assert!(matches!(UnionArgument::<U>::into_union(&p), U::Probe(probe) if probe == p));
    p.take_union(U::DomString("variant".into()));
    assert_eq!(p.inspect("typeof arg + ' ' + arg"), "string variant");
}

#[wasm_bindgen_test]
fn union_results_are_decoded_in_web_idl_order() {
    type U = ProbeOrLongSequenceOrBagOrDomString;
    let p = probe();
    assert!(matches!(p.make_union("new Probe()"), U::Probe(_)));
    assert_eq!(p.make_union("[1, 2]"), U::LongSequence(vec![1, 2]));
    assert_eq!(p.make_union("new Set([3])"), U::LongSequence(vec![3]));
    // An iterable object is a sequence before it is a dictionary.
    assert_eq!(
        p.make_union("({name: 'n', *[Symbol.iterator]() { yield 7; }})"),
        U::LongSequence(vec![7])
    );
    assert_eq!(
        p.make_union("({name: 'n'})"),
        U::Bag(Bag {
            name: Some("n".into())
        })
    );
    // null and undefined are the empty dictionary.
    assert_eq!(p.make_union("null"), U::Bag(Bag::default()));
    assert_eq!(p.make_union("undefined"), U::Bag(Bag::default()));
    assert_eq!(p.make_union("'s'"), U::DomString("s".into()));
    // Anything else falls back to the string member, through String(value).
    assert_eq!(p.make_union("42"), U::DomString("42".into()));
    assert_eq!(p.make_union("false"), U::DomString("false".into()));
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.makeUnion")]
fn union_reads_an_iterable_object_as_its_sequence_member_only() {
    // Web IDL picks the sequence member for any object with `Symbol.iterator` and converts it
    // (no other member is tried), so `["a"]` is never the `Bag` dictionary. Its element is not
    // a `long`, which (as for a `sequence<long>` result) is a mismatch.
    let read = probe().make_union("['a']");
    unreachable!("read as {read:?}");
}

#[wasm_bindgen_test]
fn union_fallbacks_for_numbers_strings_and_booleans() {
    let p = probe();
    assert_eq!(p.make_long_or_boolean("5"), LongOrBoolean::Long(5));
    assert_eq!(p.make_long_or_boolean("true"), LongOrBoolean::Boolean(true));
    // No string member: a string goes through Number(value), before truthiness.
    assert_eq!(p.make_long_or_boolean("'12'"), LongOrBoolean::Long(12));
    assert_eq!(p.make_long_or_boolean("'x'"), LongOrBoolean::Long(0));
    assert_eq!(p.make_long_or_boolean("null"), LongOrBoolean::Long(0));

    assert_eq!(
        p.make_string_or_long("true"),
        DomStringOrLong::DomString("true".into())
    );
    assert_eq!(p.make_string_or_long("5"), DomStringOrLong::Long(5));
    assert_eq!(
        p.make_string_or_long("'5'"),
        DomStringOrLong::DomString("5".into())
    );
    assert_eq!(
        p.make_string_or_long("({})"),
        DomStringOrLong::DomString("[object Object]".into())
    );
    assert_eq!(
        p.make_string_or_long("undefined"),
        DomStringOrLong::DomString("undefined".into())
    );
}

#[wasm_bindgen_test]
fn nested_unions_are_flattened() {
    let p = probe();
    assert_eq!(
        p.make_flattened("true"),
        LongOrDomStringOrBoolean::Boolean(true)
    );
    assert_eq!(p.make_flattened("1"), LongOrDomStringOrBoolean::Long(1));
    assert_eq!(
        p.make_flattened("'x'"),
        LongOrDomStringOrBoolean::DomString("x".into())
    );
    assert_eq!(
        p.make_flattened("[1]"),
        LongOrDomStringOrBoolean::DomString("1".into())
    );
}

#[wasm_bindgen_test]
fn union_with_a_buffer_source_checks_buffers_first() {
    let p = probe();
    let BufferSourceOrDomString::BufferSource(bytes) =
        p.make_buffer_or_string("new Uint8Array([1, 2])")
    else {
        panic!("a Uint8Array is a BufferSource");
    };
    assert_eq!(bytes.dyn_into::<Uint8Array>().unwrap().to_vec(), [1, 2]);
    assert!(matches!(
        p.make_buffer_or_string("new ArrayBuffer(2)"),
        BufferSourceOrDomString::BufferSource(_)
    ));
    assert_eq!(
        p.make_buffer_or_string("'t'"),
        BufferSourceOrDomString::DomString("t".into())
    );
    // An array is not a buffer: it falls back to String(value).
    assert_eq!(
        p.make_buffer_or_string("[1, 2]"),
        BufferSourceOrDomString::DomString("1,2".into())
    );
}

#[wasm_bindgen_test]
fn nullable_union_is_an_option_and_null_crosses_as_null() {
    let p = probe();
    p.take_nullable_union(None);
    assert_eq!(p.inspect("arg === null && self.count === 1"), "true");
    p.take_nullable_union(Some(5.into()));
    assert_eq!(p.inspect("arg === 5"), "true");
    p.take_nullable_union(Some((&p).into()));
    assert_eq!(p.inspect("arg === self"), "true");
    assert_eq!(p.make_nullable_union("null"), None);
    assert_eq!(p.make_nullable_union("undefined"), None);
    assert_eq!(p.make_nullable_union("7"), Some(ProbeOrLong::Long(7)));
    assert!(matches!(
        p.make_nullable_union("new Probe()"),
        Some(ProbeOrLong::Probe(_))
    ));
}

#[wasm_bindgen_test]
fn typedef_and_anonymous_unions_are_named_as_web_idl_says() {
    let p = probe();
    p.take_probe_or_text("t");
    assert_eq!(p.inspect("arg"), "t");
    p.take_probe_or_text(&p);
    assert_eq!(p.inspect("arg === self"), "true");
    p.take_probe_or_text(ProbeOrText::DomString("typed".into()));
    assert_eq!(p.inspect("arg"), "typed");
    p.take_anonymous(ProbeOrDomString::from("anonymous"));
    assert_eq!(p.inspect("arg"), "anonymous");
    p.take_anonymous(ProbeOrDomString::Probe(p.clone()));
    assert_eq!(p.inspect("arg === self"), "true");
}

// Sequences

#[wasm_bindgen_test]
fn sequence_arguments_are_new_arrays() {
    let p = probe();
    p.take_longs(&[1, 2, 3]);
    assert_eq!(
        p.inspect("Array.isArray(arg) + ' ' + JSON.stringify(arg)"),
        "true [1,2,3]"
    );
    p.take_longs(vec![4, 5]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[4,5]");
    p.take_longs(1..=3);
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[1,2,3]");
    p.take_longs(&vec![6][..]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[6]");
    p.take_longs([0; 0]);
    assert_eq!(p.inspect("Array.isArray(arg) && arg.length === 0"), "true");

    p.take_strings(["a", "b"]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"["a","b"]"#);
    p.take_strings(vec![String::from("x"), String::from("y")]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"["x","y"]"#);
    let owned = vec![String::from("borrowed")];
    p.take_strings(&owned);
    assert_eq!(p.inspect("typeof arg[0] + ' ' + arg[0]"), "string borrowed");

    let other = probe();
    p.take_probes([&p, &other]);
    assert_eq!(
        p.inspect("arg.length === 2 && arg[0] === self && arg[1] instanceof Probe"),
        "true"
    );
    p.take_probes(vec![other.clone()]);
    assert_eq!(
        p.inspect("arg[0] !== self && arg[0] instanceof Probe"),
        "true"
    );

    p.take_nested(vec![vec![1.5], vec![]]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[[1.5],[]]");
    assert_eq!(p.inspect("arg.every(Array.isArray)"), "true");
    p.take_nested([[1.0, 2.0]]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[[1,2]]");

    p.take_bags([
        Bag {
            name: Some("a".into()),
        },
        Bag::default(),
    ]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"[{"name":"a"},{}]"#);
    assert_eq!(p.inspect("'name' in arg[1]"), "false");

    p.take_unions(vec![1, 2]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), "[1,2]");
    p.take_unions([LongOrDomString::from(3), LongOrDomString::from("four")]);
    assert_eq!(
        p.inspect("arg.map((v) => typeof v).join()"),
        "number,string"
    );

    p.take_frozen(&[7, 8]);
    assert_eq!(
        p.inspect("Array.isArray(arg) + ' ' + JSON.stringify(arg)"),
        "true [7,8]"
    );
}

#[wasm_bindgen_test]
fn sequence_results_are_vectors() {
    let p = probe();
    assert_eq!(p.make_longs("[1, 2, 3]"), [1, 2, 3]);
    assert_eq!(p.make_longs("[]"), Vec::<i32>::new());
    // Any iterable object is a sequence.
    assert_eq!(p.make_longs("new Set([3, 4])"), [3, 4]);
    assert_eq!(
        p.make_longs("(function* () { yield 5; yield 6; })()"),
        [5, 6]
    );
    assert_eq!(p.make_frozen("Object.freeze(['a', 'b'])"), ["a", "b"]);
    assert_eq!(
        p.make_nested("[[1.5], [], [2, 3]]"),
        [vec![1.5], vec![], vec![2.0, 3.0]]
    );
    assert_eq!(
        p.make_bags("[{name: 'a'}, {}]"),
        [
            Bag {
                name: Some("a".into())
            },
            Bag::default()
        ]
    );
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.takeNested")]
fn restricted_double_in_a_sequence_refuses_nan() {
    // As a `double` argument and a `double` dictionary member do.
    probe().take_nested([[f64::NAN]]);
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.makeLongs")]
fn sequence_result_that_is_a_string_panics_naming_the_member() {
    probe().make_longs("'12'");
}

// Records

#[wasm_bindgen_test]
fn record_arguments_are_plain_objects_in_order() {
    let p = probe();
    p.take_record([("b", 2), ("a", 1)]);
    assert_eq!(p.inspect("Object.keys(arg).join()"), "b,a");
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"{"b":2,"a":1}"#);
    assert_eq!(
        p.inspect("Object.getPrototypeOf(arg) === Object.prototype"),
        "true"
    );
    assert_eq!(p.inspect("Array.isArray(arg)"), "false");
    p.take_record(vec![(String::from("x"), 1)]);
    assert_eq!(p.inspect("JSON.stringify(arg)"), r#"{"x":1}"#);
    p.take_record(&BTreeMap::from([("z", 1), ("y", 2)]));
    assert_eq!(p.inspect("Object.keys(arg).join()"), "y,z");
    // A `__proto__` key is an own property, not the prototype.
    p.take_record([("__proto__", 5)]);
    assert_eq!(p.inspect("Object.keys(arg).join()"), "__proto__");
    assert_eq!(
        p.inspect("Object.getPrototypeOf(arg) === Object.prototype"),
        "true"
    );
    p.take_table([("k", vec!["a", "b"]), ("j", vec![])]);
    assert_eq!(
        p.inspect("JSON.stringify(arg)"),
        r#"{"k":["a","b"],"j":[]}"#
    );
    assert_eq!(p.inspect("Array.isArray(arg.k)"), "true");
}

#[wasm_bindgen_test]
fn record_results_keep_javascript_key_order() {
    let p = probe();
    // Integer-like keys come first in JavaScript's own order.
    assert_eq!(
        p.make_record("{b: 2, a: 1, 10: 3}"),
        [
            ("10".to_owned(), 3),
            ("b".to_owned(), 2),
            ("a".to_owned(), 1)
        ]
    );
    assert_eq!(p.make_record("({})"), []);
    assert_eq!(
        p.make_table("{x: [1, 2], y: []}"),
        [("x".to_owned(), vec![1, 2]), ("y".to_owned(), vec![])]
    );
}

// Observable arrays

#[wasm_bindgen_test]
fn observable_array_is_a_live_handle() {
    let p = probe();
    let numbers = p.numbers();
    assert_eq!(numbers.len(), 3);
    assert!(!numbers.is_empty());
    assert_eq!(numbers.get(0), Some(1));
    assert_eq!(numbers.get(3), None);
    assert_eq!(numbers.to_vec(), [1, 2, 3]);
    assert_eq!(numbers.iter().sum::<i32>(), 6);

    numbers.push(&4).unwrap();
    assert_eq!(p.inspect("self.numberList.join()"), "1,2,3,4");
    numbers.set(0, &10).unwrap();
    assert_eq!(p.inspect("self.numberList.join()"), "10,2,3,4");
    assert_eq!(numbers.pop(), Some(4));
    assert_eq!(p.inspect("self.numberList.join()"), "10,2,3");

    // The platform refusing a value is an Err, and nothing changes.
    let refused = numbers.push(&-1).unwrap_err();
    assert_eq!(refused.name(), "TypeError");
    assert_eq!(refused.message(), "negative numbers are refused");
    assert_eq!(p.inspect("self.numberList.join()"), "10,2,3");
    let past_the_end = numbers.set(5, &1).unwrap_err();
    assert_eq!(past_the_end.name(), "RangeError");

    // JavaScript's writes are seen through the same handle.
    p.inspect("self.numberList.push(99)");
    assert_eq!(numbers.to_vec(), [10, 2, 3, 99]);

    // The setter takes a sequence, which JavaScript receives as an Array.
    p.set_numbers([7, 8]);
    assert_eq!(p.inspect("self.numbersSetWith"), "Array");
    assert_eq!(numbers.to_vec(), [7, 8]);
    p.set_numbers(&vec![9]);
    assert_eq!(p.numbers().to_vec(), [9]);

    numbers.clear().unwrap();
    assert!(numbers.is_empty());
    assert_eq!(p.inspect("self.numberList.length"), "0");
    assert_eq!(numbers.pop(), None);
}

#[wasm_bindgen_test]
fn observable_array_of_interfaces() {
    let p = probe();
    let other = probe();
    let probes = p.probes();
    assert!(probes.is_empty());
    probes.push(&p).unwrap();
    assert_eq!(probes.get(0), Some(p.clone()));
    assert_eq!(p.inspect("self.probeList[0] === self"), "true");
    p.set_probes([&other, &p]);
    assert_eq!(probes.len(), 2);
    assert_eq!(probes.to_vec(), [other, p.clone()]);
}

// Buffers

#[wasm_bindgen_test]
fn buffer_source_arguments_are_typed_array_views() {
    let p = probe();
    assert_eq!(p.take_buffer(&[1u8, 2, 3][..]), "Uint8Array[1,2,3]");
    assert_eq!(p.take_buffer(&[1u8, 2, 3]), "Uint8Array[1,2,3]");
    assert_eq!(p.take_buffer(&vec![4u8]), "Uint8Array[4]");
    assert_eq!(p.take_buffer(&[1.5f32, -2.0][..]), "Float32Array[1.5,-2]");
    assert_eq!(p.take_buffer(&[1i16, -1]), "Int16Array[1,-1]");
    let js_bytes = Uint8Array::from(&[9u8, 8][..]);
    assert_eq!(p.take_buffer(&js_bytes), "Uint8Array[9,8]");
    assert_eq!(p.take_buffer(js_bytes), "Uint8Array[9,8]");
    let buffer = ArrayBuffer::new(2);
    assert_eq!(p.take_buffer(&buffer), "ArrayBuffer[0,0]");

    assert_eq!(p.take_view(&[5u8][..]), "Uint8Array[5]");
    assert_eq!(p.take_view(&[5u32, 6]), "Uint32Array[5,6]");

    assert_eq!(p.take_shared(), "absent");
    assert_eq!(p.take_shared_with(&[1u8, 2][..]), "Uint8Array[1,2]");
    assert_eq!(p.take_shared_with(None), "absent");
}

#[wasm_bindgen_test]
fn javascript_writes_into_a_mutable_slice_land_in_rust() {
    let p = probe();
    let mut bytes = [0u8; 4];
    assert_eq!(p.fill_bytes(&mut bytes[..]), "Uint8Array[10,20,30,40]");
    assert_eq!(bytes, [10, 20, 30, 40]);
    let mut vector = vec![0u8; 2];
    p.fill_bytes(&mut vector);
    assert_eq!(vector, [10, 20]);
}

#[wasm_bindgen_test]
fn typed_array_and_exact_buffer_arguments() {
    let p = probe();
    assert_eq!(p.take_floats(&[0.5f32, 0.25]), "Float32Array[0.5,0.25]");
    assert_eq!(p.take_floats(&[0.5f32][..]), "Float32Array[0.5]");
    assert_eq!(p.take_floats(vec![1.0f32]), "Float32Array[1]");
    assert_eq!(
        p.take_floats(Float32Array::new_with_length(2)),
        "Float32Array[0,0]"
    );

    let buffer = Uint8Array::from(&[1u8, 2, 3][..]).buffer();
    let view = DataView::new(&buffer, 1, 2);
    assert_eq!(
        p.take_raw(&buffer, &view),
        "ArrayBuffer[1,2,3] DataView[2,3]"
    );
}

#[wasm_bindgen_test]
fn buffer_results_are_js_sys_types() {
    let p = probe();
    let buffer: ArrayBuffer = p.make_array_buffer("new Uint8Array([1, 2]).buffer");
    assert_eq!(buffer.byte_length(), 2);
    assert_eq!(Uint8Array::new(&buffer).to_vec(), [1, 2]);
    let bytes: Uint8Array = p.make_bytes("new Uint8Array([3, 4])");
    assert_eq!(bytes.to_vec(), [3, 4]);
    let view = p.make_view("new Int16Array([5, -5])");
    assert_eq!(view.dyn_into::<Int16Array>().unwrap().to_vec(), [5, -5]);
}

// bigint

#[wasm_bindgen_test]
fn bigint_round_trips_as_a_javascript_bigint() {
    let p = probe();
    let twice = p.double_big(&BigInt::from(1u64 << 60));
    assert_eq!(p.inspect("arg"), "bigint");
    assert_eq!(twice, BigInt::from(1u64 << 61));
    assert_eq!(
        String::from(twice.to_string(10).unwrap()),
        "2305843009213693952"
    );
}

// Promises

#[wasm_bindgen_test]
async fn promise_is_eager_and_each_clone_can_be_awaited() {
    let p = probe();
    let promise = p.later(21);
    assert_eq!(p.calls(), 1, "JavaScript ran when the method was called");
    drop(p.later(1));
    assert_eq!(p.calls(), 2, "even for a promise never awaited");
    let copy = promise.clone();
    assert_eq!(copy.await.unwrap(), 21);
    assert_eq!(promise.await.unwrap(), 21);
}

#[wasm_bindgen_test]
async fn promise_results_of_each_type() {
    let p = probe();
    let done: Promise<()> = p.settle();
    assert_eq!(p.calls(), 1);
    done.await.unwrap();
    assert_eq!(p.make_text("Promise.resolve('hi')").await.unwrap(), "hi");
    // A value that is not a promise is a promise fulfilled with it.
    assert_eq!(p.make_text("'plain'").await.unwrap(), "plain");
    // A thenable is adopted.
    assert_eq!(
        p.make_long_promise("({ then(resolve) { resolve(5); } })")
            .await
            .unwrap(),
        5
    );
    assert_eq!(
        p.make_longs_later("Promise.resolve([1, 2])").await.unwrap(),
        [1, 2]
    );
}

#[wasm_bindgen_test]
async fn promise_fulfilled_with_the_wrong_type_is_a_type_error() {
    let p = probe();
    let error = p
        .make_long_promise("Promise.resolve('nope')")
        .await
        .unwrap_err();
    assert_eq!(error.name(), "TypeError");
    let error = p.make_longs_later("Promise.resolve(5)").await.unwrap_err();
    assert_eq!(error.name(), "TypeError");
}

#[wasm_bindgen_test]
async fn rejected_promise_is_a_js_error() {
    let p = probe();
    let error = p
        .make_long_promise("Promise.reject(new RangeError('too far'))")
        .await
        .unwrap_err();
    assert_eq!(error.name(), "RangeError");
    assert_eq!(error.message(), "too far");
    let error = p
        .make_text("Promise.reject(new DOMException('stopped', 'AbortError'))")
        .await
        .unwrap_err();
    assert_eq!(error.name(), "AbortError");
    assert_eq!(error.message(), "stopped");
}

#[wasm_bindgen_test]
async fn promise_arguments_from_values_promises_and_rust_futures() {
    let p = probe();
    p.take_promise(Promise::resolve(5));
    assert_eq!(p.inspect("arg instanceof Promise"), "true");
    assert_eq!(p.doubled().await.unwrap(), 10);

    p.take_promise(async { Ok(6) });
    assert_eq!(p.inspect("arg instanceof Promise"), "true");
    assert_eq!(p.doubled().await.unwrap(), 12);

    // A promise from a binding is passed as the same JavaScript object.
    let later = p.later(7);
    js_sys::Reflect::set(later.as_js_promise(), &"marker".into(), &"same".into()).unwrap();
    p.take_promise(later);
    assert_eq!(p.inspect("arg.marker"), "same");
    assert_eq!(p.doubled().await.unwrap(), 14);

    let waiting = p.clone();
    p.take_promise(async move { waiting.later(8).await.map(|value| value + 1) });
    assert_eq!(p.doubled().await.unwrap(), 18);

    p.take_promise(async {
        Err(JsError::from(JsValue::from(js_sys::RangeError::new(
            "from rust",
        ))))
    });
    let error = p.doubled().await.unwrap_err();
    assert_eq!(error.name(), "RangeError");
    assert_eq!(error.message(), "from rust");
}

#[wasm_bindgen_test]
fn union_members_take_their_defaults() {
    let media = Media::default();
    assert_eq!(media.video, BooleanOrBag::Boolean(false));
    assert_eq!(media.size, LongOrDomString::Long(0));
    assert_eq!(media.audio, BooleanOrBag::Bag(Bag::default()));
    assert_eq!(media.label, LongOrDomString::DomString("none".into()));
    let json = js_sys::JSON::stringify(&idlbind::ToJs::to_js(&media)).expect("plain data");
    assert_eq!(
        String::from(json),
        r#"{"audio":{},"label":"none","size":0,"video":false}"#
    );
}

// A regular operation or attribute returning a promise is called by a JavaScript function of
// its own, which resolves what the member returns and catches what it throws.
#[wasm_bindgen_test]
async fn promise_members_resolve_plain_values_and_reject_what_they_throw() {
    let p = probe();
    assert_eq!(p.ready().await.unwrap(), 7, "a plain value from a getter");
    js_sys::Reflect::set(&p, &"readyThrows".into(), &true.into()).unwrap();
    let error = p.ready().await.expect_err("the getter threw");
    assert_eq!(error.name(), "TypeError");
    assert_eq!(error.message(), "not ready");

    assert_eq!(
        p.sum([1, 2, 3]).await.unwrap(),
        6,
        "variadic arguments are spread"
    );
    assert_eq!(p.sum(Vec::<i32>::new()).await.unwrap(), 0);

    // A union argument with a string member: the `&str` import and the general one.
    assert_eq!(p.echo("text").await.unwrap(), "string text");
    assert_eq!(p.echo(5).await.unwrap(), "number 5");
    assert_eq!(p.echo_with("text", "!").await.unwrap(), "string text!");
    let error = p.echo("throw").await.expect_err("the operation threw");
    assert_eq!(error.name(), "RangeError");
}

#[wasm_bindgen_test]
async fn promise_operation_that_throws_gives_a_rejected_promise() {
    // Web IDL turns an exception from an operation returning a promise into a rejection; the
    // binding does the same instead of panicking.
    let pending = probe().make_long_promise("(() => { throw new RangeError('at once'); })()");
    let error = pending.await.expect_err("the promise is rejected");
    assert_eq!(error.name(), "RangeError");
    assert_eq!(error.message(), "at once");
}
