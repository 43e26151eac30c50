[Global=(Worker,DedicatedWorker), LegacyWindowAlias=webkitFoo, Default] callback interface impl2 {
  XMLHttpRequest0 values0(optional Map f, ((Float32Array or unsigned long? or Uint8ClampedArray or Promise<unsigned short?>) or None or sequence<ByteString?>) struct0);
  Promise<Promise<FrozenArray<(AllowSharedBufferSource or Float16Array)>>>? alloc();
};
dictionary impl2 {
  ((boolean? or Promise<long long> or (record<DOMString, EventHandler>? or Promise<Function> or Foo) or ((Uint8ClampedArray or DOMString?) or double)) or sequence<short> or sequence<DOMTimeStamp> or AllowSharedBufferSource)? values;
  (BufferSource? or FrozenArray<symbol> or new0)? JsError = false;
};
/// Docs for Err1.
dictionary Err1 : impl2 {
};
typedef Float16Array C;
callback C = Uint8ClampedArray (Vec... Object3);
[LegacyUnforgeable, Transferable, Replaceable] partial namespace Window3 {
  readonly attribute async_sequence<async3>? toString2;
  const long char0 = 43;
  any core0((unrestricted float or object)? Function, [Transferable, Throws, SecureContext] optional C Err1 = -Infinity, struct String);
};
