// Legacy extended attributes that change the Rust API.
[Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)]
interface HTMLImageElement {
  [CEReactions] attribute USVString src;
};

[Exposed=(Window,Worker), LegacyWindowAlias=(SVGMatrix, WebKitCSSMatrix)]
interface DOMMatrix {
  constructor(optional (DOMString or sequence<unrestricted double>) init);
};

[Exposed=Window]
interface DOMTokenList {
  attribute DOMString value;
};

[Exposed=Window]
interface Element {
  // `set_class_list` assigns `classList.value`.
  [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;
};

// `[LegacyNamespace]`: the class is `WebAssembly.Module` in JS, `web_assembly::Module` in Rust.
[LegacyNamespace=WebAssembly, Exposed=*]
interface Module {
  constructor(BufferSource bytes);
  static sequence<ModuleExportDescriptor> exports(Module moduleObject);
};

dictionary ModuleExportDescriptor {
  required USVString name;
  required ImportExportKind kind;
};

enum ImportExportKind { "function", "table", "memory", "global", "tag" };
