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
    js_name = "fill")] fn __idl_fill_0(this : & Target,) -> (); #[wasm_bindgen(method,
    js_class = "Target", js_name = "fill")] fn __idl_fill_1(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); #[wasm_bindgen(method, js_class = "Target", js_name =
    "append")] fn __idl_append(this : & Target, __arg0 : ::idlbind::JsValue) -> ();
    #[wasm_bindgen(method, js_class = "Target", js_name = "append")] fn
    __idl_append__str(this : & Target, __arg0 : & str) -> (); #[wasm_bindgen(method,
    js_class = "Target", js_name = "read")] fn __idl_read(this : & Target,) ->
    ::idlbind::JsValue; #[wasm_bindgen(method, js_class = "Target", js_name = "maybe")]
    fn __idl_maybe(this : & Target, __arg0 : ::idlbind::JsValue) -> (); }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Target {
    /// ```webidl
    /// undefined fill(optional HeadersInit init);
    /// ```
    #[inline]
    pub fn fill(&self) {
        ::idlbind::__private::no_throw!(self.__idl_fill_0(), "Target.fill")
    }
    /// [`fill`](Self::fill) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// undefined fill(optional HeadersInit init);
    /// ```
    #[inline]
    pub fn fill_with(
        &self,
        init: impl ::std::convert::Into<::std::option::Option<HeadersInit>>,
    ) {
        let init = ::std::convert::Into::into(init);
        if let ::std::option::Option::Some(init) = init {
            let init = {
                let __value = init;
                ::idlbind::ToJs::to_js(&__value)
            };
            ::idlbind::__private::no_throw!(self.__idl_fill_1(init), "Target.fill")
        } else {
            ::idlbind::__private::no_throw!(self.__idl_fill_0(), "Target.fill")
        }
    }
    /// ```webidl
    /// undefined append((Node or DOMString) node);
    /// ```
    #[inline]
    pub fn append(&self, node: impl ::std::convert::Into<NodeOrDomString>) {
        let node = ::std::convert::Into::<NodeOrDomString>::into(node);
        if let NodeOrDomString::DomString(node) = &node {
            let node = ::std::string::String::as_str(node);
            ::idlbind::__private::no_throw!(
                self.__idl_append__str(node), "Target.append"
            )
        } else {
            let node = {
                let __value = node;
                ::idlbind::ToJs::to_js(
                    &::std::convert::Into::<NodeOrDomString>::into(__value),
                )
            };
            ::idlbind::__private::no_throw!(self.__idl_append(node), "Target.append")
        }
    }
    /// ```webidl
    /// (long or DOMString or (Bag or boolean)) read();
    /// ```
    #[inline]
    pub fn read(&self) -> LongOrDomStringOrBagOrBoolean {
        ::idlbind::__private::returned::<
            LongOrDomStringOrBagOrBoolean,
        >(
            ::idlbind::__private::no_throw!(self.__idl_read(), "Target.read"),
            "Target.read",
            "(long or DOMString or (Bag or boolean))",
        )
    }
    /// ```webidl
    /// undefined maybe((Node or long)? value);
    /// ```
    #[inline]
    pub fn maybe(&self, value: ::std::option::Option<NodeOrLong>) {
        let value = {
            let __value = value;
            match __value {
                ::std::option::Option::Some(__value) => ::idlbind::ToJs::to_js(&__value),
                ::std::option::Option::None => ::idlbind::JsValue::NULL,
            }
        };
        ::idlbind::__private::no_throw!(self.__idl_maybe(value), "Target.maybe")
    }
}
::idlbind::__private::interface_conversions!(Target);
/// ```webidl
/// typedef (sequence<sequence<ByteString>> or record<ByteString, ByteString>) HeadersInit;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum HeadersInit {
    /// `sequence<sequence<ByteString>>`
    ByteStringSequenceSequence(::std::vec::Vec<::std::vec::Vec<::std::string::String>>),
    /// `record<ByteString, ByteString>`
    ByteStringByteStringRecord(
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
    ),
}
impl ::std::convert::From<::std::vec::Vec<::std::vec::Vec<::std::string::String>>>
for HeadersInit {
    fn from(value: ::std::vec::Vec<::std::vec::Vec<::std::string::String>>) -> Self {
        Self::ByteStringSequenceSequence(value)
    }
}
impl ::std::convert::From<
    ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
> for HeadersInit {
    fn from(
        value: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
    ) -> Self {
        Self::ByteStringByteStringRecord(value)
    }
}
impl ::idlbind::ToJs for HeadersInit {
    fn to_js(&self) -> ::idlbind::JsValue {
        match self {
            Self::ByteStringSequenceSequence(value) => ::idlbind::ToJs::to_js(value),
            Self::ByteStringByteStringRecord(value) => ::idlbind::ToJs::to_js(value),
        }
    }
}
impl ::idlbind::FromJs for HeadersInit {
    fn from_js(
        value: ::idlbind::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
        if ::idlbind::__private::is_iterable_object(&value) {
            return <::std::vec::Vec<
                ::std::vec::Vec<::std::string::String>,
            > as ::idlbind::FromJs>::from_js(value)
                .map(Self::ByteStringSequenceSequence);
        }
        if value.is_object() {
            return <::std::vec::Vec<
                (::std::string::String, ::std::string::String),
            > as ::idlbind::FromJs>::from_js(value)
                .map(Self::ByteStringByteStringRecord);
        }
        ::std::result::Result::Err(value)
    }
}
/// ```webidl
/// typedef (Node or DOMString) NodeOrString;
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum NodeOrString {
    /// `Node`
    Node(Node),
    /// `DOMString`
    DomString(::std::string::String),
}
impl ::std::convert::From<Node> for NodeOrString {
    fn from(value: Node) -> Self {
        Self::Node(value)
    }
}
impl ::std::convert::From<&Node> for NodeOrString {
    fn from(value: &Node) -> Self {
        Self::Node(::std::clone::Clone::clone(value))
    }
}
impl ::std::convert::From<::std::string::String> for NodeOrString {
    fn from(value: ::std::string::String) -> Self {
        Self::DomString(value)
    }
}
impl ::std::convert::From<&str> for NodeOrString {
    fn from(value: &str) -> Self {
        Self::DomString(::std::string::String::from(value))
    }
}
impl ::idlbind::ToJs for NodeOrString {
    fn to_js(&self) -> ::idlbind::JsValue {
        match self {
            Self::Node(value) => ::idlbind::ToJs::to_js(value),
            Self::DomString(value) => ::idlbind::ToJs::to_js(value),
        }
    }
}
impl ::idlbind::FromJs for NodeOrString {
    fn from_js(
        value: ::idlbind::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
        if let ::std::option::Option::Some(text) = value.as_string() {
            return ::std::result::Result::Ok(Self::DomString(text));
        }
        if ::idlbind::JsCast::has_type::<Node>(&value) {
            return ::std::result::Result::Ok(
                Self::Node(::idlbind::JsCast::unchecked_into(value)),
            );
        }
        ::std::result::Result::Ok(
            Self::DomString(::idlbind::__private::js_to_string(&value)),
        )
    }
}
/// The Web IDL union type:
///
/// ```webidl
/// (Node or DOMString)
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum NodeOrDomString {
    /// `Node`
    Node(Node),
    /// `DOMString`
    DomString(::std::string::String),
}
impl ::std::convert::From<Node> for NodeOrDomString {
    fn from(value: Node) -> Self {
        Self::Node(value)
    }
}
impl ::std::convert::From<&Node> for NodeOrDomString {
    fn from(value: &Node) -> Self {
        Self::Node(::std::clone::Clone::clone(value))
    }
}
impl ::std::convert::From<::std::string::String> for NodeOrDomString {
    fn from(value: ::std::string::String) -> Self {
        Self::DomString(value)
    }
}
impl ::std::convert::From<&str> for NodeOrDomString {
    fn from(value: &str) -> Self {
        Self::DomString(::std::string::String::from(value))
    }
}
impl ::idlbind::ToJs for NodeOrDomString {
    fn to_js(&self) -> ::idlbind::JsValue {
        match self {
            Self::Node(value) => ::idlbind::ToJs::to_js(value),
            Self::DomString(value) => ::idlbind::ToJs::to_js(value),
        }
    }
}
impl ::idlbind::FromJs for NodeOrDomString {
    fn from_js(
        value: ::idlbind::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
        if let ::std::option::Option::Some(text) = value.as_string() {
            return ::std::result::Result::Ok(Self::DomString(text));
        }
        if ::idlbind::JsCast::has_type::<Node>(&value) {
            return ::std::result::Result::Ok(
                Self::Node(::idlbind::JsCast::unchecked_into(value)),
            );
        }
        ::std::result::Result::Ok(
            Self::DomString(::idlbind::__private::js_to_string(&value)),
        )
    }
}
/// The Web IDL union type:
///
/// ```webidl
/// (long or DOMString or (Bag or boolean))
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum LongOrDomStringOrBagOrBoolean {
    /// `long`
    Long(i32),
    /// `DOMString`
    DomString(::std::string::String),
    /// `Bag`
    Bag(Bag),
    /// `boolean`
    Boolean(bool),
}
impl ::std::convert::From<i32> for LongOrDomStringOrBagOrBoolean {
    fn from(value: i32) -> Self {
        Self::Long(value)
    }
}
impl ::std::convert::From<::std::string::String> for LongOrDomStringOrBagOrBoolean {
    fn from(value: ::std::string::String) -> Self {
        Self::DomString(value)
    }
}
impl ::std::convert::From<&str> for LongOrDomStringOrBagOrBoolean {
    fn from(value: &str) -> Self {
        Self::DomString(::std::string::String::from(value))
    }
}
impl ::std::convert::From<Bag> for LongOrDomStringOrBagOrBoolean {
    fn from(value: Bag) -> Self {
        Self::Bag(value)
    }
}
impl ::std::convert::From<bool> for LongOrDomStringOrBagOrBoolean {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}
impl ::idlbind::ToJs for LongOrDomStringOrBagOrBoolean {
    fn to_js(&self) -> ::idlbind::JsValue {
        match self {
            Self::Long(value) => ::idlbind::ToJs::to_js(value),
            Self::DomString(value) => ::idlbind::ToJs::to_js(value),
            Self::Bag(value) => ::idlbind::ToJs::to_js(value),
            Self::Boolean(value) => ::idlbind::ToJs::to_js(value),
        }
    }
}
impl ::idlbind::FromJs for LongOrDomStringOrBagOrBoolean {
    fn from_js(
        value: ::idlbind::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
        if let ::std::option::Option::Some(value) = value.as_bool() {
            return ::std::result::Result::Ok(Self::Boolean(value));
        }
        if let ::std::option::Option::Some(number) = value.as_f64() {
            return ::std::result::Result::Ok(Self::Long(number as i32));
        }
        if let ::std::option::Option::Some(text) = value.as_string() {
            return ::std::result::Result::Ok(Self::DomString(text));
        }
        if value.is_object() || value.is_null() || value.is_undefined() {
            return <Bag as ::idlbind::FromJs>::from_js(value).map(Self::Bag);
        }
        ::std::result::Result::Ok(
            Self::DomString(::idlbind::__private::js_to_string(&value)),
        )
    }
}
/// The Web IDL union type:
///
/// ```webidl
/// (Node or long)
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum NodeOrLong {
    /// `Node`
    Node(Node),
    /// `long`
    Long(i32),
}
impl ::std::convert::From<Node> for NodeOrLong {
    fn from(value: Node) -> Self {
        Self::Node(value)
    }
}
impl ::std::convert::From<&Node> for NodeOrLong {
    fn from(value: &Node) -> Self {
        Self::Node(::std::clone::Clone::clone(value))
    }
}
impl ::std::convert::From<i32> for NodeOrLong {
    fn from(value: i32) -> Self {
        Self::Long(value)
    }
}
impl ::idlbind::ToJs for NodeOrLong {
    fn to_js(&self) -> ::idlbind::JsValue {
        match self {
            Self::Node(value) => ::idlbind::ToJs::to_js(value),
            Self::Long(value) => ::idlbind::ToJs::to_js(value),
        }
    }
}
impl ::idlbind::FromJs for NodeOrLong {
    fn from_js(
        value: ::idlbind::JsValue,
    ) -> ::std::result::Result<Self, ::idlbind::JsValue> {
        if let ::std::option::Option::Some(number) = value.as_f64() {
            return ::std::result::Result::Ok(Self::Long(number as i32));
        }
        if ::idlbind::JsCast::has_type::<Node>(&value) {
            return ::std::result::Result::Ok(
                Self::Node(::idlbind::JsCast::unchecked_into(value)),
            );
        }
        ::std::result::Result::Ok(
            Self::Long(::idlbind::__private::js_to_number(&value) as i32),
        )
    }
}
/// ```webidl
/// dictionary Bag
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Bag {
    /// `DOMString name`
    pub name: ::std::option::Option<::std::string::String>,
}
::idlbind::__private::dictionary! {
    Bag { name : ::std::string::String = optional read __idlbind_read_Bag_0; } default;
    inline_js =
    "export function __idlbind_build_Bag(v0){const o={};if(v0!==undefined)o[\"name\"]=v0;return o;}export function __idlbind_read_Bag_0(o){const v=o[\"name\"];return v===undefined?undefined:`${v}`;}";
    fn __idlbind_build_Bag(v0 : ::std::option::Option < & str >,); to_js(str name
    optional,);
}
