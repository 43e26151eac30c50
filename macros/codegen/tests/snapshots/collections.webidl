/// A pair iterator, as `URLSearchParams` and `Headers` have.
interface Params {
  iterable<USVString, USVString>;
};

/// A value iterator over the indexed properties, as `NodeList` has.
interface Nodes {
  getter Thing? item(unsigned long index);
  readonly attribute unsigned long length;
  iterable<Thing>;
};

interface Registry {
  maplike<DOMString, Thing>;
};

interface Counts {
  readonly maplike<DOMString, long>;
};

/// A setlike that defines its own `add`, which is bound instead of the generated one.
interface Tags {
  setlike<DOMString>;
  undefined add(DOMString value, optional boolean twice = false);
};

interface Things {
  readonly setlike<Thing>;
};

dictionary StreamIteratorOptions {
  boolean preventCancel = false;
};

/// An async value iterable with arguments, as `ReadableStream` has.
interface Source {
  async_iterable<any>(optional StreamIteratorOptions options = {});
};

interface AsyncPairs {
  [Throws] async iterable<DOMString, long>;
};

interface StringMap {
  getter DOMString (DOMString name);
  setter undefined (DOMString name, DOMString value);
  deleter undefined (DOMString name);
};

/// Indexed getter and setter; a named getter of a union type, renamed.
interface List {
  getter Thing (unsigned long index);
  setter undefined (unsigned long index, Thing? value);
  [RustName=lookup] getter (Thing or DOMString) (DOMString name);
};

interface Link {
  stringifier attribute USVString href;
};

interface Span {
  stringifier;
};

interface Described {
  stringifier DOMString describe();
};

interface Rect {
  readonly attribute double x;
  [Default] object toJSON();
};

interface Thing {};
