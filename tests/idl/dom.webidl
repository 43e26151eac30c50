// A subset of the DOM Standard's IDL (https://dom.spec.whatwg.org/), as published, with
// `[Throws]` added where the standard says a member may throw. Members whose types this
// version of idlbind cannot bind yet are left out.

[Exposed=*]
interface EventTarget {
  constructor();
};

[Exposed=Window]
interface Node : EventTarget {
  const unsigned short ELEMENT_NODE = 1;
  const unsigned short ATTRIBUTE_NODE = 2;
  const unsigned short TEXT_NODE = 3;
  const unsigned short COMMENT_NODE = 8;
  const unsigned short DOCUMENT_NODE = 9;
  const unsigned short DOCUMENT_FRAGMENT_NODE = 11;
  readonly attribute unsigned short nodeType;
  readonly attribute DOMString nodeName;

  readonly attribute boolean isConnected;
  readonly attribute Document? ownerDocument;
  readonly attribute Node? parentNode;
  readonly attribute Element? parentElement;
  boolean hasChildNodes();
  readonly attribute Node? firstChild;
  readonly attribute Node? lastChild;
  readonly attribute Node? previousSibling;
  readonly attribute Node? nextSibling;

  [CEReactions] attribute DOMString? nodeValue;
  [CEReactions] attribute DOMString? textContent;
  [CEReactions] undefined normalize();

  [CEReactions, NewObject, Throws] Node cloneNode(optional boolean deep = false);
  boolean isEqualNode(Node? otherNode);
  boolean contains(Node? other);

  [CEReactions, Throws] Node insertBefore(Node node, Node? child);
  [CEReactions, Throws] Node appendChild(Node node);
  [CEReactions, Throws] Node replaceChild(Node node, Node child);
  [CEReactions, Throws] Node removeChild(Node child);
};

interface mixin NonElementParentNode {
  Element? getElementById(DOMString elementId);
};

interface mixin ParentNode {
  readonly attribute Element? firstElementChild;
  readonly attribute Element? lastElementChild;
  readonly attribute unsigned long childElementCount;

  [CEReactions, Unscopable] undefined prepend((Node or DOMString)... nodes);
  [CEReactions, Unscopable] undefined append((Node or DOMString)... nodes);
  [CEReactions, Unscopable] undefined replaceChildren((Node or DOMString)... nodes);

  [Throws] Element? querySelector(DOMString selectors);
};

interface mixin ChildNode {
  [CEReactions, Unscopable] undefined before((Node or DOMString)... nodes);
  [CEReactions, Unscopable] undefined after((Node or DOMString)... nodes);
  [CEReactions] undefined remove();
};

[Exposed=Window]
interface Document : Node {
  constructor();

  readonly attribute DOMString URL;
  readonly attribute DOMString compatMode;
  readonly attribute DOMString characterSet;
  readonly attribute DOMString contentType;
  readonly attribute Element? documentElement;

  [CEReactions, NewObject, Throws] Element createElement(DOMString localName);
  [NewObject] Text createTextNode(DOMString data);
  [NewObject] Comment createComment(DOMString data);
};
Document includes NonElementParentNode;
Document includes ParentNode;

[Exposed=Window]
interface Element : Node {
  readonly attribute DOMString? namespaceURI;
  readonly attribute DOMString? prefix;
  readonly attribute DOMString localName;
  readonly attribute DOMString tagName;

  [CEReactions] attribute DOMString id;
  [CEReactions] attribute DOMString className;

  boolean hasAttributes();
  DOMString? getAttribute(DOMString qualifiedName);
  [CEReactions, Throws] undefined setAttribute(DOMString qualifiedName, DOMString value);
  [CEReactions] undefined removeAttribute(DOMString qualifiedName);
  [CEReactions, Throws] boolean toggleAttribute(DOMString qualifiedName, optional boolean force);
  boolean hasAttribute(DOMString qualifiedName);

  [Throws] Element? closest(DOMString selectors);
  [Throws] boolean matches(DOMString selectors);
};
Element includes ParentNode;
Element includes ChildNode;

[Exposed=Window]
interface CharacterData : Node {
  attribute [LegacyNullToEmptyString] DOMString data;
  readonly attribute unsigned long length;
  [Throws] DOMString substringData(unsigned long offset, unsigned long count);
  undefined appendData(DOMString data);
};
CharacterData includes ChildNode;

[Exposed=Window]
interface Text : CharacterData {
  constructor(optional DOMString data = "");

  [NewObject, Throws] Text splitText(unsigned long offset);
  readonly attribute DOMString wholeText;
};

[Exposed=Window]
interface Comment : CharacterData {
  constructor(optional DOMString data = "");
};

[Exposed=*, Serializable]
interface DOMException {
  constructor(optional DOMString message = "", optional DOMString name = "Error");
  readonly attribute DOMString name;
  readonly attribute DOMString message;
  readonly attribute unsigned short code;

  const unsigned short INDEX_SIZE_ERR = 1;
  const unsigned short HIERARCHY_REQUEST_ERR = 3;
  const unsigned short INVALID_CHARACTER_ERR = 5;
  const unsigned short NOT_FOUND_ERR = 8;
  const unsigned short SYNTAX_ERR = 12;
};
