::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Nullables"] #[doc = " ```"] type Nullables
    = "Nullables"[] convert; caught {} unexpected { (method, js_class = "Nullables",
    js_name = "firstChild") fn __idl_first_child(this : & Nullables, __arg0 :
    ::idlbind::__private::wasm_bindgen::Nullable < & Node >) -> ::std::option::Option <
    Node >; (method, js_class = "Nullables", js_name = "count") fn __idl_count(this : &
    Nullables, __arg0 : ::idlbind::__private::wasm_bindgen::Nullable < f64 >) ->
    ::std::option::Option < f64 >; (method, js_class = "Nullables", js_name = "ratio") fn
    __idl_ratio(this : & Nullables, __arg0 : ::idlbind::__private::wasm_bindgen::Nullable
    < f64 >) -> ::std::option::Option < f64 >; (method, js_class = "Nullables", js_name =
    "label") fn __idl_label(this : & Nullables, __arg0 :
    ::idlbind::__private::wasm_bindgen::Nullable < & str >) -> ::std::option::Option <
    ::std::string::String >; (method, js_class = "Nullables", js_name = "flag") fn
    __idl_flag(this : & Nullables, __arg0 : ::idlbind::__private::wasm_bindgen::Nullable
    < bool >) -> ::std::option::Option < bool >; }
}
::idlbind::__private::methods! {
    Nullables; fn #[doc = " ```webidl"] #[doc = " Node? firstChild(Node? after);"] #[doc
    = " ```"] first_child(& self, after : ::std::option::Option < & Node >) ->
    ::std::option::Option < Node > { let after =
    ::idlbind::__private::wasm_bindgen::Nullable::from(after);
    ::idlbind::__private::no_throw!(self.__idl_first_child(after),
    "Nullables.firstChild") } fn #[doc = " ```webidl"] #[doc =
    " long long? count(long long? at);"] #[doc = " ```"] count(& self, at :
    ::std::option::Option < i64 >) -> ::std::option::Option < i64 > { let at =
    ::idlbind::__private::wasm_bindgen::Nullable::from(at.map(| value | value as f64));
    ::idlbind::__private::no_throw!(self.__idl_count(at), "Nullables.count") .map(| value
    | value as i64) } fn #[doc = " ```webidl"] #[doc = " double? ratio(double? value);"]
    #[doc = " ```"] ratio(& self, value : ::std::option::Option < f64 >) ->
    ::std::option::Option < f64 > { let value =
    ::idlbind::__private::wasm_bindgen::Nullable::from(value.map(| value |
    ::idlbind::__private::finite_f64(value, "Nullables.ratio")));
    ::idlbind::__private::no_throw!(self.__idl_ratio(value), "Nullables.ratio") } fn
    #[doc = " ```webidl"] #[doc = " DOMString? label(DOMString? value);"] #[doc = " ```"]
    label(& self, value : ::std::option::Option < & str >) -> ::std::option::Option <
    ::std::string::String > { let value =
    ::idlbind::__private::wasm_bindgen::Nullable::from(value);
    ::idlbind::__private::no_throw!(self.__idl_label(value), "Nullables.label") } fn
    #[doc = " ```webidl"] #[doc = " boolean? flag(boolean? value);"] #[doc = " ```"]
    flag(& self, value : ::std::option::Option < bool >) -> ::std::option::Option < bool
    > { let value = ::idlbind::__private::wasm_bindgen::Nullable::from(value);
    ::idlbind::__private::no_throw!(self.__idl_flag(value), "Nullables.flag") }
}
