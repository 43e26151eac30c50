dictionary toString {
  ((Result or ArrayBuffer or (sequence<octet> or char?) or (sequence<double> or record<DOMString, short> or record<DOMString, BufferSource> or ArrayBufferView)) or Array or bigint or Promise<a_b1>) wasm_bindgen = 790;
  required Uint8ClampedArray super;
  ((FrozenArray<length> or sequence<raw1> or FrozenArray<Promise<boolean>>) or sequence<float> or (unsigned long long or bool) or BufferSource) move = "idlbind3";
  Promise<object> Clone;
};
interface toString : toString {
  iterable<value3?, ArrayBufferView?>;
};
/// Docs for core.
[RustName=Self, LegacyUnforgeable] interface core {
  iterable<long long>;
  stringifier attribute DOMString prototype;
};
interface toString : Into {
  stringifier attribute DOMString toString;
  [Default, RustName=renamed] const long JsError = null;
  static readonly attribute bigint Promise2;
  ite)rable<prototype, long long>;
};
interface toString {
  (FrozenArray<ArrayBuffer> or __get_02) dyn([LegacyNoInterfaceObject, SameObject, Replaceable] (sequence<Promise<EventHandler>> or (object or octet or EventHandler)) Err0);
};
interface async0 : CallbackGuard3 {
};
