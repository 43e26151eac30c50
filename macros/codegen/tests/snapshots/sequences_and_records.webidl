interface Node {};
interface Target {
  undefined numbers(sequence<long> values);
  undefined strings(sequence<DOMString> values);
  undefined nodes(sequence<Node> values);
  undefined nested(sequence<sequence<double>> values);
  undefined pairs(record<DOMString, long> values);
  sequence<DOMString> names();
  FrozenArray<Node> frozen();
  record<DOMString, sequence<long>> table();
  attribute ObservableArray<Node> live;
};
