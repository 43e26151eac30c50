// Overloads fold into as few Rust functions as the IDL allows.
typedef (HTMLImageElement or HTMLCanvasElement) CanvasImageSource;

interface CanvasDrawImage {
  // Counts 3, 5 and 9 do not join up (4 arguments would be a TypeError): distinct names.
  undefined drawImage(CanvasImageSource image, unrestricted double dx, unrestricted double dy);
  undefined drawImage(CanvasImageSource image, unrestricted double dx, unrestricted double dy, unrestricted double dw, unrestricted double dh);
  undefined drawImage(CanvasImageSource image, unrestricted double sx, unrestricted double sy, unrestricted double sw, unrestricted double sh, unrestricted double dx, unrestricted double dy, unrestricted double dw, unrestricted double dh);
};

interface XMLHttpRequest {
  constructor();
  // An arity chain: `open` and `open_with`.
  undefined open(ByteString method, USVString url);
  undefined open(ByteString method, USVString url, boolean async, optional USVString? username = null, optional USVString? password = null);
};

interface ParentNode {
  // One argument's type differs: a union parameter.
  undefined replace(Node node);
  undefined replace(DOMString text);
  // Variadic arguments: any iterable.
  undefined append((Node or DOMString)... nodes);
  undefined log(DOMString label, any... data);
  // `[RustName]` chooses.
  [RustName=fill_path] undefined fill(Path2D path);
  undefined fill();
};

interface Path2D {
  constructor();
  constructor(DOMString d);
};
