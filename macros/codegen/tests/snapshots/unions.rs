::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node = "Node"[]
    convert; caught {}
}
::idlbind::__private::methods! {
    Node;
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[] convert; caught {} unexpected { (method, js_class = "Target", js_name =
    "fill") fn __idl_fill_0(this : & Target,) -> (); (method, js_class = "Target",
    js_name = "fill") fn __idl_fill_1(this : & Target, __arg0 : ::idlbind::JsValue) ->
    (); (method, js_class = "Target", js_name = "append") fn __idl_append(this : &
    Target, __arg0 : ::idlbind::JsValue) -> (); (method, js_class = "Target", js_name =
    "append") fn __idl_append__str(this : & Target, __arg0 : & str) -> (); (method,
    js_class = "Target", js_name = "read") fn __idl_read(this : & Target,) ->
    ::idlbind::JsValue; (method, js_class = "Target", js_name = "maybe") fn
    __idl_maybe(this : & Target, __arg0 : ::idlbind::JsValue) -> (); }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc =
    " undefined fill(optional HeadersInit init);"] #[doc = " ```"] fill(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_fill_0(), "Target.fill") } fn [with fill]
    #[doc = " ```webidl"] #[doc = " undefined fill(optional HeadersInit init);"] #[doc =
    " ```"] fill_with(& self, init : impl ::std::convert::Into < ::std::option::Option <
    HeadersInit >>) { let init = ::std::convert::Into::into(init); if let
    ::std::option::Option::Some(init) = init { let init = { let __value = init;
    ::idlbind::ToJs::to_js(& __value) }; ::idlbind::__private::no_throw!(self
    .__idl_fill_1(init), "Target.fill") } else { ::idlbind::__private::no_throw!(self
    .__idl_fill_0(), "Target.fill") } } fn #[doc = " ```webidl"] #[doc =
    " undefined append((Node or DOMString) node);"] #[doc = " ```"] append(& self, node :
    impl ::idlbind::UnionArgument < NodeOrDomString >) { if let
    ::std::option::Option::Some(node) = ::idlbind::UnionArgument:: < NodeOrDomString >
    ::__as_str(& node) { ::idlbind::__private::no_throw!(self.__idl_append__str(node),
    "Target.append") } else { let node = { let __value = node; ::idlbind::ToJs::to_js(&
    ::idlbind::UnionArgument:: < NodeOrDomString > ::into_union(__value)) };
    ::idlbind::__private::no_throw!(self.__idl_append(node), "Target.append") } } fn
    #[doc = " ```webidl"] #[doc = " (long or DOMString or (Bag or boolean)) read();"]
    #[doc = " ```"] read(& self,) -> LongOrDomStringOrBagOrBoolean {
    ::idlbind::__private::returned:: < LongOrDomStringOrBagOrBoolean >
    (::idlbind::__private::no_throw!(self.__idl_read(), "Target.read"), "Target.read",
    "(long or DOMString or (Bag or boolean))") } fn #[doc = " ```webidl"] #[doc =
    " undefined maybe((Node or long)? value);"] #[doc = " ```"] maybe(& self, value :
    ::std::option::Option < NodeOrLong >) { let value = { let __value = value; match
    __value { ::std::option::Option::Some(__value) => ::idlbind::ToJs::to_js(& __value),
    ::std::option::Option::None => ::idlbind::JsValue::NULL, } };
    ::idlbind::__private::no_throw!(self.__idl_maybe(value), "Target.maybe") }
}
::idlbind::__private::union! {
    #[doc = " ```webidl"] #[doc =
    " typedef (sequence<sequence<ByteString>> or record<ByteString, ByteString>) HeadersInit;"]
    #[doc = " ```"] enum HeadersInit[PartialEq,] { #[doc =
    " `sequence<sequence<ByteString>>`"] ByteStringSequenceSequence(::std::vec::Vec <
    ::std::vec::Vec < ::std::string::String > >) : plain, #[doc =
    " `record<ByteString, ByteString>`"] ByteStringByteStringRecord(::std::vec::Vec <
    (::std::string::String, ::std::string::String) >) : plain, } unscoped; from_js {
    iterable ByteStringSequenceSequence(::std::vec::Vec < ::std::vec::Vec <
    ::std::string::String > >); object ByteStringByteStringRecord(::std::vec::Vec <
    (::std::string::String, ::std::string::String) >); } else error
}
::idlbind::__private::union! {
    #[doc = " ```webidl"] #[doc = " typedef (Node or DOMString) NodeOrString;"] #[doc =
    " ```"] enum NodeOrString[PartialEq,] { #[doc = " `Node`"] Node(Node) : interface,
    #[doc = " `DOMString`"] DomString(::std::string::String) : string, } unscoped;
    from_js { string DomString(::std::string::String); interface Node(Node); } else
    string DomString
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (Node or DOMString)"] #[doc = " ```"] enum NodeOrDomString[PartialEq,] { #[doc =
    " `Node`"] Node(Node) : interface, #[doc = " `DOMString`"]
    DomString(::std::string::String) : string, } unscoped; from_js { string
    DomString(::std::string::String); interface Node(Node); } else string DomString
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (long or DOMString or (Bag or boolean))"] #[doc = " ```"] enum
    LongOrDomStringOrBagOrBoolean[PartialEq,] { #[doc = " `long`"] Long(i32) : plain,
    #[doc = " `DOMString`"] DomString(::std::string::String) : string, #[doc = " `Bag`"]
    Bag(Bag) : plain, #[doc = " `boolean`"] Boolean(bool) : plain, } unscoped; from_js {
    boolean Boolean(bool); number Long(i32); string DomString(::std::string::String);
    dictionary Bag(Bag); } else string DomString
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (Node or long)"] #[doc = " ```"] enum NodeOrLong[PartialEq,] { #[doc = " `Node`"]
    Node(Node) : interface, #[doc = " `long`"] Long(i32) : plain, } unscoped; from_js {
    number Long(i32); interface Node(Node); } else number Long(i32)
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary Bag"] #[doc = " ```"] struct
    Bag[PartialEq,] { #[doc = " `DOMString name`"] name ? : ::std::string::String => read
    __idlbind_read_Bag_0; } default; inline_js =
    "export function __idlbind_build_Bag(v0){const o={};if(v0!==undefined)o[\"name\"]=v0;return o;}export function __idlbind_read_Bag_0(o){const v=o[\"name\"];return v===undefined?undefined:`${v}`;}";
    to_js fn __idlbind_build_Bag(v0 ? : & str = str name optional,);
}
