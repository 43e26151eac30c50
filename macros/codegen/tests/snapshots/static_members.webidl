// Static operations and attributes: associated functions called on the interface object.
interface URL {
  static boolean canParse(USVString url, optional USVString base);
  static attribute long long counter;
  static readonly attribute DOMString version;
};
