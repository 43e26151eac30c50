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
    "configure") fn __idl_configure(this : & Target, __arg0 : ::idlbind::JsValue) -> ();
    (method, js_class = "Target", js_name = "maybe") fn __idl_maybe_0(this : & Target,)
    -> (); (method, js_class = "Target", js_name = "maybe") fn __idl_maybe_1(this : &
    Target, __arg0 : ::idlbind::JsValue) -> (); (method, js_class = "Target", js_name =
    "current") fn __idl_current(this : & Target,) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc = " undefined configure(Options options);"]
    #[doc = " ```"] configure(& self, options : & Options) { let options = { let __value
    = options; ::idlbind::ToJs::to_js(__value) }; ::idlbind::__private::no_throw!(self
    .__idl_configure(options), "Target.configure") } fn #[doc = " ```webidl"] #[doc =
    " undefined maybe(optional Inner inner = {});"] #[doc = " ```"] maybe(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_maybe_0(), "Target.maybe") } fn [with
    maybe] #[doc = " ```webidl"] #[doc = " undefined maybe(optional Inner inner = {});"]
    #[doc = " ```"] maybe_with['a] (& self, inner : impl ::std::convert::Into <
    ::std::option::Option < & 'a Inner >>) { let inner =
    ::std::convert::Into::into(inner); if let ::std::option::Option::Some(inner) = inner
    { let inner = { let __value = inner; ::idlbind::ToJs::to_js(__value) };
    ::idlbind::__private::no_throw!(self.__idl_maybe_1(inner), "Target.maybe") } else {
    ::idlbind::__private::no_throw!(self.__idl_maybe_0(), "Target.maybe") } } fn #[doc =
    " ```webidl"] #[doc = " Options current();"] #[doc = " ```"] current(& self,) ->
    Options { ::idlbind::__private::returned:: < Options >
    (::idlbind::__private::no_throw!(self.__idl_current(), "Target.current"),
    "Target.current", "Options") }
}
::idlbind::__private::enumeration! {
    #[doc = " ```webidl"] #[doc = " enum Endings { \"transparent\", \"native\" };"] #[doc
    = " ```"] enum Endings = "Endings" { Transparent = "transparent", Native = "native",
    }
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary Base"] #[doc = " ```"] struct
    Base[PartialEq,] { #[doc = " `DOMString type = \"\"`"] type_ : ::std::string::String
    = (::std::string::String::from("")) => read_or_default __idlbind_read_Base_0; #[doc =
    " `boolean flag`"] flag ? : bool => read __idlbind_read_Base_1; } default; inline_js
    =
    "export function __idlbind_build_Base(v0,v1){const o={};if(v0!==undefined)o[\"flag\"]=v0;o[\"type\"]=v1;return o;}export function __idlbind_read_Base_0(o){const v=o[\"type\"];return v===undefined?\"\":`${v}`;}export function __idlbind_read_Base_1(o){const v=o[\"flag\"];return v===undefined?undefined:!!v;}";
    to_js fn __idlbind_build_Base(v0 ? : bool = value flag optional, v1 : & str = str
    type_,);
}
::idlbind::__private::dictionary! {
    #[doc = " Options for a test."] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " dictionary Options : Base"] #[doc = " ```"] struct Options[PartialEq,] { #[doc =
    " `DOMString type = \"\"`"] type_ : ::std::string::String =
    (::std::string::String::from("")) => read_or_default __idlbind_read_Options_0; #[doc
    = " `boolean flag`"] flag ? : bool => read __idlbind_read_Options_1; #[doc =
    " `required DOMString label`"] label : ::std::string::String = required => read
    __idlbind_read_Options_2; #[doc = " `long count = 3`"] count : i32 = (3) =>
    read_or_default __idlbind_read_Options_3; #[doc = " `unrestricted double ratio`"]
    ratio ? : f64 => read __idlbind_read_Options_4; #[doc = " `double? limit = null`"]
    limit : ::std::option::Option < f64 > = (::std::option::Option::None) => get __get_5
    "limit"; #[doc = " `Endings endings = \"transparent\"`"] endings : Endings =
    (Endings::Transparent) => index __idlbind_read_Options_6 "endings"; #[doc =
    " `sequence<long> values = []`"] values : ::std::vec::Vec < i32 > =
    (::std::vec::Vec::new()) => get __get_7 "values"; #[doc = " `Node? node`"] node ? :
    ::std::option::Option < Node > => get __get_8 "node"; #[doc = " `Inner inner = {}`"]
    inner : Inner = (::std::default::Default::default()) => get __get_9 "inner"; }
    new(label : ::std::string::String); from Base { type_, flag } inline_js =
    "export function __idlbind_build_Options(v0,v1,v2,v3,v4,v5,v6,v7,v8,v9){const o={};if(v0!==undefined)o[\"flag\"]=v0;o[\"type\"]=v1;o[\"count\"]=v2;o[\"endings\"]=v3;o[\"inner\"]=v4;o[\"label\"]=v5;o[\"limit\"]=v6;if(v7!==undefined)o[\"node\"]=v7;if(v8!==undefined)o[\"ratio\"]=v8;o[\"values\"]=v9;return o;}export function __idlbind_read_Options_0(o){const v=o[\"type\"];return v===undefined?\"\":`${v}`;}export function __idlbind_read_Options_1(o){const v=o[\"flag\"];return v===undefined?undefined:!!v;}export function __idlbind_read_Options_2(o){const v=o[\"label\"];return v===undefined?undefined:`${v}`;}export function __idlbind_read_Options_3(o){const v=o[\"count\"];return v===undefined?3:+v>>0;}export function __idlbind_read_Options_4(o){const v=o[\"ratio\"];return v===undefined?undefined:+v;}export function __idlbind_read_Options_6(o){const v=o[\"endings\"];if(v===undefined)return -1;switch(v){case \"transparent\":return 0;case \"native\":return 1;}return typeof v===\"string\"?-2:-3;}";
    to_js fn __idlbind_build_Options(v0 ? : bool = value flag optional, v1 : & str = str
    type_, v2 : i32 = value count, v3 & JsValue = to_js endings, v4 & JsValue = to_js
    inner, v5 : & str = str label, v6 & JsValue = to_js limit, v7 & JsValue = to_js node
    optional, v8 ? : f64 = value ratio optional, v9 & JsValue = to_js values,);
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary Inner"] #[doc = " ```"] struct
    Inner[PartialEq,] { #[doc = " `long long big`"] big ? : i64 => get __get_0 "big";
    #[doc = " `Node owner`"] owner ? : Node => get __get_1 "owner"; #[doc =
    " `any extra`"] extra ? : ::idlbind::JsValue => get __get_2 "extra"; } default;
    inline_js =
    "export function __idlbind_build_Inner(v0,v1,v2){const o={};if(v0!==undefined)o[\"big\"]=v0;if(v1!==undefined)o[\"extra\"]=v1;if(v2!==undefined)o[\"owner\"]=v2;return o;}";
    to_js fn __idlbind_build_Inner(v0 ? : f64 = as_f64 big optional, v1 & JsValue =
    js_ref extra optional, v2 & JsValue = js_ref owner optional,);
}
