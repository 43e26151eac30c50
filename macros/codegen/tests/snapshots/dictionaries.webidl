enum Endings { "transparent", "native" };

dictionary Base {
  DOMString type = "";
  boolean flag;
};

/// Options for a test.
dictionary Options : Base {
  required DOMString label;
  long count = 3;
  unrestricted double ratio;
  double? limit = null;
  Endings endings = "transparent";
  sequence<long> values = [];
  Node? node;
  Inner inner = {};
};

dictionary Inner {
  long long big;
  Node owner;
  any extra;
};

interface Node {};

interface Target {
  undefined configure(Options options);
  undefined maybe(optional Inner inner = {});
  Options current();
};
