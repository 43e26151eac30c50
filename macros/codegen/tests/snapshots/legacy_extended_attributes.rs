::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)] interface HTMLImageElement"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: Window."] #[doc(alias =
    "HTMLImageElement")] type HtmlImageElement = "HTMLImageElement"[] convert; caught {
    (constructor, js_class = "Image") fn __idl_new_image_0() -> HtmlImageElement;
    (constructor, js_class = "Image") fn __idl_new_image_1(__arg0 : u32) ->
    HtmlImageElement; (constructor, js_class = "Image") fn __idl_new_image_2(__arg0 :
    ::std::option::Option < u32 >, __arg1 : u32) -> HtmlImageElement; } unexpected {
    (method, js_class = "HTMLImageElement", js_name = "src", getter) fn __idl_src(this :
    & HtmlImageElement,) -> ::std::string::String; (method, js_class =
    "HTMLImageElement", js_name = "src", setter) fn __idl_set_src(this : &
    HtmlImageElement, __arg0 : & str) -> (); }
}
::idlbind::__private::methods! {
    HtmlImageElement; fn #[doc = " ```webidl"] #[doc =
    " [CEReactions] attribute USVString src;"] #[doc = " ```"] src(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_src(),
    "HTMLImageElement.src") } fn #[doc = " ```webidl"] #[doc =
    " [CEReactions] attribute USVString src;"] #[doc = " ```"] set_src(& self, value : &
    str) { ::idlbind::__private::no_throw!(self.__idl_set_src(value),
    "HTMLImageElement.src") } fn #[doc = " ```webidl"] #[doc =
    " [LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)]"]
    #[doc = " ```"] new_image() [throws HtmlImageElement] {
    ::idlbind::__private::throws(Self::__idl_new_image_0()) } fn [with new_image] #[doc =
    " ```webidl"] #[doc =
    " [LegacyFactoryFunction=Image(optional unsigned long width, optional unsigned long height)]"]
    #[doc = " ```"] new_image_with(width : impl ::std::convert::Into <
    ::std::option::Option < u32 >>, height : impl ::std::convert::Into <
    ::std::option::Option < u32 >>) [throws HtmlImageElement] { let width =
    ::std::convert::Into::into(width); let height = ::std::convert::Into::into(height);
    if let ::std::option::Option::Some(height) = height {
    ::idlbind::__private::throws(Self::__idl_new_image_2(width, height)) } else { if let
    ::std::option::Option::Some(width) = width {
    ::idlbind::__private::throws(Self::__idl_new_image_1(width)) } else {
    ::idlbind::__private::throws(Self::__idl_new_image_0()) } } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Exposed=(Window,Worker), LegacyWindowAlias=(SVGMatrix, WebKitCSSMatrix)] interface DOMMatrix"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: Window, Worker."] #[doc(alias =
    "DOMMatrix")] type DomMatrix = "DOMMatrix"[] convert; caught { (constructor, js_class
    = "DOMMatrix") fn __idl_new_0() -> DomMatrix; (constructor, js_class = "DOMMatrix")
    fn __idl_new_1(__arg0 : ::idlbind::JsValue) -> DomMatrix; }
}
::idlbind::__private::methods! {
    DomMatrix; fn #[doc = " ```webidl"] #[doc =
    " constructor(optional (DOMString or sequence<unrestricted double>) init);"] #[doc =
    " ```"] new() [throws DomMatrix] { ::idlbind::__private::throws(Self::__idl_new_0())
    } fn [with new] #[doc = " ```webidl"] #[doc =
    " constructor(optional (DOMString or sequence<unrestricted double>) init);"] #[doc =
    " ```"] new_with(init : impl ::std::convert::Into < ::std::option::Option <
    DomStringOrUnrestrictedDoubleSequence >>) [throws DomMatrix] { let init =
    ::std::convert::Into::into(init); if let ::std::option::Option::Some(init) = init {
    let init = { let __value = init; ::idlbind::ToJs::to_js(& __value) };
    ::idlbind::__private::throws(Self::__idl_new_1(init)) } else {
    ::idlbind::__private::throws(Self::__idl_new_0()) } }
}
/// `SVGMatrix`: the legacy name of [`DomMatrix`] that the global object also has (`[LegacyWindowAlias]`).
#[doc(alias = "SVGMatrix")]
pub type SvgMatrix = DomMatrix;
/// `WebKitCSSMatrix`: the legacy name of [`DomMatrix`] that the global object also has (`[LegacyWindowAlias]`).
#[doc(alias = "WebKitCSSMatrix")]
pub type WebKitCssMatrix = DomMatrix;
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=Window] interface DOMTokenList"] #[doc =
    " ```"] #[doc = ""] #[doc = " Exposed in: Window."] #[doc(alias = "DOMTokenList")]
    type DomTokenList = "DOMTokenList"[] convert; caught {} unexpected { (method,
    js_class = "DOMTokenList", js_name = "value", getter) fn __idl_value(this : &
    DomTokenList,) -> ::std::string::String; (method, js_class = "DOMTokenList", js_name
    = "value", setter) fn __idl_set_value(this : & DomTokenList, __arg0 : & str) -> (); }
}
::idlbind::__private::methods! {
    DomTokenList; fn #[doc = " ```webidl"] #[doc = " attribute DOMString value;"] #[doc =
    " ```"] value(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_value(), "DOMTokenList.value") } fn #[doc
    = " ```webidl"] #[doc = " attribute DOMString value;"] #[doc = " ```"] set_value(&
    self, value : & str) { ::idlbind::__private::no_throw!(self.__idl_set_value(value),
    "DOMTokenList.value") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=Window] interface Element"] #[doc = " ```"]
    #[doc = ""] #[doc = " Exposed in: Window."] type Element = "Element"[] convert;
    caught {} unexpected { (method, js_class = "Element", js_name = "classList", getter)
    fn __idl_class_list(this : & Element,) -> DomTokenList; (method, js_class =
    "Element", js_name = "classList", setter) fn __idl_set_class_list(this : & Element,
    __arg0 : & str) -> (); }
}
::idlbind::__private::methods! {
    Element; fn #[doc = " ```webidl"] #[doc =
    " [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;"] #[doc
    = " ```"] class_list(& self,) -> DomTokenList { ::idlbind::__private::no_throw!(self
    .__idl_class_list(), "Element.classList") } fn #[doc = " ```webidl"] #[doc =
    " [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;"] #[doc
    = " ```"] set_class_list(& self, value : & str) {
    ::idlbind::__private::no_throw!(self.__idl_set_class_list(value),
    "Element.classList") }
}
#[doc(hidden)]
pub use web_assembly::Module;
#[allow(non_snake_case)]
pub mod web_assembly {
    #[allow(unused_imports)]
    use super::*;
    ::idlbind::__private::imports! {
        #[doc = " ```webidl"] #[doc =
        " [LegacyNamespace=WebAssembly, Exposed=X] interface Module"] #[doc = " ```"]
        #[doc = ""] #[doc = " Exposed in: *."] type Module = "Module"[js_namespace =
        "WebAssembly",] convert; caught { (constructor, js_class = "Module", js_namespace
        = "WebAssembly") fn __idl_new(__arg0 : ::idlbind::JsValue) -> Module; }
        unexpected { (static_method_of = Module, js_class = "Module", js_name =
        "exports", js_namespace = "WebAssembly") fn __idl_exports(__arg0 : & Module) ->
        ::idlbind::JsValue; }
    }
    ::idlbind::__private::methods! {
        Module; fn #[doc = " ```webidl"] #[doc = " constructor(BufferSource bytes);"]
        #[doc = " ```"] new(bytes : impl ::idlbind::BufferSource) [throws Module] { let
        __kept_bytes = bytes; let bytes = { let __value = & __kept_bytes;
        ::idlbind::BufferSource::buffer_view(& __value) };
        ::idlbind::__private::throws(Self::__idl_new(bytes)) } fn #[doc = " ```webidl"]
        #[doc = " static sequence<ModuleExportDescriptor> exports(Module moduleObject);"]
        #[doc = " ```"] exports(module_object : & Module) -> ::std::vec::Vec <
        ModuleExportDescriptor > { ::idlbind::__private::returned:: < ::std::vec::Vec <
        ModuleExportDescriptor > >
        (::idlbind::__private::no_throw!(Self::__idl_exports(module_object),
        "Module.exports"), "Module.exports", "sequence<ModuleExportDescriptor>") }
    }
}
::idlbind::__private::enumeration! {
    #[doc = " ```webidl"] #[doc =
    " enum ImportExportKind { \"function\", \"table\", \"memory\", \"global\", \"tag\" };"]
    #[doc = " ```"] enum ImportExportKind = "ImportExportKind" { Function = "function",
    Table = "table", Memory = "memory", Global = "global", Tag = "tag", }
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (DOMString or sequence<unrestricted double>)"] #[doc = " ```"] enum
    DomStringOrUnrestrictedDoubleSequence[PartialEq,] { #[doc = " `DOMString`"]
    DomString(::std::string::String) : string, #[doc =
    " `sequence<unrestricted double>`"] UnrestrictedDoubleSequence(::std::vec::Vec < f64
    >) : plain, } unscoped; from_js { string DomString(::std::string::String); iterable
    UnrestrictedDoubleSequence(::std::vec::Vec < f64 >); } else string DomString
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary ModuleExportDescriptor"] #[doc = " ```"]
    struct ModuleExportDescriptor[PartialEq,] { #[doc = " `required USVString name`"]
    name : ::std::string::String = required => read
    __idlbind_read_ModuleExportDescriptor_0; #[doc = " `required ImportExportKind kind`"]
    kind : ImportExportKind = required => index __idlbind_read_ModuleExportDescriptor_1
    "kind"; } new(name : ::std::string::String, kind : ImportExportKind); inline_js =
    "export function __idlbind_build_ModuleExportDescriptor(v0,v1){const o={\"kind\":v0,\"name\":v1};return o;}export function __idlbind_read_ModuleExportDescriptor_0(o){const v=o[\"name\"];return v===undefined?undefined:`${v}`;}export function __idlbind_read_ModuleExportDescriptor_1(o){const v=o[\"kind\"];if(v===undefined)return -1;switch(v){case \"function\":return 0;case \"table\":return 1;case \"memory\":return 2;case \"global\":return 3;case \"tag\":return 4;}return typeof v===\"string\"?-2:-3;}";
    to_js fn __idlbind_build_ModuleExportDescriptor(v0 & JsValue = to_js kind, v1 : & str
    = str name,);
}
