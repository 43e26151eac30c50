::idlbind::__private::imports! {
    #[doc = " A pair iterator, as `URLSearchParams` and `Headers` have."] #[doc = ""]
    #[doc = " ```webidl"] #[doc = " interface Params"] #[doc = " ```"] type Params =
    "Params"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Params",
    js_name = "entries")] fn __idl_entries(this : & Params,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Params", js_name = "keys")] fn __idl_keys(this : &
    Params,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Params", js_name =
    "values")] fn __idl_values(this : & Params,) -> ::idlbind::JsValue; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Params {
    /// An iterator over the (key, value) pairs (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// iterable<USVString, USVString>;
    /// ```
    #[inline]
    pub fn entries(
        &self,
    ) -> ::idlbind::Iter<(::std::string::String, ::std::string::String)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Params.entries"),
            "Params.entries",
            "[USVString, USVString]",
        )
    }
    /// An iterator over the keys (JavaScript's `keys()`).
    ///
    /// ```webidl
    /// iterable<USVString, USVString>;
    /// ```
    #[inline]
    pub fn keys(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_keys(), "Params.keys"),
            "Params.keys",
            "USVString",
        )
    }
    /// An iterator over the values (JavaScript's `values()`).
    ///
    /// ```webidl
    /// iterable<USVString, USVString>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Params.values"),
            "Params.values",
            "USVString",
        )
    }
    /// An iterator over the (key, value) entries, as a JavaScript `for … of` loop sees them (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// iterable<USVString, USVString>;
    /// ```
    #[inline]
    pub fn iter(
        &self,
    ) -> ::idlbind::Iter<(::std::string::String, ::std::string::String)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Params.entries"),
            "Params.entries",
            "[USVString, USVString]",
        )
    }
    /// Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only.
    ///
    /// ```webidl
    /// iterable<USVString, USVString>;
    /// ```
    #[inline]
    pub fn for_each(
        &self,
        f: impl ::std::ops::FnMut(::std::string::String, ::std::string::String),
    ) {
        ::idlbind::__private::for_each(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            "Params.forEach",
            ("USVString", "USVString"),
            f,
        )
    }
}
::idlbind::__private::interface_conversions!(Params);
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
    "Nodes"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Nodes", js_name
    = "item")] fn __idl_item(this : & Nodes, __arg0 : u32) -> ::std::option::Option <
    Thing >; #[wasm_bindgen(method, js_class = "Nodes", js_name = "length", getter)] fn
    __idl_length(this : & Nodes,) -> u32; #[wasm_bindgen(method, js_class = "Nodes",
    js_name = "entries")] fn __idl_entries(this : & Nodes,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Nodes", js_name = "keys")] fn __idl_keys(this : &
    Nodes,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_name = "item")] fn
    __idl_index(this : & Nodes, __arg0 : u32) -> ::std::option::Option < Thing >; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Nodes {
    /// ```webidl
    /// getter Thing? item(unsigned long index);
    /// ```
    #[inline]
    pub fn item(&self, index: u32) -> ::std::option::Option<Thing> {
        ::idlbind::__private::no_throw!(self.__idl_item(index), "Nodes.item")
    }
    /// ```webidl
    /// readonly attribute unsigned long length;
    /// ```
    #[inline]
    pub fn length(&self) -> u32 {
        ::idlbind::__private::no_throw!(self.__idl_length(), "Nodes.length")
    }
    /// An iterator over the (index, value) pairs (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// iterable<Thing>;
    /// ```
    #[inline]
    pub fn entries(&self) -> ::idlbind::Iter<(u32, Thing)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Nodes.entries"),
            "Nodes.entries",
            "[unsigned long, Thing]",
        )
    }
    /// An iterator over the indices (JavaScript's `keys()`).
    ///
    /// ```webidl
    /// iterable<Thing>;
    /// ```
    #[inline]
    pub fn keys(&self) -> ::idlbind::Iter<u32> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_keys(), "Nodes.keys"),
            "Nodes.keys",
            "unsigned long",
        )
    }
    /// An iterator over the values (JavaScript's `values()`).
    ///
    /// ```webidl
    /// iterable<Thing>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::Iter<Thing> {
        ::idlbind::Iter::__indexed(
            ::std::clone::Clone::clone(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            ),
            "Nodes.values",
            |object, index| {
                let object: &Nodes = ::idlbind::JsCast::unchecked_ref(object);
                ::idlbind::__private::no_throw!(
                    object.__idl_index(index), "Nodes.values"
                )
            },
        )
    }
    /// An iterator over the values, as a JavaScript `for … of` loop sees them (JavaScript's `values()`).
    ///
    /// ```webidl
    /// iterable<Thing>;
    /// ```
    #[inline]
    pub fn iter(&self) -> ::idlbind::Iter<Thing> {
        ::idlbind::Iter::__indexed(
            ::std::clone::Clone::clone(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            ),
            "Nodes.values",
            |object, index| {
                let object: &Nodes = ::idlbind::JsCast::unchecked_ref(object);
                ::idlbind::__private::no_throw!(
                    object.__idl_index(index), "Nodes.values"
                )
            },
        )
    }
    /// Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only.
    ///
    /// ```webidl
    /// iterable<Thing>;
    /// ```
    #[inline]
    pub fn for_each(&self, f: impl ::std::ops::FnMut(Thing, u32)) {
        ::idlbind::__private::for_each(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            "Nodes.forEach",
            ("Thing", "unsigned long"),
            f,
        )
    }
}
::idlbind::__private::interface_conversions!(Nodes);
/// The same as `iter()`: `for value in &collection { .. }`.
impl<'a> ::std::iter::IntoIterator for &'a Nodes {
    type Item = Thing;
    type IntoIter = ::idlbind::Iter<Thing>;
    fn into_iter(self) -> ::idlbind::Iter<Thing> {
        Nodes::iter(self)
    }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Registry"] #[doc = " ```"] type Registry =
    "Registry"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Registry",
    js_name = "get")] fn __idl_get(this : & Registry, __arg0 : & str) ->
    ::std::option::Option < Thing >; #[wasm_bindgen(method, js_class = "Registry",
    js_name = "has")] fn __idl_has(this : & Registry, __arg0 : & str) -> bool;
    #[wasm_bindgen(method, js_class = "Registry", js_name = "size", getter)] fn
    __idl_size(this : & Registry,) -> u32; #[wasm_bindgen(method, js_class = "Registry",
    js_name = "entries")] fn __idl_entries(this : & Registry,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Registry", js_name = "keys")] fn __idl_keys(this :
    & Registry,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Registry",
    js_name = "values")] fn __idl_values(this : & Registry,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Registry", js_name = "set")] fn __idl_set(this : &
    Registry, __arg0 : & str, __arg1 : & Thing) -> (); #[wasm_bindgen(method, js_class =
    "Registry", js_name = "delete")] fn __idl_delete(this : & Registry, __arg0 : & str)
    -> bool; #[wasm_bindgen(method, js_class = "Registry", js_name = "clear")] fn
    __idl_clear(this : & Registry,) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Registry {
    /// The value for `key`, or `None` if there is none (JavaScript's `get`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn get(&self, key: &str) -> ::std::option::Option<Thing> {
        ::idlbind::__private::no_throw!(self.__idl_get(key), "Registry.get")
    }
    /// Whether there is an entry for `key` (JavaScript's `has`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn has(&self, key: &str) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_has(key), "Registry.has")
    }
    /// The number of entries (JavaScript's `size`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Registry.size") as usize
    }
    /// Whether there are no entries (JavaScript's `size` is 0).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Registry.size") == 0
    }
    /// An iterator over the (key, value) entries (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn entries(&self) -> ::idlbind::Iter<(::std::string::String, Thing)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Registry.entries"),
            "Registry.entries",
            "[DOMString, Thing]",
        )
    }
    /// An iterator over the keys (JavaScript's `keys()`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn keys(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_keys(), "Registry.keys"),
            "Registry.keys",
            "DOMString",
        )
    }
    /// An iterator over the values (JavaScript's `values()`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::Iter<Thing> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Registry.values"),
            "Registry.values",
            "Thing",
        )
    }
    /// An iterator over the (key, value) entries, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn iter(&self) -> ::idlbind::Iter<(::std::string::String, Thing)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Registry.entries"),
            "Registry.entries",
            "[DOMString, Thing]",
        )
    }
    /// Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only.
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn for_each(&self, f: impl ::std::ops::FnMut(Thing, ::std::string::String)) {
        ::idlbind::__private::for_each(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            "Registry.forEach",
            ("Thing", "DOMString"),
            f,
        )
    }
    /// Sets the value for `key` (JavaScript's `set`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn set(&self, key: &str, value: &Thing) {
        ::idlbind::__private::no_throw!(self.__idl_set(key, value), "Registry.set")
    }
    /// Removes the entry for `key`; says whether there was one (JavaScript's `delete`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn delete(&self, key: &str) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_delete(key), "Registry.delete")
    }
    /// Removes every entry (JavaScript's `clear`).
    ///
    /// ```webidl
    /// maplike<DOMString, Thing>;
    /// ```
    #[inline]
    pub fn clear(&self) {
        ::idlbind::__private::no_throw!(self.__idl_clear(), "Registry.clear")
    }
}
::idlbind::__private::interface_conversions!(Registry);
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
    "Counts"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Counts",
    js_name = "get")] fn __idl_get(this : & Counts, __arg0 : & str) ->
    ::std::option::Option < i32 >; #[wasm_bindgen(method, js_class = "Counts", js_name =
    "has")] fn __idl_has(this : & Counts, __arg0 : & str) -> bool; #[wasm_bindgen(method,
    js_class = "Counts", js_name = "size", getter)] fn __idl_size(this : & Counts,) ->
    u32; #[wasm_bindgen(method, js_class = "Counts", js_name = "entries")] fn
    __idl_entries(this : & Counts,) -> ::idlbind::JsValue; #[wasm_bindgen(method,
    js_class = "Counts", js_name = "keys")] fn __idl_keys(this : & Counts,) ->
    ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Counts", js_name = "values")]
    fn __idl_values(this : & Counts,) -> ::idlbind::JsValue; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Counts {
    /// The value for `key`, or `None` if there is none (JavaScript's `get`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn get(&self, key: &str) -> ::std::option::Option<i32> {
        ::idlbind::__private::no_throw!(self.__idl_get(key), "Counts.get")
    }
    /// Whether there is an entry for `key` (JavaScript's `has`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn has(&self, key: &str) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_has(key), "Counts.has")
    }
    /// The number of entries (JavaScript's `size`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Counts.size") as usize
    }
    /// Whether there are no entries (JavaScript's `size` is 0).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Counts.size") == 0
    }
    /// An iterator over the (key, value) entries (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn entries(&self) -> ::idlbind::Iter<(::std::string::String, i32)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Counts.entries"),
            "Counts.entries",
            "[DOMString, long]",
        )
    }
    /// An iterator over the keys (JavaScript's `keys()`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn keys(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_keys(), "Counts.keys"),
            "Counts.keys",
            "DOMString",
        )
    }
    /// An iterator over the values (JavaScript's `values()`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::Iter<i32> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Counts.values"),
            "Counts.values",
            "long",
        )
    }
    /// An iterator over the (key, value) entries, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn iter(&self) -> ::idlbind::Iter<(::std::string::String, i32)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Counts.entries"),
            "Counts.entries",
            "[DOMString, long]",
        )
    }
    /// Calls `f(value, key)` for each entry, in order, through JavaScript's `forEach`; `f` is borrowed for the call only.
    ///
    /// ```webidl
    /// readonly maplike<DOMString, long>;
    /// ```
    #[inline]
    pub fn for_each(&self, f: impl ::std::ops::FnMut(i32, ::std::string::String)) {
        ::idlbind::__private::for_each(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            "Counts.forEach",
            ("long", "DOMString"),
            f,
        )
    }
}
::idlbind::__private::interface_conversions!(Counts);
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
    Tags = "Tags"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Tags",
    js_name = "has")] fn __idl_has(this : & Tags, __arg0 : & str) -> bool;
    #[wasm_bindgen(method, js_class = "Tags", js_name = "size", getter)] fn
    __idl_size(this : & Tags,) -> u32; #[wasm_bindgen(method, js_class = "Tags", js_name
    = "values")] fn __idl_values(this : & Tags,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Tags", js_name = "keys")] fn __idl_keys(this : &
    Tags,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Tags", js_name =
    "entries")] fn __idl_entries(this : & Tags,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Tags", js_name = "delete")] fn __idl_delete(this :
    & Tags, __arg0 : & str) -> bool; #[wasm_bindgen(method, js_class = "Tags", js_name =
    "clear")] fn __idl_clear(this : & Tags,) -> (); #[wasm_bindgen(method, js_class =
    "Tags", js_name = "add")] fn __idl_add_0(this : & Tags, __arg0 : & str) -> ();
    #[wasm_bindgen(method, js_class = "Tags", js_name = "add")] fn __idl_add_1(this : &
    Tags, __arg0 : & str, __arg1 : bool) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Tags {
    /// Whether `value` is in the set (JavaScript's `has`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn has(&self, value: &str) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_has(value), "Tags.has")
    }
    /// The number of values (JavaScript's `size`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Tags.size") as usize
    }
    /// Whether there are no values (JavaScript's `size` is 0).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Tags.size") == 0
    }
    /// An iterator over the values (JavaScript's `values()`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Tags.values"),
            "Tags.values",
            "DOMString",
        )
    }
    /// An iterator over the values: a set's keys are its values (JavaScript's `keys()`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn keys(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_keys(), "Tags.keys"),
            "Tags.keys",
            "DOMString",
        )
    }
    /// An iterator over (value, value) pairs, as a JavaScript `Set` gives its entries (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn entries(
        &self,
    ) -> ::idlbind::Iter<(::std::string::String, ::std::string::String)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Tags.entries"),
            "Tags.entries",
            "[DOMString, DOMString]",
        )
    }
    /// An iterator over the values, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `values()`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn iter(&self) -> ::idlbind::Iter<::std::string::String> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Tags.values"),
            "Tags.values",
            "DOMString",
        )
    }
    /// Calls `f(value)` for each value, in order, through JavaScript's `forEach`; `f` is borrowed for the call only.
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn for_each(&self, f: impl ::std::ops::FnMut(::std::string::String)) {
        let mut f = f;
        ::idlbind::__private::for_each(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            "Tags.forEach",
            ("DOMString", "DOMString"),
            |value: ::std::string::String, _: ()| f(value),
        )
    }
    /// Removes `value`; says whether it was in the set (JavaScript's `delete`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn delete(&self, value: &str) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_delete(value), "Tags.delete")
    }
    /// Removes every value (JavaScript's `clear`).
    ///
    /// ```webidl
    /// setlike<DOMString>;
    /// ```
    #[inline]
    pub fn clear(&self) {
        ::idlbind::__private::no_throw!(self.__idl_clear(), "Tags.clear")
    }
    /// ```webidl
    /// undefined add(DOMString value, optional boolean twice = false);
    /// ```
    #[inline]
    pub fn add(&self, value: &str) {
        ::idlbind::__private::no_throw!(self.__idl_add_0(value), "Tags.add")
    }
    /// [`add`](Self::add) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// undefined add(DOMString value, optional boolean twice = false);
    /// ```
    #[inline]
    pub fn add_with(
        &self,
        value: &str,
        twice: impl ::std::convert::Into<::std::option::Option<bool>>,
    ) {
        let twice = ::std::convert::Into::into(twice);
        if let ::std::option::Option::Some(twice) = twice {
            ::idlbind::__private::no_throw!(self.__idl_add_1(value, twice), "Tags.add")
        } else {
            ::idlbind::__private::no_throw!(self.__idl_add_0(value), "Tags.add")
        }
    }
}
::idlbind::__private::interface_conversions!(Tags);
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
    "Things"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Things",
    js_name = "has")] fn __idl_has(this : & Things, __arg0 : & Thing) -> bool;
    #[wasm_bindgen(method, js_class = "Things", js_name = "size", getter)] fn
    __idl_size(this : & Things,) -> u32; #[wasm_bindgen(method, js_class = "Things",
    js_name = "values")] fn __idl_values(this : & Things,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Things", js_name = "keys")] fn __idl_keys(this : &
    Things,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Things", js_name =
    "entries")] fn __idl_entries(this : & Things,) -> ::idlbind::JsValue; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Things {
    /// Whether `value` is in the set (JavaScript's `has`).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn has(&self, value: &Thing) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_has(value), "Things.has")
    }
    /// The number of values (JavaScript's `size`).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Things.size") as usize
    }
    /// Whether there are no values (JavaScript's `size` is 0).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        ::idlbind::__private::no_throw!(self.__idl_size(), "Things.size") == 0
    }
    /// An iterator over the values (JavaScript's `values()`).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::Iter<Thing> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Things.values"),
            "Things.values",
            "Thing",
        )
    }
    /// An iterator over the values: a set's keys are its values (JavaScript's `keys()`).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn keys(&self) -> ::idlbind::Iter<Thing> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_keys(), "Things.keys"),
            "Things.keys",
            "Thing",
        )
    }
    /// An iterator over (value, value) pairs, as a JavaScript `Set` gives its entries (JavaScript's `entries()`).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn entries(&self) -> ::idlbind::Iter<(Thing, Thing)> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_entries(), "Things.entries"),
            "Things.entries",
            "[Thing, Thing]",
        )
    }
    /// An iterator over the values, in insertion order, as a JavaScript `for … of` loop sees them (JavaScript's `values()`).
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn iter(&self) -> ::idlbind::Iter<Thing> {
        ::idlbind::Iter::__new(
            ::idlbind::__private::no_throw!(self.__idl_values(), "Things.values"),
            "Things.values",
            "Thing",
        )
    }
    /// Calls `f(value)` for each value, in order, through JavaScript's `forEach`; `f` is borrowed for the call only.
    ///
    /// ```webidl
    /// readonly setlike<Thing>;
    /// ```
    #[inline]
    pub fn for_each(&self, f: impl ::std::ops::FnMut(Thing)) {
        let mut f = f;
        ::idlbind::__private::for_each(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
            "Things.forEach",
            ("Thing", "Thing"),
            |value: Thing, _: ()| f(value),
        )
    }
}
::idlbind::__private::interface_conversions!(Things);
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
    "Source"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Source",
    js_name = "values")] fn __idl_values_0(this : & Source,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "Source", js_name = "values")] fn
    __idl_values_1(this : & Source, __arg0 : ::idlbind::JsValue) -> ::idlbind::JsValue; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Source {
    /// The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`.
    ///
    /// ```webidl
    /// async iterable<any>(optional StreamIteratorOptions options = {});
    /// ```
    #[inline]
    pub fn values(&self) -> ::idlbind::AsyncIter<::idlbind::JsValue> {
        ::idlbind::__private::returned::<
            ::idlbind::AsyncIter<::idlbind::JsValue>,
        >(
            ::idlbind::__private::no_throw!(self.__idl_values_0(), "Source.values"),
            "Source.values",
            "async iterator of any",
        )
    }
    /// [`values`](Self::values) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`.
    ///
    /// ```webidl
    /// async iterable<any>(optional StreamIteratorOptions options = {});
    /// ```
    #[inline]
    pub fn values_with<'a>(
        &self,
        options: impl ::std::convert::Into<
            ::std::option::Option<&'a StreamIteratorOptions>,
        >,
    ) -> ::idlbind::AsyncIter<::idlbind::JsValue> {
        let options = ::std::convert::Into::into(options);
        if let ::std::option::Option::Some(options) = options {
            let options = {
                let __value = options;
                ::idlbind::ToJs::to_js(__value)
            };
            ::idlbind::__private::returned::<
                ::idlbind::AsyncIter<::idlbind::JsValue>,
            >(
                ::idlbind::__private::no_throw!(
                    self.__idl_values_1(options), "Source.values"
                ),
                "Source.values",
                "async iterator of any",
            )
        } else {
            ::idlbind::__private::returned::<
                ::idlbind::AsyncIter<::idlbind::JsValue>,
            >(
                ::idlbind::__private::no_throw!(self.__idl_values_0(), "Source.values"),
                "Source.values",
                "async iterator of any",
            )
        }
    }
}
::idlbind::__private::interface_conversions!(Source);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface AsyncPairs"] #[doc = " ```"] type
    AsyncPairs = "AsyncPairs"[]; caught { #[wasm_bindgen(method, js_class = "AsyncPairs",
    js_name = "entries")] fn __idl_entries(this : & AsyncPairs,) -> ::idlbind::JsValue;
    #[wasm_bindgen(method, js_class = "AsyncPairs", js_name = "keys")] fn __idl_keys(this
    : & AsyncPairs,) -> ::idlbind::JsValue; #[wasm_bindgen(method, js_class =
    "AsyncPairs", js_name = "values")] fn __idl_values(this : & AsyncPairs,) ->
    ::idlbind::JsValue; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl AsyncPairs {
    /// The (key, value) pairs, as a `Stream` (JavaScript's `entries()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`.
    ///
    /// ```webidl
    /// [Throws] async iterable<DOMString, long>;
    /// ```
    ///
    /// # Errors
    ///
    /// Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).
    #[inline]
    pub fn entries(
        &self,
    ) -> ::std::result::Result<
        ::idlbind::AsyncIter<(::std::string::String, i32)>,
        ::idlbind::JsError,
    > {
        ::idlbind::__private::throws(self.__idl_entries())
            .map(|value| ::idlbind::__private::returned::<
                ::idlbind::AsyncIter<(::std::string::String, i32)>,
            >(value, "AsyncPairs.entries", "async iterator of [DOMString, long]"))
    }
    /// The keys, as a `Stream` (JavaScript's `keys()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`.
    ///
    /// ```webidl
    /// [Throws] async iterable<DOMString, long>;
    /// ```
    ///
    /// # Errors
    ///
    /// Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).
    #[inline]
    pub fn keys(
        &self,
    ) -> ::std::result::Result<
        ::idlbind::AsyncIter<::std::string::String>,
        ::idlbind::JsError,
    > {
        ::idlbind::__private::throws(self.__idl_keys())
            .map(|value| ::idlbind::__private::returned::<
                ::idlbind::AsyncIter<::std::string::String>,
            >(value, "AsyncPairs.keys", "async iterator of DOMString"))
    }
    /// The values, as a `Stream` (JavaScript's `values()`, as `for await … of` reads it). Dropping the stream before its end calls the iterator's `return()`.
    ///
    /// ```webidl
    /// [Throws] async iterable<DOMString, long>;
    /// ```
    ///
    /// # Errors
    ///
    /// Returns the JavaScript exception as a [`JsError`](::idlbind::JsError).
    #[inline]
    pub fn values(
        &self,
    ) -> ::std::result::Result<::idlbind::AsyncIter<i32>, ::idlbind::JsError> {
        ::idlbind::__private::throws(self.__idl_values())
            .map(|value| ::idlbind::__private::returned::<
                ::idlbind::AsyncIter<i32>,
            >(value, "AsyncPairs.values", "async iterator of long"))
    }
}
::idlbind::__private::interface_conversions!(AsyncPairs);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface StringMap"] #[doc = " ```"] type StringMap
    = "StringMap"[]; caught {} unexpected { #[wasm_bindgen(method, structural,
    indexing_setter)] fn __idl_set_named(this : & StringMap, __arg0 : & str, __arg1 : &
    str) -> (); #[wasm_bindgen(method, structural, indexing_deleter)] fn
    __idl_delete_named(this : & StringMap, __arg0 : & str) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl StringMap {
    /// The value named `name`, or `None` if there is none (JavaScript's `this[name]`, own properties only).
    ///
    /// ```webidl
    /// getter DOMString (DOMString name);
    /// ```
    #[inline]
    pub fn get_named(&self, name: &str) -> ::std::option::Option<::std::string::String> {
        let value = ::idlbind::__private::no_throw(
            ::idlbind::__private::named_property(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                name,
            ),
            "StringMap named getter",
        );
        ::idlbind::__private::returned::<
            ::std::option::Option<::std::string::String>,
        >(value, "StringMap named getter", "DOMString?")
    }
    /// Sets the value named `name` (JavaScript's `this[name] = value`).
    ///
    /// ```webidl
    /// setter undefined (DOMString name, DOMString value);
    /// ```
    #[inline]
    pub fn set_named(&self, name: &str, value: &str) {
        ::idlbind::__private::no_throw!(
            self.__idl_set_named(name, value), "StringMap named setter"
        )
    }
    /// Removes the value named `name` (JavaScript's `delete this[name]`).
    ///
    /// ```webidl
    /// deleter undefined (DOMString name);
    /// ```
    #[inline]
    pub fn delete_named(&self, name: &str) {
        ::idlbind::__private::no_throw!(
            self.__idl_delete_named(name), "StringMap named deleter"
        )
    }
}
::idlbind::__private::interface_conversions!(StringMap);
::idlbind::__private::imports! {
    #[doc = " Indexed getter and setter; a named getter of a union type, renamed."] #[doc
    = ""] #[doc = " ```webidl"] #[doc = " interface List"] #[doc = " ```"] type List =
    "List"[]; caught {} unexpected { #[wasm_bindgen(method, structural, indexing_setter)]
    fn __idl_set(this : & List, __arg0 : u32, __arg1 :
    ::idlbind::__private::wasm_bindgen::Nullable < & Thing >) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl List {
    /// The value at `index`, or `None` past the end (JavaScript's `this[index]`).
    ///
    /// ```webidl
    /// getter Thing (unsigned long index);
    /// ```
    #[inline]
    pub fn get(&self, index: u32) -> ::std::option::Option<Thing> {
        let value = ::idlbind::__private::no_throw(
            ::idlbind::__private::indexed_property(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                index,
            ),
            "List indexed getter",
        );
        ::idlbind::__private::returned::<
            ::std::option::Option<Thing>,
        >(value, "List indexed getter", "Thing?")
    }
    /// Sets the value at `index` (JavaScript's `this[index] = value`).
    ///
    /// ```webidl
    /// setter undefined (unsigned long index, Thing? value);
    /// ```
    #[inline]
    pub fn set(&self, index: u32, value: ::std::option::Option<&Thing>) {
        let value = ::idlbind::__private::wasm_bindgen::Nullable::from(value);
        ::idlbind::__private::no_throw!(
            self.__idl_set(index, value), "List indexed setter"
        )
    }
    /// The value named `name`, or `None` if there is none (JavaScript's `this[name]`, own properties only).
    ///
    /// ```webidl
    /// [RustName=lookup] getter (Thing or DOMString) (DOMString name);
    /// ```
    #[inline]
    pub fn lookup(&self, name: &str) -> ::std::option::Option<ThingOrDomString> {
        let value = ::idlbind::__private::no_throw(
            ::idlbind::__private::named_property(
                ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
                name,
            ),
            "List named getter",
        );
        ::idlbind::__private::returned::<
            ::std::option::Option<ThingOrDomString>,
        >(value, "List named getter", "(Thing or DOMString)?")
    }
}
::idlbind::__private::interface_conversions!(List);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Link"] #[doc = " ```"] type Link =
    "Link"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Link", js_name =
    "href", getter)] fn __idl_href(this : & Link,) -> ::std::string::String;
    #[wasm_bindgen(method, js_class = "Link", js_name = "href", setter)] fn
    __idl_set_href(this : & Link, __arg0 : & str) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Link {
    /// ```webidl
    /// stringifier attribute USVString href;
    /// ```
    #[inline]
    pub fn href(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw!(self.__idl_href(), "Link.href")
    }
    /// ```webidl
    /// stringifier attribute USVString href;
    /// ```
    #[inline]
    pub fn set_href(&self, value: &str) {
        ::idlbind::__private::no_throw!(self.__idl_set_href(value), "Link.href")
    }
}
::idlbind::__private::interface_conversions!(Link);
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
    #[doc = " ```webidl"] #[doc = " interface Span"] #[doc = " ```"] type Span =
    "Span"[]; caught {}
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Span {}
::idlbind::__private::interface_conversions!(Span);
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
    = "Described"[]; caught {} unexpected { #[wasm_bindgen(method, js_class =
    "Described", js_name = "describe")] fn __idl_describe(this : & Described,) ->
    ::std::string::String; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Described {
    /// ```webidl
    /// stringifier DOMString describe();
    /// ```
    #[inline]
    pub fn describe(&self) -> ::std::string::String {
        ::idlbind::__private::no_throw!(self.__idl_describe(), "Described.describe")
    }
}
::idlbind::__private::interface_conversions!(Described);
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
    #[doc = " ```webidl"] #[doc = " interface Rect"] #[doc = " ```"] type Rect =
    "Rect"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Rect", js_name =
    "x", getter)] fn __idl_x(this : & Rect,) -> f64; #[wasm_bindgen(method, js_class =
    "Rect", js_name = "toJSON")] fn __idl_to_json(this : & Rect,) ->
    ::idlbind::__private::js_sys::Object; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Rect {
    /// ```webidl
    /// readonly attribute double x;
    /// ```
    #[inline]
    pub fn x(&self) -> f64 {
        ::idlbind::__private::no_throw!(self.__idl_x(), "Rect.x")
    }
    /// ```webidl
    /// [Default] object toJSON();
    /// ```
    #[inline]
    pub fn to_json(&self) -> ::idlbind::__private::js_sys::Object {
        ::idlbind::__private::no_throw!(self.__idl_to_json(), "Rect.toJSON")
    }
}
::idlbind::__private::interface_conversions!(Rect);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Thing"] #[doc = " ```"] type Thing =
    "Thing"[]; caught {}
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Thing {}
::idlbind::__private::interface_conversions!(Thing);
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (Thing or DOMString)"] #[doc = " ```"] enum ThingOrDomString[PartialEq,] { #[doc =
    " `Thing`"] Thing(Thing) : interface, #[doc = " `DOMString`"]
    DomString(::std::string::String) : string, } unscoped; from_js { string
    DomString(::std::string::String); interface Thing(Thing); } else string DomString
}
/// ```webidl
/// dictionary StreamIteratorOptions
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct StreamIteratorOptions {
    /// `boolean preventCancel = false`
    pub prevent_cancel: bool,
}
::idlbind::__private::dictionary! {
    StreamIteratorOptions { prevent_cancel : bool = (false) read_or_default
    __idlbind_read_StreamIteratorOptions_0; } default; inline_js =
    "export function __idlbind_build_StreamIteratorOptions(v0){const o={\"preventCancel\":v0};return o;}export function __idlbind_read_StreamIteratorOptions_0(o){const v=o[\"preventCancel\"];return v===undefined?false:!!v;}";
    fn __idlbind_build_StreamIteratorOptions(v0 : bool,); to_js(value prevent_cancel,);
}
