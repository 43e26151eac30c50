// Attributes: a getter; a setter unless readonly; nullable types are `Option`.
interface Node {
  readonly attribute unsigned short nodeType;
  attribute DOMString? textContent;
  attribute boolean hidden;
};
