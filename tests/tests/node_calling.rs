//! Calling conventions in Node: overloads folded into a union parameter or an optional-argument
//! chain (or given distinct names), variadic arguments, namespaces as modules (the real
//! `WebAssembly` and `console` namespaces), and a partial interface of a type defined in
//! another block as an extension trait.
//!
//! A small JavaScript class (`Caller`, defined below with `eval`) records how it was called:
//! how many arguments, and the `typeof` of each, so each test asks JavaScript what it got.

use idlbind::{JsValue, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    interface Caller {
      constructor();
      // Rule 1: same length, one type differs: one method taking the union.
      DOMString pick(long value);
      DOMString pick(DOMString value);
      DOMString pick(Caller value);
      // Rule 2: counts 1..=3 join up: `span` and `span_with`.
      DOMString span(DOMString a);
      DOMString span(DOMString a, long b, optional boolean c);
      // Rule 3: counts 1 and 3 do not join up: distinct names.
      DOMString gap(DOMString a);
      DOMString gap(DOMString a, long b, long c);
      // Variadic: any iterable; optional arguments before it become required.
      DOMString spread(DOMString label, long... values);
      DOMString spreadAny(optional boolean flag = false, any... data);
      // `[RustName]` chooses the name of one overload.
      [RustName=tally_named] DOMString tally(DOMString name);
      DOMString tally();
      readonly attribute DOMString last;
    };
}

/// `Caller` answers with what it received: the number of arguments and their types.
const CALLER_JS: &str = r#"
if (!globalThis.Caller) {
  const describe = (args) =>
    `${args.length}:` + args.map((a) => (a === null ? "null" : typeof a)).join(",");
  globalThis.Caller = class Caller {
    constructor() { this.last = ""; }
  };
  for (const name of ["pick", "span", "gap", "spread", "spreadAny", "tally"]) {
    globalThis.Caller.prototype[name] = function (...args) {
      this.last = JSON.stringify(args);
      return describe(args);
    };
  }
}
"#;

fn caller() -> Caller {
    js_sys::eval(CALLER_JS).expect("the Caller class evaluates");
    Caller::new().expect("Caller constructs")
}

#[wasm_bindgen_test]
fn overloads_differing_in_one_type_take_a_union() {
    let c = caller();
    assert_eq!(c.pick(5), "1:number");
    assert_eq!(c.pick("five"), "1:string");
    assert_eq!(c.pick(&c), "1:object");
    assert_eq!(c.pick(LongOrDomStringOrCaller::Long(7)), "1:number");
}

#[wasm_bindgen_test]
fn overloads_whose_counts_join_up_are_one_optional_chain() {
    let c = caller();
    assert_eq!(c.span("a"), "1:string");
    assert_eq!(c.span_with("a", 2, None), "2:string,number");
    assert_eq!(c.span_with("a", 2, true), "3:string,number,boolean");
    // `b` was optional only through the fold: absent before a present `c` is `undefined`.
    assert_eq!(c.span_with("a", None, true), "3:string,undefined,boolean");
}

#[wasm_bindgen_test]
fn overloads_that_cannot_fold_get_names_of_their_own() {
    let c = caller();
    assert_eq!(c.gap("a"), "1:string");
    assert_eq!(c.gap_with_b_c("a", 1, 2), "3:string,number,number");
    assert_eq!(c.tally(), "0:");
    assert_eq!(c.tally_named("x"), "1:string");
}

#[wasm_bindgen_test]
fn variadic_arguments_take_any_iterable() {
    let c = caller();
    assert_eq!(c.spread("none", std::iter::empty::<i32>()), "1:string");
    assert_eq!(
        c.spread("three", [1, 2, 3]),
        "4:string,number,number,number"
    );
    assert_eq!(c.last(), r#"["three",1,2,3]"#);
    assert_eq!(c.spread("vec", vec![4, 5]), "3:string,number,number");
    assert_eq!(
        c.spread("iter", (1..=2).map(|i| i * 10)),
        "3:string,number,number"
    );
    assert_eq!(c.last(), r#"["iter",10,20]"#);
    let values = [JsValue::from("x"), JsValue::NULL, JsValue::from(1.5)];
    assert_eq!(c.spread_any(true, &values), "4:boolean,string,null,number");
}

// The real `WebAssembly` namespace (WebAssembly JavaScript Interface,
// https://webassembly.github.io/spec/js-api/, `namespace WebAssembly`), the members used here.
idl! {
    [Exposed=*]
    namespace WebAssembly {
      boolean validate(BufferSource bytes);
    };

    enum ImportExportKind {
      "function",
      "table",
      "memory",
      "global",
      "tag",
    };

    dictionary ModuleExportDescriptor {
      required USVString name;
      required ImportExportKind kind;
      // Note: Each extension of `ImportExportKind` may also add a `type` member.
    };

    [LegacyNamespace=WebAssembly, Exposed=*]
    interface Module {
      constructor(BufferSource bytes);
      static sequence<ModuleExportDescriptor> exports(Module moduleObject);
    };

    [LegacyNamespace=WebAssembly, Exposed=*]
    interface Instance {
      constructor(Module module, optional object importObject);
      readonly attribute object exports;
    };

    // Console Standard (console.idl), the members used here.
    [Exposed=*]
    namespace console {
      undefined log(any... data);
      undefined count(optional DOMString label = "default");
    };
}

#[wasm_bindgen_test]
fn namespace_functions_call_the_real_namespace() {
    let empty_module: [u8; 8] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
    assert!(web_assembly::validate(&empty_module[..]));
    assert!(!web_assembly::validate(&[1u8, 2, 3][..]));
}

/// A module exporting `f`, a function returning 42.
const ANSWER_MODULE: [u8; 34] = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type section: () -> i32
    0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
    0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00, // export section: "f", function 0
    0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b, // code section: i32.const 42
];

#[wasm_bindgen_test]
fn legacy_namespace_interfaces_live_in_their_module() {
    let module = web_assembly::Module::new(&ANSWER_MODULE[..]).unwrap();
    let exports = web_assembly::Module::exports(&module);
    assert_eq!(exports.len(), 1);
    assert_eq!(exports[0].name, "f");
    assert_eq!(exports[0].kind, ImportExportKind::Function);

    let instance = web_assembly::Instance::new(&module).unwrap();
    let f = js_sys::Reflect::get(&instance.exports(), &JsValue::from("f")).unwrap();
    let f: js_sys::Function = idlbind::JsCast::dyn_into(f).unwrap();
    assert_eq!(f.call0(&JsValue::UNDEFINED).unwrap(), 42);

    // The class is `WebAssembly.Module`: checked casts test against it.
    let value = JsValue::from(module);
    assert!(idlbind::JsCast::dyn_ref::<web_assembly::Module>(&value).is_some());
    assert!(idlbind::JsCast::dyn_ref::<web_assembly::Instance>(&value).is_none());

    let error = web_assembly::Module::new(&[0u8, 1, 2][..]).unwrap_err();
    assert_eq!(error.name(), "CompileError");
}

#[wasm_bindgen_test]
fn console_log_receives_every_argument() {
    js_sys::eval(
        "globalThis.__logged = []; globalThis.__log = console.log; \
         console.log = (...args) => globalThis.__logged.push(args);",
    )
    .unwrap();
    console::log([JsValue::from("a"), JsValue::from(2)]);
    console::log([] as [JsValue; 0]);
    let logged =
        js_sys::eval("console.log = globalThis.__log; JSON.stringify(globalThis.__logged)")
            .unwrap();
    assert_eq!(logged.as_string().unwrap(), r#"[["a",2],[]]"#);
}

// A partial interface of `URL`, which the next block defines: an extension trait, `UrlExt`.
mod url {
    use idlbind::idl;

    idl! {
        [Exposed=*]
        interface URL {
          constructor(USVString url, optional USVString base);
          readonly attribute USVString href;
        };
    }
}
use url::Url;

idl! {
    partial interface URL {
      static boolean canParse(USVString url, optional USVString base);
      readonly attribute USVString protocol;
    };
}

#[wasm_bindgen_test]
fn partial_interface_of_another_block_is_an_extension_trait() {
    let url = Url::new("https://example.com/a").unwrap();
    assert_eq!(url.protocol(), "https:");
    assert!(Url::can_parse("https://example.com/"));
    assert!(!Url::can_parse("nope"));
    assert!(Url::can_parse_with("/path", "https://example.com/"));
    // Generic code can name the trait.
    fn protocol_of(value: &impl UrlExt) -> String {
        value.protocol()
    }
    assert_eq!(protocol_of(&Url::new("ftp://x/").unwrap()), "ftp:");
}
