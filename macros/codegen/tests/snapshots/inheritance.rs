::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node : EventTarget"] #[doc = " ```"] type
    Node = "Node"[extends = EventTarget,] convert; caught {}
}
::idlbind::__private::methods! {
    Node;
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Element : Node"] #[doc = " ```"] type
    Element = "Element"[extends = Node, extends = EventTarget,] convert; caught {}
}
::idlbind::__private::methods! {
    Element;
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface HTMLElement : Element"] #[doc = " ```"]
    #[doc(alias = "HTMLElement")] type HtmlElement = "HTMLElement"[extends = Element,
    extends = Node, extends = EventTarget,] convert; caught {}
}
::idlbind::__private::methods! {
    HtmlElement;
}
