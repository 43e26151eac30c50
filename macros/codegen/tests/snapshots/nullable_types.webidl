// `T?`: `Option<&T>` arguments, `Option<T>` returns, conversions applied inside the `Option`.
interface Nullables {
  Node? firstChild(Node? after);
  long long? count(long long? at);
  double? ratio(double? value);
  DOMString? label(DOMString? value);
  boolean? flag(boolean? value);
};
