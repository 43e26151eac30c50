// Old forms the macro still binds as their current spelling: `void` is `undefined`, `async
// iterable` is `async_iterable`, `[NoInterfaceObject]`, `[TreatNullAs]` and `[Unforgeable]` are
// their `Legacy` names, `[AllowShared] BufferSource` is `AllowSharedBufferSource`, and an
// interface may lack `[Exposed]`. `idlbind check --strict` reports each with the form to write.
[NoInterfaceObject]
interface Legacy {
  void reset();
  Promise<void> ready();
  undefined write([AllowShared] BufferSource data);
  attribute [TreatNullAs=EmptyString] DOMString text;
  [Unforgeable] readonly attribute long id;
  async iterable<DOMString>;
};
