// `partial interface` of an interface in the same block: merged into it.
interface Window {
  readonly attribute DOMString name;
};
partial interface Window {
  readonly attribute boolean closed;
};
