// `[Global]` interfaces: their members (and their mixins') are also free functions on
// `globalThis`. Namespaces are modules. A partial interface of a type defined elsewhere is an
// extension trait.
[Global=Window, Exposed=Window]
interface Window {
  attribute DOMString name;
  undefined alert(optional DOMString message);
};

interface mixin WindowOrWorkerGlobalScope {
  readonly attribute USVString origin;
  DOMString btoa(DOMString data);
};
Window includes WindowOrWorkerGlobalScope;

[Exposed=Window]
namespace CSS {
  DOMString escape(DOMString ident);
  readonly attribute HighlightRegistry highlights;
};

[Exposed=*]
namespace console {
  undefined log(any... data);
};

partial interface URL {
  static boolean canParse(USVString url, optional USVString base);
  readonly attribute USVString protocol;
};
