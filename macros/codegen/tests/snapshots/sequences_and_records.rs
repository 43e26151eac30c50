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
    "numbers") fn __idl_numbers(this : & Target, __arg0 : ::idlbind::JsValue) -> ();
    (method, js_class = "Target", js_name = "strings") fn __idl_strings(this : & Target,
    __arg0 : ::idlbind::JsValue) -> (); (method, js_class = "Target", js_name = "nodes")
    fn __idl_nodes(this : & Target, __arg0 : ::idlbind::JsValue) -> (); (method, js_class
    = "Target", js_name = "nested") fn __idl_nested(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); (method, js_class = "Target", js_name = "pairs") fn
    __idl_pairs(this : & Target, __arg0 : ::idlbind::JsValue) -> (); (method, js_class =
    "Target", js_name = "names") fn __idl_names(this : & Target,) -> ::idlbind::JsValue;
    (method, js_class = "Target", js_name = "frozen") fn __idl_frozen(this : & Target,)
    -> ::idlbind::JsValue; (method, js_class = "Target", js_name = "table") fn
    __idl_table(this : & Target,) -> ::idlbind::JsValue; (method, js_class = "Target",
    js_name = "live", getter) fn __idl_live(this : & Target,) -> ::idlbind::JsValue;
    (method, js_class = "Target", js_name = "live", setter) fn __idl_set_live(this : &
    Target, __arg0 : ::idlbind::JsValue) -> (); }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc =
    " undefined numbers(sequence<long> values);"] #[doc = " ```"] numbers(& self, values
    : impl ::std::iter::IntoIterator < Item = impl ::std::borrow::Borrow < i32 > >) { let
    values = { let __value = values; ::idlbind::__private::sequence_map(__value,
    ::idlbind::__private::borrowed_to_js:: < i32, _ >) };
    ::idlbind::__private::no_throw!(self.__idl_numbers(values), "Target.numbers") } fn
    #[doc = " ```webidl"] #[doc = " undefined strings(sequence<DOMString> values);"]
    #[doc = " ```"] strings(& self, values : impl ::std::iter::IntoIterator < Item = impl
    ::std::convert::AsRef < str > >) { let values = { let __value = values;
    ::idlbind::__private::sequence_map(__value, ::idlbind::__private::str_to_js) };
    ::idlbind::__private::no_throw!(self.__idl_strings(values), "Target.strings") } fn
    #[doc = " ```webidl"] #[doc = " undefined nodes(sequence<Node> values);"] #[doc =
    " ```"] nodes(& self, values : impl ::std::iter::IntoIterator < Item = impl
    ::std::convert::AsRef < Node > >) { let values = { let __value = values;
    ::idlbind::__private::sequence_map(__value, ::idlbind::__private::referenced_to_js::
    < Node, _ >) }; ::idlbind::__private::no_throw!(self.__idl_nodes(values),
    "Target.nodes") } fn #[doc = " ```webidl"] #[doc =
    " undefined nested(sequence<sequence<double>> values);"] #[doc = " ```"] nested(&
    self, values : impl ::std::iter::IntoIterator < Item = impl ::std::iter::IntoIterator
    < Item = impl ::std::borrow::Borrow < f64 > > >) { let values = { let __member : &
    'static str = "Target.nested"; let __value = values;
    ::idlbind::__private::sequence_map(__value, | __value |
    ::idlbind::__private::sequence_map(__value, | __value | ::idlbind::ToJs::to_js(&
    ::idlbind::__private::finite_f64(* ::std::borrow::Borrow:: < f64 > ::borrow(&
    __value), __member)))) }; ::idlbind::__private::no_throw!(self.__idl_nested(values),
    "Target.nested") } fn #[doc = " ```webidl"] #[doc =
    " undefined pairs(record<DOMString, long> values);"] #[doc = " ```"] pairs(& self,
    values : impl ::std::iter::IntoIterator < Item = (impl ::std::convert::AsRef < str >,
    impl ::std::borrow::Borrow < i32 >), >) { let values = { let __value = values;
    ::idlbind::__private::record_map(__value, ::idlbind::__private::borrowed_to_js:: <
    i32, _ >) }; ::idlbind::__private::no_throw!(self.__idl_pairs(values),
    "Target.pairs") } fn #[doc = " ```webidl"] #[doc = " sequence<DOMString> names();"]
    #[doc = " ```"] names(& self,) -> ::std::vec::Vec < ::std::string::String > {
    ::idlbind::__private::returned:: < ::std::vec::Vec < ::std::string::String > >
    (::idlbind::__private::no_throw!(self.__idl_names(), "Target.names"), "Target.names",
    "sequence<DOMString>") } fn #[doc = " ```webidl"] #[doc =
    " FrozenArray<Node> frozen();"] #[doc = " ```"] frozen(& self,) -> ::std::vec::Vec <
    Node > { ::idlbind::__private::returned:: < ::std::vec::Vec < Node > >
    (::idlbind::__private::no_throw!(self.__idl_frozen(), "Target.frozen"),
    "Target.frozen", "FrozenArray<Node>") } fn #[doc = " ```webidl"] #[doc =
    " record<DOMString, sequence<long>> table();"] #[doc = " ```"] table(& self,) ->
    ::std::vec::Vec < (::std::string::String, ::std::vec::Vec < i32 >) > {
    ::idlbind::__private::returned:: < ::std::vec::Vec < (::std::string::String,
    ::std::vec::Vec < i32 >) > > (::idlbind::__private::no_throw!(self.__idl_table(),
    "Target.table"), "Target.table", "record<DOMString, sequence<long>>") } fn #[doc =
    " ```webidl"] #[doc = " attribute FrozenArray <Node> live;"] #[doc = " ```"] live(&
    self,) -> ::idlbind::ObservableArray < Node > { ::idlbind::__private::returned:: <
    ::idlbind::ObservableArray < Node > > (::idlbind::__private::no_throw!(self
    .__idl_live(), "Target.live"), "Target.live", "ObservableArray<Node>") } fn #[doc =
    " ```webidl"] #[doc = " attribute FrozenArray <Node> live;"] #[doc = " ```"]
    set_live(& self, value : impl ::std::iter::IntoIterator < Item = impl
    ::std::convert::AsRef < Node > >) { let value = { let __value = value;
    ::idlbind::__private::sequence_map(__value, ::idlbind::__private::referenced_to_js::
    < Node, _ >) }; ::idlbind::__private::no_throw!(self.__idl_set_live(value),
    "Target.live") }
}
