interface Node {};
dictionary Bag { DOMString name; };
typedef (sequence<sequence<ByteString>> or record<ByteString, ByteString>) HeadersInit;
typedef (Node or DOMString) NodeOrString;

interface Target {
  undefined fill(optional HeadersInit init);
  undefined append((Node or DOMString) node);
  (long or DOMString or (Bag or boolean)) read();
  undefined maybe((Node or long)? value);
};
