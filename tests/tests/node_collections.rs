//! Iteration and collections in Node: pair iterators of `URLSearchParams` and `Headers`, the
//! stringifier of `URL`, async iteration of a `ReadableStream`, bound from their real IDL; and
//! `maplike`, `setlike`, getters and iterator edge cases against small JavaScript classes
//! (defined below with `eval`) whose state the tests read back from JavaScript.
//!
//! The URL Standard is bound from `idl/webref/url.idl` as it is. Fetch and Streams
//! definitions are copied from `tests/idl/webref/fetch.idl` and `streams.idl`, with the
//! changes marked where they are made (`// omitted: ...` for what these tests do not use or
//! idlbind cannot bind yet).

use std::cell::Cell;
use std::rc::Rc;

use idlbind::{AsyncIter, IndexedIter, IndexedValues, Iter, JsCast, JsErrorKind, JsValue, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    #![file = "idl/webref/url.idl"]
}

// Fetch Standard, from `tests/idl/webref/fetch.idl`.
idl! {
    typedef (sequence<sequence<ByteString>> or record<ByteString, ByteString>) HeadersInit;

    [Exposed=(Window,Worker)]
    interface Headers {
      constructor(optional HeadersInit init);

      undefined append(ByteString name, ByteString value);
      undefined delete(ByteString name);
      ByteString? get(ByteString name);
      sequence<ByteString> getSetCookie();
      boolean has(ByteString name);
      undefined set(ByteString name, ByteString value);
      iterable<ByteString, ByteString>;
    };
}

// Streams Standard, from `tests/idl/webref/streams.idl`.
idl! {
    [Exposed=*, Transferable]
    interface ReadableStream {
      // omitted: `optional QueuingStrategy strategy = {}` (its `size` is a callback)
      constructor(optional object underlyingSource);

      // omitted: static from (async_sequence is not supported yet)

      readonly attribute boolean locked;

      Promise<undefined> cancel(optional any reason);
      // omitted: getReader, pipeThrough, pipeTo, tee (their types are not used here)

      async_iterable<any>(optional ReadableStreamIteratorOptions options = {});
    };

    dictionary ReadableStreamIteratorOptions {
      boolean preventCancel = false;
    };
}

// Small JavaScript classes standing for platform objects (installed by `install`).
idl! {
    interface Item {
      readonly attribute DOMString name;
    };

    /// A read-write map of items, as `HighlightRegistry` is.
    interface ItemMap {
      maplike<DOMString, Item>;
    };

    interface Scores {
      readonly maplike<DOMString, long>;
    };

    /// A set that defines its own `add` (it stores the value upper-cased).
    interface Tags {
      setlike<DOMString>;
      undefined add(DOMString value);
    };

    interface Frozen {
      readonly setlike<long>;
    };

    /// Own properties `0`, `1`, … and names: an indexed and a named getter, setter, deleter.
    interface Table {
      getter DOMString (unsigned long index);
      getter long (DOMString name);
      setter undefined (DOMString name, long value);
      deleter undefined (DOMString name);
      DOMString describe();
    };

    /// A value iterator with an indexed getter, as `NodeList` is: `values()` reads `[i]`.
    interface Shelf {
      getter Item? item(unsigned long index);
      readonly attribute unsigned long length;
      undefined put(Item item);
      undefined take();
      iterable<Item>;
    };

    /// The same over numbers, with an unnamed getter.
    interface Counts {
      getter unsigned long (unsigned long index);
      readonly attribute unsigned long length;
      iterable<unsigned long>;
    };

    /// Iterators whose values are not what the IDL says, and one that throws.
    interface Liar {
      iterable<long>;
    };

    interface Tick {
      stringifier;
    };
}

const CLASSES_JS: &str = r#"
if (!globalThis.ItemMap) {
  globalThis.Item = class Item {
    constructor(name) { this.name = name; }
  };
  globalThis.ItemMap = class ItemMap extends Map {};
  globalThis.Scores = class Scores extends Map {};
  globalThis.Tags = class Tags extends Set {
    add(value) { return super.add(String(value).toUpperCase()); }
  };
  globalThis.Frozen = class Frozen extends Set {};
  globalThis.Table = class Table {
    constructor() { this[0] = "zero"; this[1] = "one"; this.apples = 3; }
    describe() { return "a table"; }
  };
  // Array-likes whose own `values()` throws: a value iterator must not need it.
  globalThis.Shelf = class Shelf {
    constructor(...items) { this.items = items; items.forEach((item, i) => { this[i] = item; }); }
    get length() { return this.items.length; }
    item(i) { return i < this.items.length ? this.items[i] : null; }
    put(item) { this[this.items.length] = item; this.items.push(item); }
    take() { this.items.pop(); delete this[this.items.length]; }
    values() { throw new Error("values() is not needed"); }
  };
  globalThis.Counts = class Counts {
    constructor() { this[0] = 10; this[1] = 20; this[2] = 4294967295; this.length = 3; }
    values() { throw new Error("values() is not needed"); }
  };
  globalThis.Liar = class Liar {
    values() { return ["not a number"][Symbol.iterator](); }
    entries() { return [[0, 1], [1]][Symbol.iterator](); }
    keys() { return { next() { throw new RangeError("broken iterator"); } }; }
    forEach(callback) { callback(1, 0, this); callback("two", 1, this); }
  };
  globalThis.Tick = class Tick {
    constructor() { this.count = 0; }
    toString() { this.count += 1; return "tick " + this.count; }
  };
}
"#;

fn js(source: &str) -> JsValue {
    js_sys::eval(CLASSES_JS).expect("the classes evaluate");
    js_sys::eval(source).unwrap_or_else(|error| panic!("{source}: {error:?}"))
}

fn js_string(source: &str) -> String {
    js(source).as_string().expect("a string")
}

// Pair iterators.

#[wasm_bindgen_test]
fn url_search_params_iterate_in_order() {
    let url = Url::new("https://example.com/?b=2&a=1&b=3").unwrap();
    let params = url.search_params();
    let entries: Vec<(String, String)> = params.iter().collect();
    assert_eq!(
        entries,
        [
            ("b".to_string(), "2".to_string()),
            ("a".into(), "1".into()),
            ("b".into(), "3".into())
        ]
    );
    assert_eq!(params.keys().collect::<Vec<_>>(), ["b", "a", "b"]);
    assert_eq!(params.values().collect::<Vec<_>>(), ["2", "1", "3"]);
    assert_eq!(params.entries().count(), 3);

    // `for` over `&params`, and a change through the live object shows up in a new iterator.
    params.sort();
    let mut seen = Vec::new();
    for (name, value) in &params {
        seen.push(format!("{name}={value}"));
    }
    assert_eq!(seen, ["a=1", "b=2", "b=3"]);
    assert_eq!(url.search(), "?a=1&b=2&b=3");
}

#[wasm_bindgen_test]
fn url_search_params_for_each_borrows_the_closure() {
    let params = Url::new("https://example.com/?x=1&y=2&x=3")
        .unwrap()
        .search_params();
    let mut seen = Vec::new();
    params.for_each(|value, key| seen.push((key, value)));
    assert_eq!(
        seen,
        [
            ("x".to_string(), "1".to_string()),
            ("y".into(), "2".into()),
            ("x".into(), "3".into())
        ]
    );
}

#[wasm_bindgen_test]
fn iterator_is_lazy_and_fused() {
    let params = Url::new("https://example.com/?a=1&b=2")
        .unwrap()
        .search_params();
    let mut iter = params.keys();
    assert_eq!(iter.next().as_deref(), Some("a"));
    // A URLSearchParams iterator is live: an entry appended now is still to come.
    params.append("c", "3");
    assert_eq!(iter.next().as_deref(), Some("b"));
    assert_eq!(iter.next().as_deref(), Some("c"));
    assert_eq!(iter.next(), None);
    params.append("d", "4");
    assert_eq!(iter.next(), None, "an iterator that ended stays ended");
}

#[wasm_bindgen_test]
fn headers_iterate_sorted_and_combined() {
    let headers = Headers::new().unwrap();
    headers.append("X-B", "2");
    headers.append("x-a", "1");
    headers.append("X-B", "3");
    // The Fetch Standard sorts names, lower-cases them and joins the values of one name.
    let entries: Vec<(String, String)> = (&headers).into_iter().collect();
    assert_eq!(
        entries,
        [
            ("x-a".to_string(), "1".to_string()),
            ("x-b".into(), "2, 3".into())
        ]
    );
    let mut keys = Vec::new();
    headers.for_each(|_, key| keys.push(key));
    assert_eq!(keys, ["x-a", "x-b"]);
}

// Stringifiers.

#[wasm_bindgen_test]
fn url_display_is_its_href() {
    let url = Url::new_with("../c?q=1", "https://example.com/a/b/").unwrap();
    assert_eq!(url.to_string(), "https://example.com/a/c?q=1");
    assert_eq!(format!("<{url}>"), "<https://example.com/a/c?q=1>");
    let params = url.search_params();
    params.append("r", "a b");
    assert_eq!(params.to_string(), "q=1&r=a+b");
}

#[wasm_bindgen_test]
fn display_calls_the_stringifier_once_per_format() {
    let tick: Tick = js("new Tick()").dyn_into().unwrap();
    assert_eq!(tick.to_string(), "tick 1");
    assert_eq!(format!("{tick}"), "tick 2");
}

// maplike and setlike.

#[wasm_bindgen_test]
fn maplike_reads_and_writes_the_js_map() {
    let map: ItemMap = js("globalThis.itemMap = new ItemMap([['a', new Item('apple')]]); itemMap")
        .dyn_into()
        .unwrap();
    assert_eq!(map.len(), 1);
    assert!(!map.is_empty());
    assert_eq!(
        map.get("a").map(|item| item.name()).as_deref(),
        Some("apple")
    );
    assert!(map.get("b").is_none());
    assert!(map.has("a"));

    let banana: Item = js("new Item('banana')").dyn_into().unwrap();
    map.set("b", &banana);
    assert_eq!(
        js_string("JSON.stringify([...itemMap].map(([k, v]) => [k, v.name]))"),
        r#"[["a","apple"],["b","banana"]]"#
    );
    assert_eq!(js("itemMap.get('b')"), JsValue::from(banana.clone()));

    let entries: Vec<(String, String)> = map.iter().map(|(k, v)| (k, v.name())).collect();
    assert_eq!(
        entries,
        [
            ("a".to_string(), "apple".to_string()),
            ("b".into(), "banana".into())
        ]
    );
    assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(
        map.values().map(|v| v.name()).collect::<Vec<_>>(),
        ["apple", "banana"]
    );
    let mut seen = Vec::new();
    map.for_each(|value, key| seen.push(format!("{key}:{}", value.name())));
    assert_eq!(seen, ["a:apple", "b:banana"]);
    let mut count = 0;
    for (key, _) in &map {
        assert!(key == "a" || key == "b");
        count += 1;
    }
    assert_eq!(count, 2);

    assert!(map.delete("a"));
    assert!(!map.delete("a"));
    assert_eq!(js_string("JSON.stringify([...itemMap.keys()])"), r#"["b"]"#);
    map.clear();
    assert!(map.is_empty());
    assert_eq!(js("itemMap.size").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
fn readonly_maplike_has_no_writers_and_reads_numbers() {
    let scores: Scores = js("new Scores([['x', 3], ['y', -4]])").dyn_into().unwrap();
    assert_eq!(scores.get("y"), Some(-4));
    assert_eq!(scores.get("z"), None);
    assert_eq!(
        scores.entries().collect::<Vec<_>>(),
        [("x".to_string(), 3), ("y".into(), -4)]
    );
    assert_eq!(scores.values().sum::<i32>(), -1);
}

#[wasm_bindgen_test]
fn setlike_uses_the_interface_own_add() {
    let tags: Tags = js("globalThis.tags = new Tags(); tags").dyn_into().unwrap();
    assert!(tags.is_empty());
    // `add` is the interface's own operation (it upper-cases); `has`, `delete` are the set's.
    tags.add("red");
    tags.add("blue");
    tags.add("red");
    assert_eq!(tags.len(), 2);
    assert!(tags.has("RED"));
    assert!(!tags.has("red"));
    assert_eq!(js_string("JSON.stringify([...tags])"), r#"["RED","BLUE"]"#);
    assert_eq!(tags.iter().collect::<Vec<_>>(), ["RED", "BLUE"]);
    assert_eq!(tags.keys().collect::<Vec<_>>(), ["RED", "BLUE"]);
    assert_eq!(
        tags.entries().collect::<Vec<_>>(),
        [
            ("RED".to_string(), "RED".to_string()),
            ("BLUE".into(), "BLUE".into())
        ]
    );
    let mut seen = Vec::new();
    tags.for_each(|value| seen.push(value));
    assert_eq!(seen, ["RED", "BLUE"]);
    assert_eq!((&tags).into_iter().count(), 2);
    assert!(tags.delete("RED"));
    assert!(!tags.delete("RED"));
    assert_eq!(js_string("JSON.stringify([...tags])"), r#"["BLUE"]"#);
    tags.clear();
    assert_eq!(js("tags.size").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
fn readonly_setlike_iterates_numbers() {
    let frozen: Frozen = js("new Frozen([5, 1, 5, 2])").dyn_into().unwrap();
    assert_eq!(frozen.len(), 3);
    assert!(frozen.has(1));
    assert_eq!(frozen.values().collect::<Vec<_>>(), [5, 1, 2]);
}

// Getters, setters, deleters.

#[wasm_bindgen_test]
fn getters_read_own_properties_only() {
    let table: Table = js("globalThis.table = new Table(); table")
        .dyn_into()
        .unwrap();
    assert_eq!(table.get(0).as_deref(), Some("zero"));
    assert_eq!(table.get(1).as_deref(), Some("one"));
    assert_eq!(table.get(2), None);
    assert_eq!(table.get_named("apples"), Some(3));
    assert_eq!(table.get_named("pears"), None);
    // `describe` is a method of the prototype, not a named property.
    assert_eq!(table.get_named("describe"), None);
    assert_eq!(table.describe(), "a table");

    table.set_named("pears", 7);
    assert_eq!(js("table.pears").as_f64(), Some(7.0));
    assert_eq!(table.get_named("pears"), Some(7));
    table.delete_named("apples");
    assert_eq!(js("'apples' in table").as_bool(), Some(false));
    assert_eq!(table.get_named("apples"), None);
}

// Iterators whose values are not of the IDL type, or that throw, panic naming the member.

#[wasm_bindgen_test]
#[should_panic(
    expected = "the iterator of `Liar.values` gave a string \"not a number\", which is not a \
                value of its IDL type `long`"
)]
fn iterator_value_of_another_type_panics() {
    let liar: Liar = js("new Liar()").dyn_into().unwrap();
    let _ = liar.iter().next();
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "the iterator of `Liar.entries` gave an array, which is not a value of its IDL \
                type `[unsigned long, long]`"
)]
fn entry_that_is_not_a_pair_panics_after_the_good_ones() {
    let liar: Liar = js("new Liar()").dyn_into().unwrap();
    let mut entries = liar.entries();
    assert_eq!(
        format!("{entries:?}"),
        "Iter<(u32, i32)> from `Liar.entries`"
    );
    assert_eq!(entries.next(), Some((0, 1)));
    let _ = entries.next();
}

#[wasm_bindgen_test]
#[should_panic(
    expected = "JavaScript exception from `Liar.keys` (not marked [Throws]): RangeError: broken \
                iterator"
)]
fn iterator_that_throws_panics() {
    let liar: Liar = js("new Liar()").dyn_into().unwrap();
    let _ = liar.keys().next();
}

#[wasm_bindgen_test]
#[should_panic(expected = "the iterator of `Liar.forEach` gave a string \"two\"")]
fn for_each_stops_at_a_value_of_another_type() {
    let liar: Liar = js("new Liar()").dyn_into().unwrap();
    let mut seen = Vec::new();
    liar.for_each(|value, index| seen.push((index, value)));
    unreachable!("the second value is not a long: {seen:?}");
}

// Async iteration.

/// A stream of `chunks` whose underlying source sets `globalThis.<flag>` to the reason it is
/// cancelled with.
fn stream(chunks: &str, flag: &str) -> ReadableStream {
    let source = js(&format!(
        "globalThis.{flag} = 'not cancelled'; ({{
           chunks: {chunks},
           pull(controller) {{
             if (this.chunks.length) controller.enqueue(this.chunks.shift());
             else controller.close();
           }},
           cancel(reason) {{ globalThis.{flag} = String(reason); }},
         }})"
    ));
    ReadableStream::new_with(source.unchecked_ref::<js_sys::Object>()).unwrap()
}

/// Lets the JavaScript jobs queued so far run.
async fn settle() {
    let promise = js("new Promise((resolve) => setTimeout(resolve, 0))");
    idlbind::Promise::<()>::from_js_value(promise)
        .await
        .unwrap();
}

#[wasm_bindgen_test]
async fn readable_stream_chunks_are_read_in_order() {
    let stream = stream("['a', 'b', 'c']", "cancelledA");
    let mut chunks: AsyncIter<JsValue> = stream.values();
    assert!(stream.locked());
    let mut read = Vec::new();
    while let Some(chunk) = chunks.next().await {
        read.push(chunk.unwrap().as_string().unwrap());
    }
    assert_eq!(read, ["a", "b", "c"]);
    assert!(chunks.next().await.is_none(), "the stream stays ended");
    drop(chunks);
    settle().await;
    // A stream read to its end is not cancelled, and its reader is released.
    assert_eq!(js_string("cancelledA"), "not cancelled");
    assert!(!stream.locked());
}

#[wasm_bindgen_test]
async fn dropping_the_stream_early_cancels_the_source() {
    let stream = stream("['a', 'b', 'c']", "cancelledB");
    let mut chunks = stream.values();
    let first = chunks.next().await.unwrap().unwrap();
    assert_eq!(first.as_string().as_deref(), Some("a"));
    drop(chunks);
    settle().await;
    assert_eq!(js_string("cancelledB"), "undefined");
    assert!(!stream.locked());
}

#[wasm_bindgen_test]
async fn prevent_cancel_keeps_the_rest_for_the_next_reader() {
    let stream = stream("['a', 'b', 'c']", "cancelledC");
    let mut chunks = stream.values_with(&ReadableStreamIteratorOptions {
        prevent_cancel: true,
    });
    assert_eq!(
        chunks.next().await.unwrap().unwrap().as_string().as_deref(),
        Some("a")
    );
    drop(chunks);
    settle().await;
    assert_eq!(js_string("cancelledC"), "not cancelled");
    assert!(!stream.locked());
    let mut rest = Vec::new();
    let mut chunks = stream.values();
    while let Some(chunk) = chunks.next().await {
        rest.push(chunk.unwrap().as_string().unwrap());
    }
    assert_eq!(rest, ["b", "c"]);
}

#[wasm_bindgen_test]
async fn a_stream_that_errors_gives_one_error_then_ends() {
    let source = js("({
        start(controller) {
          controller.enqueue(1);
          controller.error(new TypeError('broken source'));
        },
      })");
    let stream = ReadableStream::new_with(source.unchecked_ref::<js_sys::Object>()).unwrap();
    let mut chunks = stream.values();
    // The queued chunk is lost: an errored stream rejects every read.
    let error = chunks.next().await.unwrap().unwrap_err();
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert_eq!(error.message(), "broken source");
    assert!(chunks.next().await.is_none());
}

#[wasm_bindgen_test]
async fn stream_trait_and_wrong_values() {
    use futures_core::{FusedStream, Stream};
    use std::pin::Pin;

    let iterator = js("new ReadableStream({
        start(controller) { controller.enqueue('a'); controller.enqueue(7); controller.close(); },
      }).values()");
    let mut strings = AsyncIter::<String>::from_js_value(iterator);
    let polled = Rc::new(Cell::new(0));
    let counter = polled.clone();
    let first = std::future::poll_fn(|cx| {
        counter.set(counter.get() + 1);
        Pin::new(&mut strings).poll_next(cx)
    })
    .await;
    assert_eq!(first.unwrap().unwrap(), "a");
    assert!(polled.get() >= 1);
    assert!(!strings.is_terminated());
    // The second chunk is not a string: a `TypeError`, then the end.
    let error = strings.next().await.unwrap().unwrap_err();
    assert_eq!(error.kind(), &JsErrorKind::TypeError);
    assert_eq!(error.message(), "expected String, got the number 7");
    assert!(strings.is_terminated());
    assert!(strings.next().await.is_none());
}

#[wasm_bindgen_test]
async fn dropping_any_async_iterator_calls_its_return() {
    let generator = js("globalThis.closedE = 'open'; (async function* () {
        try { yield 1; yield 2; } finally { globalThis.closedE = 'closed'; }
      })()");
    let mut numbers = AsyncIter::<i32>::from_js_value(generator);
    assert_eq!(numbers.next().await.unwrap().unwrap(), 1);
    assert_eq!(js_string("closedE"), "open");
    drop(numbers);
    settle().await;
    assert_eq!(js_string("closedE"), "closed");

    // One read to its end is not closed again, and `close` closes at once.
    let generator = js(
        "globalThis.returnsF = 0; const g = (async function* () { yield 1; })();
        const close = g.return.bind(g);
        g.return = (value) => { globalThis.returnsF += 1; return close(value); };
        g",
    );
    let mut numbers = AsyncIter::<i32>::from_js_value(generator);
    while numbers.next().await.is_some() {}
    drop(numbers);
    let generator = js(
        "globalThis.returnsG = 0; const h = (async function* () { yield 1; })();
        h.return = () => { globalThis.returnsG += 1; return Promise.reject(new Error('ignored')); };
        h",
    );
    let mut numbers = AsyncIter::<i32>::from_js_value(generator);
    numbers.close();
    assert_eq!(js("returnsG").as_f64(), Some(1.0));
    assert!(numbers.next().await.is_none());
    drop(numbers);
    settle().await;
    assert_eq!(js("returnsF").as_f64(), Some(0.0));
    assert_eq!(
        js("returnsG").as_f64(),
        Some(1.0),
        "closed once, its rejection ignored"
    );
}

// A value iterator reads the indexed properties as `Array.prototype.values` does: one at a
// time, live, ending at the first index past the end.
#[wasm_bindgen_test]
fn value_iterator_reads_the_indexed_properties_live() {
    let shelf: Shelf = js("new Shelf(new Item('a'), new Item('b'))")
        .dyn_into()
        .unwrap();
    let names = |iter: IndexedIter<Shelf>| iter.map(|item| item.name()).collect::<Vec<_>>();
    assert_eq!(names(shelf.values()), ["a", "b"]);
    assert_eq!(names(shelf.iter()), ["a", "b"]);
    assert_eq!(shelf.iter().collection(), &shelf);
    // The values are read through the getter, one index at a time.
    assert_eq!(
        shelf.value_at(1).map(|item| item.name()).as_deref(),
        Some("b")
    );
    assert!(shelf.value_at(2).is_none());

    // Growing and shrinking during the iteration changes what comes next.
    let mut seen = Vec::new();
    for item in &shelf {
        seen.push(item.name());
        if seen.len() == 1 {
            shelf.put(&js("new Item('c')").dyn_into().unwrap());
        }
    }
    assert_eq!(seen, ["a", "b", "c"]);
    let mut iter = shelf.iter();
    assert_eq!(iter.next().map(|item| item.name()).as_deref(), Some("a"));
    shelf.take();
    shelf.take();
    assert!(iter.next().is_none());
    shelf.put(&js("new Item('d')").dyn_into().unwrap());
    assert!(iter.next().is_none(), "fused after its end");

    let counts: Counts = js("new Counts()").dyn_into().unwrap();
    assert_eq!(counts.iter().collect::<Vec<_>>(), [10, 20, u32::MAX]);
    // The unnamed indexed getter reads the same properties.
    assert_eq!(counts.get(1), Some(20));
}

#[wasm_bindgen_test]
fn iter_is_a_plain_rust_iterator() {
    let params = Url::new("https://example.com/?a=1&b=2&c=3")
        .unwrap()
        .search_params();
    let iter: Iter<String> = params.values();
    let numbers: Vec<u32> = iter
        .map(|v| v.parse().unwrap())
        .filter(|n| n % 2 == 1)
        .collect();
    assert_eq!(numbers, [1, 3]);
}
