//! Every primitive, string and object type crossing for real, in Node: a small JavaScript class
//! (defined below with `eval`) echoes what it receives and reports its JS type, so the tests see
//! what JavaScript really got (a Number, not a BigInt, for `long long`).

use idlbind::{JsValue, idl};
use wasm_bindgen_test::wasm_bindgen_test;

idl! {
    interface Probe {
      constructor();
      static attribute long long counter;
      attribute long long big;
      attribute unsigned long long unsignedBig;
      DOMString typeOf(any value);
      long long echoLongLong(long long v);
      unsigned long long echoUnsignedLongLong(unsigned long long v);
      byte echoByte(byte v);
      octet echoOctet(octet v);
      short echoShort(short v);
      unsigned short echoUnsignedShort(unsigned short v);
      long echoLong(long v);
      unsigned long echoUnsignedLong(unsigned long v);
      boolean echoBoolean(boolean v);
      float echoFloat(float v);
      double echoDouble(double v);
      unrestricted double echoUnrestrictedDouble(unrestricted double v);
      ByteString echoByteString(ByteString v);
      USVString echoUsvString(USVString v);
      DOMString echoDomString(DOMString v);
      object echoObject(object v);
      symbol echoSymbol(symbol v);
      any echoAny(any v);
      long long? echoNullableLongLong(long long? v);
      DOMString? echoNullableString(DOMString? v);
      DOMString lastType();
      unsigned long argumentCount(optional long a, optional long b);
    };
}

fn probe() -> Probe {
    idlbind::__private::js_sys::eval(
        r#"globalThis.Probe ??= class Probe {
            static counter = 0;
            constructor() { this.big = 0; this.unsignedBig = 0; this.last = "none"; }
            typeOf(v) { return typeof v; }
            record(v) { this.last = typeof v; return v; }
            echoLongLong(v) { return this.record(v); }
            echoUnsignedLongLong(v) { return this.record(v); }
            echoByte(v) { return this.record(v); }
            echoOctet(v) { return this.record(v); }
            echoShort(v) { return this.record(v); }
            echoUnsignedShort(v) { return this.record(v); }
            echoLong(v) { return this.record(v); }
            echoUnsignedLong(v) { return this.record(v); }
            echoBoolean(v) { return this.record(v); }
            echoFloat(v) { return this.record(v); }
            echoDouble(v) { return this.record(v); }
            echoUnrestrictedDouble(v) { return this.record(v); }
            echoByteString(v) { return this.record(v); }
            echoUsvString(v) { return this.record(v); }
            echoDomString(v) { return this.record(v); }
            echoObject(v) { return this.record(v); }
            echoSymbol(v) { return this.record(v); }
            echoAny(v) { return this.record(v); }
            echoNullableLongLong(v) { this.last = v === null ? "null" : typeof v; return v; }
            echoNullableString(v) { this.last = v === null ? "null" : typeof v; return v; }
            lastType() { return this.last; }
            argumentCount(...args) { return args.length; }
        }"#,
    )
    .expect("the probe class evaluates");
    Probe::new().expect("the probe constructs")
}

#[wasm_bindgen_test]
fn long_long_crosses_as_a_number() {
    let p = probe();
    assert_eq!(
        p.echo_long_long(-9_007_199_254_740_991),
        -9_007_199_254_740_991
    );
    assert_eq!(p.last_type(), "number");
    assert_eq!(
        p.echo_unsigned_long_long(9_007_199_254_740_991),
        9_007_199_254_740_991
    );
    assert_eq!(p.last_type(), "number");
    p.set_big(-42);
    assert_eq!(p.big(), -42);
    p.set_unsigned_big(1 << 40);
    assert_eq!(p.unsigned_big(), 1 << 40);
    Probe::set_counter(7);
    assert_eq!(Probe::counter(), 7);
    assert_eq!(p.echo_nullable_long_long(Some(5)), Some(5));
    assert_eq!(p.last_type(), "number");
    assert_eq!(p.echo_nullable_long_long(None), None);
    assert_eq!(p.last_type(), "null");
}

#[wasm_bindgen_test]
fn integers_booleans_and_floats() {
    let p = probe();
    assert_eq!(p.echo_byte(-128), -128);
    assert_eq!(p.echo_octet(255), 255);
    assert_eq!(p.echo_short(-32768), -32768);
    assert_eq!(p.echo_unsigned_short(65535), 65535);
    assert_eq!(p.echo_long(i32::MIN), i32::MIN);
    assert_eq!(p.echo_unsigned_long(u32::MAX), u32::MAX);
    assert!(p.echo_boolean(true));
    assert_eq!(p.last_type(), "boolean");
    assert_eq!(p.echo_float(1.5), 1.5);
    assert_eq!(p.echo_double(-0.25), -0.25);
    assert!(p.echo_unrestricted_double(f64::NAN).is_nan());
    assert_eq!(p.echo_unrestricted_double(f64::INFINITY), f64::INFINITY);
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.echoDouble")]
fn restricted_double_refuses_infinity() {
    probe().echo_double(f64::INFINITY);
}

#[wasm_bindgen_test]
#[should_panic(expected = "Probe.echoByteString")]
fn byte_string_refuses_wide_characters() {
    probe().echo_byte_string("€");
}

#[wasm_bindgen_test]
fn strings() {
    let p = probe();
    assert_eq!(p.echo_byte_string("café"), "café");
    assert_eq!(p.echo_usv_string("𝄞 clef"), "𝄞 clef");
    assert_eq!(p.echo_dom_string(""), "");
    assert_eq!(p.last_type(), "string");
    assert_eq!(p.echo_nullable_string(Some("x")).as_deref(), Some("x"));
    assert_eq!(p.echo_nullable_string(None), None);
    assert_eq!(p.last_type(), "null");
}

#[wasm_bindgen_test]
fn any_object_and_symbol() {
    let p = probe();
    assert_eq!(p.type_of(&JsValue::from(1.0)), "number");
    assert_eq!(p.type_of(&JsValue::UNDEFINED), "undefined");
    assert_eq!(p.echo_any(&JsValue::from_str("s")), "s");
    let object = idlbind::__private::js_sys::Object::new();
    let back = p.echo_object(&object);
    assert!(idlbind::__private::js_sys::Object::is(&back, &object));
    assert_eq!(p.last_type(), "object");
    let symbol = idlbind::__private::js_sys::Symbol::for_("idlbind");
    let back = p.echo_symbol(&symbol);
    assert_eq!(p.last_type(), "symbol");
    assert_eq!(JsValue::from(back), JsValue::from(symbol));
}

#[wasm_bindgen_test]
fn trailing_absent_arguments_are_not_passed() {
    let p = probe();
    assert_eq!(p.argument_count(), 0);
    assert_eq!(p.argument_count_with(1, None), 1);
    assert_eq!(p.argument_count_with(None, 2), 2);
    assert_eq!(p.argument_count_with(1, 2), 2);
    assert_eq!(p.argument_count_with(None, None), 0);
}
