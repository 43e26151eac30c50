// Operations: methods; optional arguments give a base method (required arguments only) and a
// `_with` method taking every argument, optional ones as `impl Into<Option<T>>`. Absent
// trailing arguments are not sent; an absent one before a present one is sent as `undefined`.
interface Element {
  undefined focus();
  DOMString? getAttribute(DOMString qualifiedName);
  boolean toggleAttribute(DOMString qualifiedName, optional boolean force);
  undefined scroll(optional unrestricted double x, optional unrestricted double y);
  undefined insertAdjacentText(DOMString where, DOMString? data);
  undefined pick(optional DOMString? label = null);
};
