::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node =
    "Node"[]; caught {}
}
::idlbind::__private::methods! {
    Node;
}
::idlbind::__private::interface_conversions!(Node);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Target",
    js_name = "configure")] fn __idl_configure(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Target", js_name =
    "maybe")] fn __idl_maybe_0(this : & Target,) -> (); #[wasm_bindgen(method, js_class =
    "Target", js_name = "maybe")] fn __idl_maybe_1(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Target", js_name =
    "current")] fn __idl_current(this : & Target,) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc = " undefined configure(Options options);"]
    #[doc = " ```"] configure(& self, options : & Options) { let options = { let __value
    = options; ::idlbind::ToJs::to_js(__value) }; ::idlbind::__private::no_throw!(self
    .__idl_configure(options), "Target.configure") } fn #[doc = " ```webidl"] #[doc =
    " undefined maybe(optional Inner inner = {});"] #[doc = " ```"] maybe(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_maybe_0(), "Target.maybe") } fn #[doc =
    " [`maybe`](Self::maybe) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " undefined maybe(optional Inner inner = {});"] #[doc = " ```"] maybe_with['a] (&
    self, inner : impl ::std::convert::Into < ::std::option::Option < & 'a Inner >>) {
    let inner = ::std::convert::Into::into(inner); if let
    ::std::option::Option::Some(inner) = inner { let inner = { let __value = inner;
    ::idlbind::ToJs::to_js(__value) }; ::idlbind::__private::no_throw!(self
    .__idl_maybe_1(inner), "Target.maybe") } else { ::idlbind::__private::no_throw!(self
    .__idl_maybe_0(), "Target.maybe") } } fn #[doc = " ```webidl"] #[doc =
    " Options current();"] #[doc = " ```"] current(& self,) -> Options {
    ::idlbind::__private::returned:: < Options > (::idlbind::__private::no_throw!(self
    .__idl_current(), "Target.current"), "Target.current", "Options") }
}
::idlbind::__private::interface_conversions!(Target);
::idlbind::__private::enumeration! {
    #[doc = " ```webidl"] #[doc = " enum Endings { \"transparent\", \"native\" };"] #[doc
    = " ```"] enum Endings = "Endings" { Transparent = "transparent", Native = "native",
    }
}
/// ```webidl
/// dictionary Base
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Base {
    /// `DOMString type = ""`
    pub type_: ::std::string::String,
    /// `boolean flag`
    pub flag: ::std::option::Option<bool>,
}
::idlbind::__private::dictionary! {
    Base { type_ : ::std::string::String = (::std::string::String::from(""))
    read_or_default __idlbind_read_Base_0; flag : bool = optional read
    __idlbind_read_Base_1; } default; inline_js =
    "export function __idlbind_build_Base(v0,v1){const o={};if(v0!==undefined)o[\"flag\"]=v0;o[\"type\"]=v1;return o;}export function __idlbind_read_Base_0(o){const v=o[\"type\"];return v===undefined?\"\":`${v}`;}export function __idlbind_read_Base_1(o){const v=o[\"flag\"];return v===undefined?undefined:!!v;}";
    fn __idlbind_build_Base(v0 : ::std::option::Option < bool >, v1 : & str,);
    to_js(value flag optional, str type_,);
}
/// Options for a test.
///
/// ```webidl
/// dictionary Options : Base
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// `DOMString type = ""`
    pub type_: ::std::string::String,
    /// `boolean flag`
    pub flag: ::std::option::Option<bool>,
    /// `required DOMString label`
    pub label: ::std::string::String,
    /// `long count = 3`
    pub count: i32,
    /// `unrestricted double ratio`
    pub ratio: ::std::option::Option<f64>,
    /// `double? limit = null`
    pub limit: ::std::option::Option<f64>,
    /// `Endings endings = "transparent"`
    pub endings: Endings,
    /// `sequence<long> values = []`
    pub values: ::std::vec::Vec<i32>,
    /// `Node? node`
    pub node: ::std::option::Option<::std::option::Option<Node>>,
    /// `Inner inner = {}`
    pub inner: Inner,
}
::idlbind::__private::dictionary! {
    Options { type_ : ::std::string::String = (::std::string::String::from(""))
    read_or_default __idlbind_read_Options_0; flag : bool = optional read
    __idlbind_read_Options_1; label : ::std::string::String = required read
    __idlbind_read_Options_2; count : i32 = (3) read_or_default __idlbind_read_Options_3;
    ratio : f64 = optional read __idlbind_read_Options_4; limit : ::std::option::Option <
    f64 > = (::std::option::Option::None) get __get_5 "limit"; endings : Endings =
    (Endings::Transparent) index __idlbind_read_Options_6 "endings"; values :
    ::std::vec::Vec < i32 > = (::std::vec::Vec::new()) get __get_7 "values"; node :
    ::std::option::Option < Node > = optional get __get_8 "node"; inner : Inner =
    (::std::default::Default::default()) get __get_9 "inner"; } new(label :
    ::std::string::String); from Base { type_, flag } inline_js =
    "export function __idlbind_build_Options(v0,v1,v2,v3,v4,v5,v6,v7,v8,v9){const o={};if(v0!==undefined)o[\"flag\"]=v0;o[\"type\"]=v1;o[\"count\"]=v2;o[\"endings\"]=v3;o[\"inner\"]=v4;o[\"label\"]=v5;o[\"limit\"]=v6;if(v7!==undefined)o[\"node\"]=v7;if(v8!==undefined)o[\"ratio\"]=v8;o[\"values\"]=v9;return o;}export function __idlbind_read_Options_0(o){const v=o[\"type\"];return v===undefined?\"\":`${v}`;}export function __idlbind_read_Options_1(o){const v=o[\"flag\"];return v===undefined?undefined:!!v;}export function __idlbind_read_Options_2(o){const v=o[\"label\"];return v===undefined?undefined:`${v}`;}export function __idlbind_read_Options_3(o){const v=o[\"count\"];return v===undefined?3:+v>>0;}export function __idlbind_read_Options_4(o){const v=o[\"ratio\"];return v===undefined?undefined:+v;}export function __idlbind_read_Options_6(o){const v=o[\"endings\"];if(v===undefined)return -1;switch(v){case \"transparent\":return 0;case \"native\":return 1;}return typeof v===\"string\"?-2:-3;}";
    fn __idlbind_build_Options(v0 : ::std::option::Option < bool >, v1 : & str, v2 : i32,
    v3 : & ::idlbind::JsValue, v4 : & ::idlbind::JsValue, v5 : & str, v6 : &
    ::idlbind::JsValue, v7 : & ::idlbind::JsValue, v8 : ::std::option::Option < f64 >, v9
    : & ::idlbind::JsValue,); to_js(value flag optional, str type_, value count, to_js
    endings, to_js inner, str label, to_js limit, to_js node optional, value ratio
    optional, to_js values,);
}
/// ```webidl
/// dictionary Inner
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Inner {
    /// `long long big`
    pub big: ::std::option::Option<i64>,
    /// `Node owner`
    pub owner: ::std::option::Option<Node>,
    /// `any extra`
    pub extra: ::std::option::Option<::idlbind::JsValue>,
}
::idlbind::__private::dictionary! {
    Inner { big : i64 = optional get __get_0 "big"; owner : Node = optional get __get_1
    "owner"; extra : ::idlbind::JsValue = optional get __get_2 "extra"; } default;
    inline_js =
    "export function __idlbind_build_Inner(v0,v1,v2){const o={};if(v0!==undefined)o[\"big\"]=v0;if(v1!==undefined)o[\"extra\"]=v1;if(v2!==undefined)o[\"owner\"]=v2;return o;}";
    fn __idlbind_build_Inner(v0 : ::std::option::Option < f64 >, v1 : &
    ::idlbind::JsValue, v2 : & ::idlbind::JsValue,); to_js(as_f64 big optional, js_ref
    extra optional, js_ref owner optional,);
}
