/// A node of the document tree.
[Exposed=Window]
interface Node {
  const unsigned short ELEMENT_NODE = 1;
  /// The kind of node.
  readonly attribute unsigned short nodeType;
  attribute DOMString? textContent;
  [Throws] Node appendChild(Node node);
  Node cloneNode(optional boolean deep = false);
  static attribute long long counter;
};
