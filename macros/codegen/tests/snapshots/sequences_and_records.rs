::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Node"] #[doc = " ```"] type Node =
    "Node"[]; caught {}
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Node {}
::idlbind::__private::interface_conversions!(Node);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Target",
    js_name = "numbers")] fn __idl_numbers(this : & Target, __arg0 : ::idlbind::JsValue)
    -> (); #[wasm_bindgen(method, js_class = "Target", js_name = "strings")] fn
    __idl_strings(this : & Target, __arg0 : ::idlbind::JsValue) -> ();
    #[wasm_bindgen(method, js_class = "Target", js_name = "nodes")] fn __idl_nodes(this :
    & Target, __arg0 : ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class =
    "Target", js_name = "nested")] fn __idl_nested(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Target", js_name =
    "pairs")] fn __idl_pairs(this : & Target, __arg0 : ::idlbind::JsValue) -> ();
    #[wasm_bindgen(method, js_class = "Target", js_name = "names")] fn __idl_names(this :
    & Target,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Target", js_name
    = "frozen")] fn __idl_frozen(this : & Target,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Target", js_name = "table")] fn __idl_table(this :
    & Target,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Target", js_name
    = "live", getter)] fn __idl_live(this : & Target,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Target", js_name = "live", setter)] fn
    __idl_set_live(this : & Target, __arg0 : ::idlbind::JsValue) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Target {
    /// ```webidl
    /// undefined numbers(sequence<long> values);
    /// ```
    #[inline]
    pub fn numbers(
        &self,
        values: impl ::std::iter::IntoIterator<Item = impl ::std::borrow::Borrow<i32>>,
    ) {
        let values = {
            let __value = values;
            ::idlbind::__private::sequence_map(
                __value,
                ::idlbind::__private::borrowed_to_js::<i32, _>,
            )
        };
        ::idlbind::__private::no_throw!(self.__idl_numbers(values), "Target.numbers")
    }
    /// ```webidl
    /// undefined strings(sequence<DOMString> values);
    /// ```
    #[inline]
    pub fn strings(
        &self,
        values: impl ::std::iter::IntoIterator<Item = impl ::std::convert::AsRef<str>>,
    ) {
        let values = {
            let __value = values;
            ::idlbind::__private::sequence_map(__value, ::idlbind::__private::str_to_js)
        };
        ::idlbind::__private::no_throw!(self.__idl_strings(values), "Target.strings")
    }
    /// ```webidl
    /// undefined nodes(sequence<Node> values);
    /// ```
    #[inline]
    pub fn nodes(
        &self,
        values: impl ::std::iter::IntoIterator<Item = impl ::std::convert::AsRef<Node>>,
    ) {
        let values = {
            let __value = values;
            ::idlbind::__private::sequence_map(
                __value,
                ::idlbind::__private::referenced_to_js::<Node, _>,
            )
        };
        ::idlbind::__private::no_throw!(self.__idl_nodes(values), "Target.nodes")
    }
    /// ```webidl
    /// undefined nested(sequence<sequence<double>> values);
    /// ```
    #[inline]
    pub fn nested(
        &self,
        values: impl ::std::iter::IntoIterator<
            Item = impl ::std::iter::IntoIterator<Item = impl ::std::borrow::Borrow<f64>>,
        >,
    ) {
        let values = {
            let __member: &'static str = "Target.nested";
            let __value = values;
            ::idlbind::__private::sequence_map(
                __value,
                |__value| ::idlbind::__private::sequence_map(
                    __value,
                    |__value| ::idlbind::ToJs::to_js(
                        &::idlbind::__private::finite_f64(
                            *::std::borrow::Borrow::<f64>::borrow(&__value),
                            __member,
                        ),
                    ),
                ),
            )
        };
        ::idlbind::__private::no_throw!(self.__idl_nested(values), "Target.nested")
    }
    /// ```webidl
    /// undefined pairs(record<DOMString, long> values);
    /// ```
    #[inline]
    pub fn pairs(
        &self,
        values: impl ::std::iter::IntoIterator<
            Item = (impl ::std::convert::AsRef<str>, impl ::std::borrow::Borrow<i32>),
        >,
    ) {
        let values = {
            let __value = values;
            ::idlbind::__private::record_map(
                __value,
                ::idlbind::__private::borrowed_to_js::<i32, _>,
            )
        };
        ::idlbind::__private::no_throw!(self.__idl_pairs(values), "Target.pairs")
    }
    /// ```webidl
    /// sequence<DOMString> names();
    /// ```
    #[inline]
    pub fn names(&self) -> ::std::vec::Vec<::std::string::String> {
        ::idlbind::__private::returned::<
            ::std::vec::Vec<::std::string::String>,
        >(
            ::idlbind::__private::no_throw!(self.__idl_names(), "Target.names"),
            "Target.names",
            "sequence<DOMString>",
        )
    }
    /// ```webidl
    /// FrozenArray<Node> frozen();
    /// ```
    #[inline]
    pub fn frozen(&self) -> ::std::vec::Vec<Node> {
        ::idlbind::__private::returned::<
            ::std::vec::Vec<Node>,
        >(
            ::idlbind::__private::no_throw!(self.__idl_frozen(), "Target.frozen"),
            "Target.frozen",
            "FrozenArray<Node>",
        )
    }
    /// ```webidl
    /// record<DOMString, sequence<long>> table();
    /// ```
    #[inline]
    pub fn table(
        &self,
    ) -> ::std::vec::Vec<(::std::string::String, ::std::vec::Vec<i32>)> {
        ::idlbind::__private::returned::<
            ::std::vec::Vec<(::std::string::String, ::std::vec::Vec<i32>)>,
        >(
            ::idlbind::__private::no_throw!(self.__idl_table(), "Target.table"),
            "Target.table",
            "record<DOMString, sequence<long>>",
        )
    }
    /// ```webidl
    /// attribute FrozenArray <Node> live;
    /// ```
    #[inline]
    pub fn live(&self) -> ::idlbind::ObservableArray<Node> {
        ::idlbind::__private::returned::<
            ::idlbind::ObservableArray<Node>,
        >(
            ::idlbind::__private::no_throw!(self.__idl_live(), "Target.live"),
            "Target.live",
            "ObservableArray<Node>",
        )
    }
    /// ```webidl
    /// attribute FrozenArray <Node> live;
    /// ```
    #[inline]
    pub fn set_live(
        &self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::AsRef<Node>>,
    ) {
        let value = {
            let __value = value;
            ::idlbind::__private::sequence_map(
                __value,
                ::idlbind::__private::referenced_to_js::<Node, _>,
            )
        };
        ::idlbind::__private::no_throw!(self.__idl_set_live(value), "Target.live")
    }
}
::idlbind::__private::interface_conversions!(Target);
