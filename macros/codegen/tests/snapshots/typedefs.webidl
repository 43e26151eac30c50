// `typedef`: replaced by its type wherever it is used (through other typedefs too).
typedef unsigned long long DOMTimeStamp;
typedef DOMTimeStamp EpochTime;
typedef Node? MaybeNode;
interface Event {
  readonly attribute EpochTime timeStamp;
  readonly attribute MaybeNode target;
};
