// `[Throws]` (idlbind's attribute, from Gecko's vocabulary): `Result<T, JsError>`. Without it,
// a JavaScript exception is a panic that names the IDL member.
interface Node {
  [Throws] Node appendChild(Node node);
  Node removeChild(Node child);
  [Throws] attribute long maxLength;
};
