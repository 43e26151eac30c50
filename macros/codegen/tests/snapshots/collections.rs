::idlbind::__private::imports! {
    #[doc = " A pair iterator, as `URLSearchParams` and `Headers` have."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " interface Params"] #[doc = " ```"] type Params =
    "Params"[] convert; caught {} unexpected { (method, js_class = "Params", js_name =
    "entries") fn __idl_entries(this : & Params,) -> ::idlbind::JsValue; (method,
    js_class = "Params", js_name = "keys") fn __idl_keys(this : & Params,) ->
    ::idlbind::JsValue; (method, js_class = "Params", js_name = "values") fn
    __idl_values(this : & Params,) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    Params; fn #[doc =
    " An iterator over the (key, value) pairs (JavaScript's `entries()`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " iterable<USVString, USVString>;"] #[doc = " ```"]
    entries(& self,) -> ::idlbind::Iter < (::std::string::String, ::std::string::String)
    > { ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Params.entries"), "Params.entries", "[USVString, USVString]") } fn #[doc =
    " An iterator over the keys (JavaScript's `keys()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " iterable<USVString, USVString>;"] #[doc = " ```"] keys(&
    self,) -> ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_keys(),
    "Params.keys"), "Params.keys", "USVString") } fn #[doc =
    " An iterator over the values (JavaScript's `values()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " iterable<USVString, USVString>;"] #[doc = " ```"] values(&
    self,) -> ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Params.values"), "Params.values", "USVString") } fn #[doc =
    " An iterator over the (key, value) entries, as a JavaScript `for … of` loop sees them (JavaScript's `entries()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " iterable<USVString, USVString>;"] #[doc =
    " ```"] iter(& self,) -> ::idlbind::Iter < (::std::string::String,
    ::std::string::String) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Params.entries"), "Params.entries", "[USVString, USVString]") } fn #[doc =
    " Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " iterable<USVString, USVString>;"] #[doc =
    " ```"] for_each(& self, f : impl ::std::ops::FnMut(::std::string::String,
    ::std::string::String)) { ::idlbind::__private::for_each(::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(self), "Params.forEach", ("USVString", "USVString"), f)
    }
}
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Params {
    type Item = (::std::string::String, ::std::string::String);
    type IntoIter = ::idlbind::Iter<(::std::string::String, ::std::string::String)>;
    fn into_iter(
        self,
    ) -> ::idlbind::Iter<(::std::string::String, ::std::string::String)> {
        Params::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc = " A value iterator over the indexed properties, as `NodeList` has."] #[doc =
    ""] #[doc = " ```webidl"] #[doc = " interface Nodes"] #[doc = " ```"] type Nodes =
    "Nodes"[] convert; caught {} unexpected { (method, js_class = "Nodes", js_name =
    "item") fn __idl_item(this : & Nodes, __arg0 : u32) -> ::std::option::Option < Thing
    >; (method, js_class = "Nodes", js_name = "length", getter) fn __idl_length(this : &
    Nodes,) -> u32; (method, js_class = "Nodes", js_name = "entries") fn
    __idl_entries(this : & Nodes,) -> ::idlbind::JsValue; (method, js_class = "Nodes",
    js_name = "keys") fn __idl_keys(this : & Nodes,) -> ::idlbind::JsValue; (method,
    js_name = "item") fn __idl_index(this : & Nodes, __arg0 : u32) ->
    ::std::option::Option < Thing >; }
}
::idlbind::__private::methods! {
    Nodes; fn #[doc = " ```webidl"] #[doc = " getter Thing? item(unsigned long index);"]
    #[doc = " ```"] item(& self, index : u32) -> ::std::option::Option < Thing > {
    ::idlbind::__private::no_throw!(self.__idl_item(index), "Nodes.item") } fn #[doc =
    " ```webidl"] #[doc = " readonly attribute unsigned long length;"] #[doc = " ```"]
    length(& self,) -> u32 { ::idlbind::__private::no_throw!(self.__idl_length(),
    "Nodes.length") } fn #[doc =
    " An iterator over the (index, value) pairs (JavaScript's `entries()`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " iterable<Thing>;"] #[doc = " ```"] entries(& self,)
    -> ::idlbind::Iter < (u32, Thing) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Nodes.entries"), "Nodes.entries", "[unsigned long, Thing]") } fn #[doc =
    " An iterator over the indices (JavaScript's `keys()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " iterable<Thing>;"] #[doc = " ```"] keys(& self,) ->
    ::idlbind::Iter < u32 > { ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self
    .__idl_keys(), "Nodes.keys"), "Nodes.keys", "unsigned long") } fn #[doc =
    " An iterator over the values (JavaScript's `values()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " iterable<Thing>;"] #[doc = " ```"] values(& self,) ->
    ::idlbind::IndexedIter < Nodes > {
    ::idlbind::IndexedIter::new(::std::clone::Clone::clone(self)) } fn #[doc =
    " An iterator over the values, as a JavaScript `for … of` loop sees them (JavaScript's `values()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " iterable<Thing>;"] #[doc = " ```"] iter(&
    self,) -> ::idlbind::IndexedIter < Nodes > {
    ::idlbind::IndexedIter::new(::std::clone::Clone::clone(self)) } fn #[doc =
    " Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " iterable<Thing>;"] #[doc = " ```"]
    for_each(& self, f : impl ::std::ops::FnMut(Thing, u32)) {
    ::idlbind::__private::for_each(::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(self), "Nodes.forEach", ("Thing", "unsigned long"), f) }
}
impl ::idlbind::IndexedValues for Nodes {
    type Value = Thing;
    #[inline]
    fn value_at(&self, index: u32) -> ::std::option::Option<Thing> {
        ::idlbind::__private::no_throw!(self.__idl_index(index), "Nodes.values")
    }
}
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Nodes {
    type Item = Thing;
    type IntoIter = ::idlbind::IndexedIter<Nodes>;
    fn into_iter(self) -> ::idlbind::IndexedIter<Nodes> {
        Nodes::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Registry"] #[doc = " ```"] type Registry =
    "Registry"[] convert; caught {} unexpected { (method, js_class = "Registry", js_name
    = "get") fn __idl_get(this : & Registry, __arg0 : & str) -> ::std::option::Option <
    Thing >; (method, js_class = "Registry", js_name = "has") fn __idl_has(this : &
    Registry, __arg0 : & str) -> bool; (method, js_class = "Registry", js_name = "size",
    getter) fn __idl_size(this : & Registry,) -> u32; (method, js_class = "Registry",
    js_name = "entries") fn __idl_entries(this : & Registry,) -> ::idlbind::JsValue;
    (method, js_class = "Registry", js_name = "keys") fn __idl_keys(this : & Registry,)
    -> ::idlbind::JsValue; (method, js_class = "Registry", js_name = "values") fn
    __idl_values(this : & Registry,) -> ::idlbind::JsValue; (method, js_class =
    "Registry", js_name = "set") fn __idl_set(this : & Registry, __arg0 : & str, __arg1 :
    & Thing) -> (); (method, js_class = "Registry", js_name = "delete") fn
    __idl_delete(this : & Registry, __arg0 : & str) -> bool; (method, js_class =
    "Registry", js_name = "clear") fn __idl_clear(this : & Registry,) -> (); }
}
::idlbind::__private::methods! {
    Registry; fn #[doc =
    " The value for `key`, or `None` if there is none (JavaScript's `get`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] get(&
    self, key : & str) -> ::std::option::Option < Thing > {
    ::idlbind::__private::no_throw!(self.__idl_get(key), "Registry.get") } fn #[doc =
    " Whether there is an entry for `key` (JavaScript's `has`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] has(& self, key
    : & str) -> bool { ::idlbind::__private::no_throw!(self.__idl_has(key),
    "Registry.has") } fn #[doc = " The number of entries (JavaScript's `size`)."] #[doc =
    ""] #[doc = " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"]
    len(& self,) -> usize { ::idlbind::__private::no_throw!(self.__idl_size(),
    "Registry.size") as usize } fn #[doc =
    " Whether there are no entries (JavaScript's `size` is 0)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] is_empty(&
    self,) -> bool { ::idlbind::__private::no_throw!(self.__idl_size(), "Registry.size")
    == 0 } fn #[doc =
    " An iterator over the (key, value) entries (JavaScript's `entries()`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"]
    entries(& self,) -> ::idlbind::Iter < (::std::string::String, Thing) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Registry.entries"), "Registry.entries", "[DOMString, Thing]") } fn #[doc =
    " An iterator over the keys (JavaScript's `keys()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] keys(& self,) ->
    ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_keys(),
    "Registry.keys"), "Registry.keys", "DOMString") } fn #[doc =
    " An iterator over the values (JavaScript's `values()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] values(& self,)
    -> ::idlbind::Iter < Thing > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Registry.values"), "Registry.values", "Thing") } fn #[doc =
    " An iterator over the (key, value) entries, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `entries()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc =
    " ```"] iter(& self,) -> ::idlbind::Iter < (::std::string::String, Thing) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Registry.entries"), "Registry.entries", "[DOMString, Thing]") } fn #[doc =
    " Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc =
    " ```"] for_each(& self, f : impl ::std::ops::FnMut(Thing, ::std::string::String)) {
    ::idlbind::__private::for_each(::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(self), "Registry.forEach", ("Thing", "DOMString"), f) } fn #[doc =
    " Sets the value for `key` (JavaScript's `set`)."] #[doc = ""] #[doc = " ```webidl"]
    #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] set(& self, key : & str, value
    : & Thing) { ::idlbind::__private::no_throw!(self.__idl_set(key, value),
    "Registry.set") } fn #[doc =
    " Removes the entry for `key`; says whether there was one (JavaScript's `delete`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " maplike<DOMString, Thing>;"] #[doc =
    " ```"] delete(& self, key : & str) -> bool { ::idlbind::__private::no_throw!(self
    .__idl_delete(key), "Registry.delete") } fn #[doc =
    " Removes every entry (JavaScript's `clear`)."] #[doc = ""] #[doc = " ```webidl"]
    #[doc = " maplike<DOMString, Thing>;"] #[doc = " ```"] clear(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_clear(), "Registry.clear") }
}
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Registry {
    type Item = (::std::string::String, Thing);
    type IntoIter = ::idlbind::Iter<(::std::string::String, Thing)>;
    fn into_iter(self) -> ::idlbind::Iter<(::std::string::String, Thing)> {
        Registry::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Counts"] #[doc = " ```"] type Counts =
    "Counts"[] convert; caught {} unexpected { (method, js_class = "Counts", js_name =
    "get") fn __idl_get(this : & Counts, __arg0 : & str) -> ::std::option::Option < i32
    >; (method, js_class = "Counts", js_name = "has") fn __idl_has(this : & Counts,
    __arg0 : & str) -> bool; (method, js_class = "Counts", js_name = "size", getter) fn
    __idl_size(this : & Counts,) -> u32; (method, js_class = "Counts", js_name =
    "entries") fn __idl_entries(this : & Counts,) -> ::idlbind::JsValue; (method,
    js_class = "Counts", js_name = "keys") fn __idl_keys(this : & Counts,) ->
    ::idlbind::JsValue; (method, js_class = "Counts", js_name = "values") fn
    __idl_values(this : & Counts,) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    Counts; fn #[doc =
    " The value for `key`, or `None` if there is none (JavaScript's `get`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc = " ```"]
    get(& self, key : & str) -> ::std::option::Option < i32 > {
    ::idlbind::__private::no_throw!(self.__idl_get(key), "Counts.get") } fn #[doc =
    " Whether there is an entry for `key` (JavaScript's `has`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc = " ```"] has(&
    self, key : & str) -> bool { ::idlbind::__private::no_throw!(self.__idl_has(key),
    "Counts.has") } fn #[doc = " The number of entries (JavaScript's `size`)."] #[doc =
    ""] #[doc = " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc =
    " ```"] len(& self,) -> usize { ::idlbind::__private::no_throw!(self.__idl_size(),
    "Counts.size") as usize } fn #[doc =
    " Whether there are no entries (JavaScript's `size` is 0)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc = " ```"]
    is_empty(& self,) -> bool { ::idlbind::__private::no_throw!(self.__idl_size(),
    "Counts.size") == 0 } fn #[doc =
    " An iterator over the (key, value) entries (JavaScript's `entries()`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc = " ```"]
    entries(& self,) -> ::idlbind::Iter < (::std::string::String, i32) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Counts.entries"), "Counts.entries", "[DOMString, long]") } fn #[doc =
    " An iterator over the keys (JavaScript's `keys()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc = " ```"] keys(&
    self,) -> ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_keys(),
    "Counts.keys"), "Counts.keys", "DOMString") } fn #[doc =
    " An iterator over the values (JavaScript's `values()`)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"] #[doc = " ```"] values(&
    self,) -> ::idlbind::Iter < i32 > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Counts.values"), "Counts.values", "long") } fn #[doc =
    " An iterator over the (key, value) entries, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `entries()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"]
    #[doc = " ```"] iter(& self,) -> ::idlbind::Iter < (::std::string::String, i32) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Counts.entries"), "Counts.entries", "[DOMString, long]") } fn #[doc =
    " Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " readonly maplike<DOMString, long>;"]
    #[doc = " ```"] for_each(& self, f : impl ::std::ops::FnMut(i32,
    ::std::string::String)) { ::idlbind::__private::for_each(::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(self), "Counts.forEach", ("long", "DOMString"), f) }
}
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Counts {
    type Item = (::std::string::String, i32);
    type IntoIter = ::idlbind::Iter<(::std::string::String, i32)>;
    fn into_iter(self) -> ::idlbind::Iter<(::std::string::String, i32)> {
        Counts::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc =
    " A setlike that defines its own `add`, which is bound instead of the generated one."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " interface Tags"] #[doc = " ```"] type
    Tags = "Tags"[] convert; caught {} unexpected { (method, js_class = "Tags", js_name =
    "has") fn __idl_has(this : & Tags, __arg0 : & str) -> bool; (method, js_class =
    "Tags", js_name = "size", getter) fn __idl_size(this : & Tags,) -> u32; (method,
    js_class = "Tags", js_name = "values") fn __idl_values(this : & Tags,) ->
    ::idlbind::JsValue; (method, js_class = "Tags", js_name = "keys") fn __idl_keys(this
    : & Tags,) -> ::idlbind::JsValue; (method, js_class = "Tags", js_name = "entries") fn
    __idl_entries(this : & Tags,) -> ::idlbind::JsValue; (method, js_class = "Tags",
    js_name = "delete") fn __idl_delete(this : & Tags, __arg0 : & str) -> bool; (method,
    js_class = "Tags", js_name = "clear") fn __idl_clear(this : & Tags,) -> (); (method,
    js_class = "Tags", js_name = "add") fn __idl_add_0(this : & Tags, __arg0 : & str) ->
    (); (method, js_class = "Tags", js_name = "add") fn __idl_add_1(this : & Tags, __arg0
    : & str, __arg1 : bool) -> (); }
}
::idlbind::__private::methods! {
    Tags; fn #[doc = " Whether `value` is in the set (JavaScript's `has`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"] has(& self,
    value : & str) -> bool { ::idlbind::__private::no_throw!(self.__idl_has(value),
    "Tags.has") } fn #[doc = " The number of values (JavaScript's `size`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"] len(& self,) ->
    usize { ::idlbind::__private::no_throw!(self.__idl_size(), "Tags.size") as usize } fn
    #[doc = " Whether there are no values (JavaScript's `size` is 0)."] #[doc = ""] #[doc
    = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"] is_empty(& self,) ->
    bool { ::idlbind::__private::no_throw!(self.__idl_size(), "Tags.size") == 0 } fn
    #[doc = " An iterator over the values (JavaScript's `values()`)."] #[doc = ""] #[doc
    = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"] values(& self,) ->
    ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Tags.values"), "Tags.values", "DOMString") } fn #[doc =
    " An iterator over the values: a set's keys are its values (JavaScript's `keys()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"]
    keys(& self,) -> ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_keys(),
    "Tags.keys"), "Tags.keys", "DOMString") } fn #[doc =
    " An iterator over (value, value) pairs, as a JavaScript `Set` gives its entries (JavaScript's `entries()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"]
    entries(& self,) -> ::idlbind::Iter < (::std::string::String, ::std::string::String)
    > { ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Tags.entries"), "Tags.entries", "[DOMString, DOMString]") } fn #[doc =
    " An iterator over the values, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `values()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"]
    iter(& self,) -> ::idlbind::Iter < ::std::string::String > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Tags.values"), "Tags.values", "DOMString") } fn #[doc =
    " Calls `f(value)` for each value, in order, through JavaScript's `forEach`; `f` is borrowed for the call only."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"]
    for_each(& self, f : impl ::std::ops::FnMut(::std::string::String)) { let mut f = f;
    ::idlbind::__private::for_each(::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(self), "Tags.forEach", ("DOMString", "DOMString"), | value :
    ::std::string::String, _ : () | f(value),) } fn #[doc =
    " Removes `value`; says whether it was in the set (JavaScript's `delete`)."] #[doc =
    ""] #[doc = " ```webidl"] #[doc = " setlike<DOMString>;"] #[doc = " ```"] delete(&
    self, value : & str) -> bool { ::idlbind::__private::no_throw!(self
    .__idl_delete(value), "Tags.delete") } fn #[doc =
    " Removes every value (JavaScript's `clear`)."] #[doc = ""] #[doc = " ```webidl"]
    #[doc = " setlike<DOMString>;"] #[doc = " ```"] clear(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_clear(), "Tags.clear") } fn #[doc =
    " ```webidl"] #[doc =
    " undefined add(DOMString value, optional boolean twice = false);"] #[doc = " ```"]
    add(& self, value : & str) { ::idlbind::__private::no_throw!(self.__idl_add_0(value),
    "Tags.add") } fn [with add] #[doc = " ```webidl"] #[doc =
    " undefined add(DOMString value, optional boolean twice = false);"] #[doc = " ```"]
    add_with(& self, value : & str, twice : impl ::std::convert::Into <
    ::std::option::Option < bool >>) { let twice = ::std::convert::Into::into(twice); if
    let ::std::option::Option::Some(twice) = twice { ::idlbind::__private::no_throw!(self
    .__idl_add_1(value, twice), "Tags.add") } else { ::idlbind::__private::no_throw!(self
    .__idl_add_0(value), "Tags.add") } }
}
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Tags {
    type Item = ::std::string::String;
    type IntoIter = ::idlbind::Iter<::std::string::String>;
    fn into_iter(self) -> ::idlbind::Iter<::std::string::String> {
        Tags::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Things"] #[doc = " ```"] type Things =
    "Things"[] convert; caught {} unexpected { (method, js_class = "Things", js_name =
    "has") fn __idl_has(this : & Things, __arg0 : & Thing) -> bool; (method, js_class =
    "Things", js_name = "size", getter) fn __idl_size(this : & Things,) -> u32; (method,
    js_class = "Things", js_name = "values") fn __idl_values(this : & Things,) ->
    ::idlbind::JsValue; (method, js_class = "Things", js_name = "keys") fn
    __idl_keys(this : & Things,) -> ::idlbind::JsValue; (method, js_class = "Things",
    js_name = "entries") fn __idl_entries(this : & Things,) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    Things; fn #[doc = " Whether `value` is in the set (JavaScript's `has`)."] #[doc =
    ""] #[doc = " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc = " ```"] has(&
    self, value : & Thing) -> bool { ::idlbind::__private::no_throw!(self
    .__idl_has(value), "Things.has") } fn #[doc =
    " The number of values (JavaScript's `size`)."] #[doc = ""] #[doc = " ```webidl"]
    #[doc = " readonly setlike<Thing>;"] #[doc = " ```"] len(& self,) -> usize {
    ::idlbind::__private::no_throw!(self.__idl_size(), "Things.size") as usize } fn #[doc
    = " Whether there are no values (JavaScript's `size` is 0)."] #[doc = ""] #[doc =
    " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc = " ```"] is_empty(& self,)
    -> bool { ::idlbind::__private::no_throw!(self.__idl_size(), "Things.size") == 0 } fn
    #[doc = " An iterator over the values (JavaScript's `values()`)."] #[doc = ""] #[doc
    = " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc = " ```"] values(& self,)
    -> ::idlbind::Iter < Thing > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Things.values"), "Things.values", "Thing") } fn #[doc =
    " An iterator over the values: a set's keys are its values (JavaScript's `keys()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc =
    " ```"] keys(& self,) -> ::idlbind::Iter < Thing > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_keys(),
    "Things.keys"), "Things.keys", "Thing") } fn #[doc =
    " An iterator over (value, value) pairs, as a JavaScript `Set` gives its entries (JavaScript's `entries()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc =
    " ```"] entries(& self,) -> ::idlbind::Iter < (Thing, Thing) > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_entries(),
    "Things.entries"), "Things.entries", "[Thing, Thing]") } fn #[doc =
    " An iterator over the values, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `values()`)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc =
    " ```"] iter(& self,) -> ::idlbind::Iter < Thing > {
    ::idlbind::Iter::__new(::idlbind::__private::no_throw!(self.__idl_values(),
    "Things.values"), "Things.values", "Thing") } fn #[doc =
    " Calls `f(value)` for each value, in order, through JavaScript's `forEach`; `f` is borrowed for the call only."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " readonly setlike<Thing>;"] #[doc =
    " ```"] for_each(& self, f : impl ::std::ops::FnMut(Thing)) { let mut f = f;
    ::idlbind::__private::for_each(::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(self), "Things.forEach", ("Thing", "Thing"), | value : Thing, _ : () |
    f(value),) }
}
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Things {
    type Item = Thing;
    type IntoIter = ::idlbind::Iter<Thing>;
    fn into_iter(self) -> ::idlbind::Iter<Thing> {
        Things::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc = " An async value iterable with arguments, as `ReadableStream` has."] #[doc =
    ""] #[doc = " ```webidl"] #[doc = " interface Source"] #[doc = " ```"] type Source =
    "Source"[] convert; caught {} unexpected { (method, js_class = "Source", js_name =
    "values") fn __idl_values_0(this : & Source,) -> ::idlbind::JsValue; (method,
    js_class = "Source", js_name = "values") fn __idl_values_1(this : & Source, __arg0 :
    ::idlbind::JsValue) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    Source; fn #[doc =
    " The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " async iterable<any>(optional StreamIteratorOptions options = {});"] #[doc = " ```"]
    values(& self,) -> ::idlbind::AsyncIter < ::idlbind::JsValue > {
    ::idlbind::__private::returned:: < ::idlbind::AsyncIter < ::idlbind::JsValue > >
    (::idlbind::__private::no_throw!(self.__idl_values_0(), "Source.values"),
    "Source.values", "async iterator of any") } fn [with values] #[doc =
    " The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " async iterable<any>(optional StreamIteratorOptions options = {});"] #[doc = " ```"]
    values_with['a] (& self, options : impl ::std::convert::Into < ::std::option::Option
    < & 'a StreamIteratorOptions >>) -> ::idlbind::AsyncIter < ::idlbind::JsValue > { let
    options = ::std::convert::Into::into(options); if let
    ::std::option::Option::Some(options) = options { let options = { let __value =
    options; ::idlbind::ToJs::to_js(__value) }; ::idlbind::__private::returned:: <
    ::idlbind::AsyncIter < ::idlbind::JsValue > > (::idlbind::__private::no_throw!(self
    .__idl_values_1(options), "Source.values"), "Source.values", "async iterator of any")
    } else { ::idlbind::__private::returned:: < ::idlbind::AsyncIter < ::idlbind::JsValue
    > > (::idlbind::__private::no_throw!(self.__idl_values_0(), "Source.values"),
    "Source.values", "async iterator of any") } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface AsyncPairs"] #[doc = " ```"] type
    AsyncPairs = "AsyncPairs"[] convert; caught { (method, js_class = "AsyncPairs",
    js_name = "entries") fn __idl_entries(this : & AsyncPairs,) -> ::idlbind::JsValue;
    (method, js_class = "AsyncPairs", js_name = "keys") fn __idl_keys(this : &
    AsyncPairs,) -> ::idlbind::JsValue; (method, js_class = "AsyncPairs", js_name =
    "values") fn __idl_values(this : & AsyncPairs,) -> ::idlbind::JsValue; }
}
::idlbind::__private::methods! {
    AsyncPairs; fn #[doc =
    " The (key, value) pairs, as a `Stream` (JavaScript's `entries()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " [Throws] async iterable<DOMString, long>;"] #[doc = " ```"] entries(& self,)
    [throws::idlbind::AsyncIter < (::std::string::String, i32) >; Errors] {
    ::idlbind::__private::throws(self.__idl_entries()).map(| value |
    ::idlbind::__private::returned:: < ::idlbind::AsyncIter < (::std::string::String,
    i32) > > (value, "AsyncPairs.entries", "async iterator of [DOMString, long]")) } fn
    #[doc =
    " The keys, as a `Stream` (JavaScript's `keys()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " [Throws] async iterable<DOMString, long>;"] #[doc = " ```"] keys(& self,)
    [throws::idlbind::AsyncIter < ::std::string::String >; Errors] {
    ::idlbind::__private::throws(self.__idl_keys()).map(| value |
    ::idlbind::__private::returned:: < ::idlbind::AsyncIter < ::std::string::String > >
    (value, "AsyncPairs.keys", "async iterator of DOMString")) } fn #[doc =
    " The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " [Throws] async iterable<DOMString, long>;"] #[doc = " ```"] values(& self,)
    [throws::idlbind::AsyncIter < i32 >; Errors] { ::idlbind::__private::throws(self
    .__idl_values()).map(| value | ::idlbind::__private::returned:: <
    ::idlbind::AsyncIter < i32 > > (value, "AsyncPairs.values",
    "async iterator of long")) }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface StringMap"] #[doc = " ```"] type StringMap
    = "StringMap"[] convert; caught {} unexpected { (method, structural, indexing_setter)
    fn __idl_set_named(this : & StringMap, __arg0 : & str, __arg1 : & str) -> ();
    (method, structural, indexing_deleter) fn __idl_delete_named(this : & StringMap,
    __arg0 : & str) -> (); }
}
::idlbind::__private::methods! {
    StringMap; fn #[doc =
    " The value named `name`, or `None` if there is none (JavaScript's `this[name]`, own properties only)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc = " getter DOMString (DOMString name);"]
    #[doc = " ```"] get_named(& self, name : & str) -> ::std::option::Option <
    ::std::string::String > { let value =
    ::idlbind::__private::no_throw(::idlbind::__private::named_property(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(self), name,), "StringMap named getter");
    ::idlbind::__private::returned:: < ::std::option::Option < ::std::string::String > >
    (value, "StringMap named getter", "DOMString?") } fn #[doc =
    " Sets the value named `name` (JavaScript's `this[name] = value`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " setter undefined (DOMString name, DOMString value);"]
    #[doc = " ```"] set_named(& self, name : & str, value : & str) {
    ::idlbind::__private::no_throw!(self.__idl_set_named(name, value),
    "StringMap named setter") } fn #[doc =
    " Removes the value named `name` (JavaScript's `delete this[name]`)."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " deleter undefined (DOMString name);"] #[doc = " ```"]
    delete_named(& self, name : & str) { ::idlbind::__private::no_throw!(self
    .__idl_delete_named(name), "StringMap named deleter") }
}
::idlbind::__private::imports! {
    #[doc = " Indexed getter and setter; a named getter of a union type, renamed."] #[doc
    = ""] #[doc = " ```webidl"] #[doc = " interface List"] #[doc = " ```"] type List =
    "List"[] convert; caught {} unexpected { (method, structural, indexing_setter) fn
    __idl_set(this : & List, __arg0 : u32, __arg1 :
    ::idlbind::__private::wasm_bindgen::Nullable < & Thing >) -> (); }
}
::idlbind::__private::methods! {
    List; fn #[doc =
    " The value at `index`, or `None` past the end (JavaScript's `this[index]`)."] #[doc
    = ""] #[doc = " ```webidl"] #[doc = " getter Thing (unsigned long index);"] #[doc =
    " ```"] get(& self, index : u32) -> ::std::option::Option < Thing > { let value =
    ::idlbind::__private::no_throw(::idlbind::__private::indexed_property(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(self), index,), "List indexed getter");
    ::idlbind::__private::returned:: < ::std::option::Option < Thing > > (value,
    "List indexed getter", "Thing?") } fn #[doc =
    " Sets the value at `index` (JavaScript's `this[index] = value`)."] #[doc = ""] #[doc
    = " ```webidl"] #[doc = " setter undefined (unsigned long index, Thing? value);"]
    #[doc = " ```"] set(& self, index : u32, value : ::std::option::Option < & Thing >) {
    let value = ::idlbind::__private::wasm_bindgen::Nullable::from(value);
    ::idlbind::__private::no_throw!(self.__idl_set(index, value), "List indexed setter")
    } fn #[doc =
    " The value named `name`, or `None` if there is none (JavaScript's `this[name]`, own properties only)."]
    #[doc = ""] #[doc = " ```webidl"] #[doc =
    " [RustName=lookup] getter (Thing or DOMString) (DOMString name);"] #[doc = " ```"]
    lookup(& self, name : & str) -> ::std::option::Option < ThingOrDomString > { let
    value =
    ::idlbind::__private::no_throw(::idlbind::__private::named_property(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(self), name,), "List named getter");
    ::idlbind::__private::returned:: < ::std::option::Option < ThingOrDomString > >
    (value, "List named getter", "(Thing or DOMString)?") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Link"] #[doc = " ```"] type Link = "Link"[]
    convert; caught {} unexpected { (method, js_class = "Link", js_name = "href", getter)
    fn __idl_href(this : & Link,) -> ::std::string::String; (method, js_class = "Link",
    js_name = "href", setter) fn __idl_set_href(this : & Link, __arg0 : & str) -> (); }
}
::idlbind::__private::methods! {
    Link; fn #[doc = " ```webidl"] #[doc = " stringifier attribute USVString href;"]
    #[doc = " ```"] href(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_href(), "Link.href") } fn #[doc =
    " ```webidl"] #[doc = " stringifier attribute USVString href;"] #[doc = " ```"]
    set_href(& self, value : & str) { ::idlbind::__private::no_throw!(self
    .__idl_set_href(value), "Link.href") }
}
/// The IDL stringifier: JavaScript's `String(this)`.
///
/// ```webidl
/// stringifier attribute USVString href;
/// ```
impl ::std::fmt::Display for Link {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            &::idlbind::__private::stringify(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                "Link.toString",
            ),
        )
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Span"] #[doc = " ```"] type Span = "Span"[]
    convert; caught {}
}
::idlbind::__private::methods! {
    Span;
}
/// The IDL stringifier: JavaScript's `String(this)`.
///
/// ```webidl
/// stringifier;
/// ```
impl ::std::fmt::Display for Span {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            &::idlbind::__private::stringify(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                "Span.toString",
            ),
        )
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Described"] #[doc = " ```"] type Described
    = "Described"[] convert; caught {} unexpected { (method, js_class = "Described",
    js_name = "describe") fn __idl_describe(this : & Described,) ->
    ::std::string::String; }
}
::idlbind::__private::methods! {
    Described; fn #[doc = " ```webidl"] #[doc = " stringifier DOMString describe();"]
    #[doc = " ```"] describe(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_describe(), "Described.describe") }
}
/// The IDL stringifier: JavaScript's `String(this)`.
///
/// ```webidl
/// stringifier DOMString describe();
/// ```
impl ::std::fmt::Display for Described {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(
            &::idlbind::__private::stringify(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                "Described.toString",
            ),
        )
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Rect"] #[doc = " ```"] type Rect = "Rect"[]
    convert; caught {} unexpected { (method, js_class = "Rect", js_name = "x", getter) fn
    __idl_x(this : & Rect,) -> f64; (method, js_class = "Rect", js_name = "toJSON") fn
    __idl_to_json(this : & Rect,) -> ::idlbind::__private::js_sys::Object; }
}
::idlbind::__private::methods! {
    Rect; fn #[doc = " ```webidl"] #[doc = " readonly attribute double x;"] #[doc =
    " ```"] x(& self,) -> f64 { ::idlbind::__private::no_throw!(self.__idl_x(), "Rect.x")
    } fn #[doc = " ```webidl"] #[doc = " [Default] object toJSON();"] #[doc = " ```"]
    to_json(& self,) -> ::idlbind::__private::js_sys::Object {
    ::idlbind::__private::no_throw!(self.__idl_to_json(), "Rect.toJSON") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Thing"] #[doc = " ```"] type Thing =
    "Thing"[] convert; caught {}
}
::idlbind::__private::methods! {
    Thing;
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (Thing or DOMString)"] #[doc = " ```"] enum ThingOrDomString[PartialEq,] { #[doc =
    " `Thing`"] Thing(Thing) : interface, #[doc = " `DOMString`"]
    DomString(::std::string::String) : string, } unscoped; from_js { string
    DomString(::std::string::String); interface Thing(Thing); } else string DomString
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary StreamIteratorOptions"] #[doc = " ```"]
    struct StreamIteratorOptions[PartialEq,] { #[doc =
    " `boolean preventCancel = false`"] prevent_cancel : bool = (false) =>
    read_or_default __idlbind_read_StreamIteratorOptions_0; } default; inline_js =
    "export function __idlbind_build_StreamIteratorOptions(v0){const o={\"preventCancel\":v0};return o;}export function __idlbind_read_StreamIteratorOptions_0(o){const v=o[\"preventCancel\"];return v===undefined?false:!!v;}";
    to_js fn __idlbind_build_StreamIteratorOptions(v0 : bool = value prevent_cancel,);
}
