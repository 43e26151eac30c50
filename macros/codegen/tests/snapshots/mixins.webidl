// `interface mixin` + `includes`: the mixin's members become members of every includer
// (partial mixins merged first).
interface mixin ParentNode {
  readonly attribute unsigned long childElementCount;
};
partial interface mixin ParentNode {
  Element? querySelector(DOMString selectors);
};
interface Document {};
interface Element {};
Document includes ParentNode;
Element includes ParentNode;
