::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=(Window,Worker)] interface Response"] #[doc
    = " ```"] #[doc = ""] #[doc = " Exposed in: Window, Worker."] type Response =
    "Response"[] convert; caught {} unexpected { (static_method_of = Response, js_class =
    "Response", js_name = "json") fn __idl_static_json_0(__arg0 : & ::idlbind::JsValue)
    -> Response; (static_method_of = Response, js_class = "Response", js_name = "json")
    fn __idl_static_json_1(__arg0 : & ::idlbind::JsValue, __arg1 : ::idlbind::JsValue) ->
    Response; (method, js_class = "Response", js_name = "status", getter) fn
    __idl_status(this : & Response,) -> u16; } promised {
    "export function __idl_Response__json(o){try{return Promise.resolve(o[\"json\"]())}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Response", js_name = "json") fn __idl_Response__json(this : & Response,)
    -> ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    Response; fn #[doc = " ```webidl"] #[doc =
    " [NewObject] static Response json(any data, optional ResponseInit init = {});"]
    #[doc = " ```"] static_json(data : & ::idlbind::JsValue) -> Response {
    ::idlbind::__private::no_throw!(Self::__idl_static_json_0(data), "Response.json") }
    fn [with static_json] #[doc = " ```webidl"] #[doc =
    " [NewObject] static Response json(any data, optional ResponseInit init = {});"]
    #[doc = " ```"] static_json_with['a] (data : & ::idlbind::JsValue, init : impl
    ::std::convert::Into < ::std::option::Option < & 'a ResponseInit >>) -> Response {
    let init = ::std::convert::Into::into(init); if let ::std::option::Option::Some(init)
    = init { let init = { let __value = init; ::idlbind::ToJs::to_js(__value) };
    ::idlbind::__private::no_throw!(Self::__idl_static_json_1(data, init),
    "Response.json") } else {
    ::idlbind::__private::no_throw!(Self::__idl_static_json_0(data), "Response.json") } }
    fn #[doc = " ```webidl"] #[doc = " readonly attribute unsigned short status;"] #[doc
    = " ```"] status(& self,) -> u16 { ::idlbind::__private::no_throw!(self
    .__idl_status(), "Response.status") } fn #[doc = " ```webidl"] #[doc =
    " [NewObject] Promise<any> json();"] #[doc = " ```"] json(& self,) ->
    ::idlbind::Promise < ::idlbind::JsValue > {
    ::idlbind::Promise::from_js_promise(__idl_Response__json(self,)) }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=X, Transferable] interface ReadableStream"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: *."] type ReadableStream =
    "ReadableStream"[] convert; caught {} unexpected { (static_method_of =
    ReadableStream, js_class = "ReadableStream", js_name = "from") fn __idl_from(__arg0 :
    ::idlbind::JsValue) -> ReadableStream; (method, js_class = "ReadableStream", js_name
    = "getReader") fn __idl_get_reader(this : & ReadableStream,) ->
    ReadableStreamDefaultReader; }
}
::idlbind::__private::methods! {
    ReadableStream; fn #[doc = " ```webidl"] #[doc =
    " static ReadableStream from(sequence <any> asyncIterable);"] #[doc = " ```"]
    from(async_iterable : impl ::std::iter::IntoIterator < Item = impl
    ::std::borrow::Borrow < ::idlbind::JsValue > >) -> ReadableStream { let
    async_iterable = { let __value = async_iterable;
    ::idlbind::__private::sequence_map(__value, ::idlbind::__private::borrowed_to_js:: <
    ::idlbind::JsValue, _ >) };
    ::idlbind::__private::no_throw!(Self::__idl_from(async_iterable),
    "ReadableStream.from") } fn #[doc = " ```webidl"] #[doc =
    " ReadableStreamDefaultReader getReader();"] #[doc = " ```"] get_reader(& self,) ->
    ReadableStreamDefaultReader { ::idlbind::__private::no_throw!(self
    .__idl_get_reader(), "ReadableStream.getReader") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=X] interface ReadableStreamDefaultReader"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: *."] type
    ReadableStreamDefaultReader = "ReadableStreamDefaultReader"[] convert; caught {}
    promised {
    "export function __idl_ReadableStreamDefaultReader__read(o){try{return Promise.resolve(o[\"read\"]())}catch(e){return Promise.reject(e)}}"(method,
    js_class = "ReadableStreamDefaultReader", js_name = "read") fn
    __idl_ReadableStreamDefaultReader__read(this : & ReadableStreamDefaultReader,) ->
    ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    ReadableStreamDefaultReader; fn #[doc = " ```webidl"] #[doc =
    " Promise<ReadableStreamReadResult> read();"] #[doc = " ```"] read(& self,) ->
    ::idlbind::Promise < ReadableStreamReadResult > {
    ::idlbind::Promise::from_js_promise(__idl_ReadableStreamDefaultReader__read(self,)) }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=X] interface Shapes"] #[doc = " ```"] #[doc
    = ""] #[doc = " Exposed in: *."] type Shapes = "Shapes"[] convert; caught {
    (constructor, js_class = "Shapes") fn __idl_new() -> Shapes; } unexpected { (method,
    js_class = "Shapes", js_name = "echo") fn __idl_echo(this : & Shapes, __arg0 :
    ::idlbind::JsValue) -> ::idlbind::JsValue; (method, js_class = "Shapes", js_name =
    "echoCondition") fn __idl_echo_condition(this : & Shapes, __arg0 :
    ::idlbind::JsValue) -> ::idlbind::JsValue; (method, js_class = "Shapes", js_name =
    "split") fn __idl_split(this : & Shapes, __arg0 : ::idlbind::JsValue) -> (); (method,
    js_class = "Shapes", js_name = "max", getter) fn __idl_max(this : & Shapes,) -> f64;
    (method, js_class = "Shapes", js_name = "max", setter) fn __idl_set_max(this : &
    Shapes, __arg0 : f64) -> (); (method, js_class = "Shapes", js_name = "marginTop",
    getter) fn __idl_margin_top(this : & Shapes,) -> ::std::string::String; (method,
    js_class = "Shapes", js_name = "marginTop", setter) fn __idl_set_margin_top(this : &
    Shapes, __arg0 : & str) -> (); (method, js_class = "Shapes", js_name = "current",
    getter) fn __idl_current(this : & Shapes,) -> ::idlbind::JsValue; (method, js_class =
    "Shapes", js_name = "toJSON") fn __idl_to_json(this : & Shapes,) ->
    ::idlbind::JsValue; (method, js_class = "Shapes", js_name = "last", getter) fn
    __idl_last(this : & Shapes,) -> ::std::string::String; } promised {
    "export function __idl_Shapes__find(o,a0){try{return Promise.resolve(o[\"find\"](a0))}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Shapes", js_name = "find") fn __idl_Shapes__find(this : & Shapes, __arg0
    : & str) -> ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    Shapes; fn #[doc = " ```webidl"] #[doc = " constructor();"] #[doc = " ```"] new()
    [throws Shapes] { ::idlbind::__private::throws(Self::__idl_new()) } fn #[doc =
    " ```webidl"] #[doc = " Descriptor echo(Descriptor descriptor);"] #[doc = " ```"]
    echo(& self, descriptor : & Descriptor) -> Descriptor { let descriptor = { let
    __value = descriptor; ::idlbind::ToJs::to_js(__value) };
    ::idlbind::__private::returned:: < Descriptor > (::idlbind::__private::no_throw!(self
    .__idl_echo(descriptor), "Shapes.echo"), "Shapes.echo", "Descriptor") } fn #[doc =
    " ```webidl"] #[doc = " RouterCondition echoCondition(RouterCondition condition);"]
    #[doc = " ```"] echo_condition(& self, condition : & RouterCondition) ->
    RouterCondition { let condition = { let __value = condition;
    ::idlbind::ToJs::to_js(__value) }; ::idlbind::__private::returned:: < RouterCondition
    > (::idlbind::__private::no_throw!(self.__idl_echo_condition(condition),
    "Shapes.echoCondition"), "Shapes.echoCondition", "RouterCondition") } fn #[doc =
    " ```webidl"] #[doc =
    " undefined split(( unsigned long or sequence< unsigned long>) splits);"] #[doc =
    " ```"] split(& self, splits : impl ::idlbind::UnionArgument <
    UnsignedLongOrUnsignedLongSequence >) { let splits = { let __value = splits;
    ::idlbind::ToJs::to_js(& ::idlbind::UnionArgument:: <
    UnsignedLongOrUnsignedLongSequence > ::into_union(__value)) };
    ::idlbind::__private::no_throw!(self.__idl_split(splits), "Shapes.split") } fn #[doc
    = " ```webidl"] #[doc = " [ReflectDefault=XXX] attribute double max;"] #[doc =
    " ```"] max(& self,) -> f64 { ::idlbind::__private::no_throw!(self.__idl_max(),
    "Shapes.max") } fn #[doc = " ```webidl"] #[doc =
    " [ReflectDefault=XXX] attribute double max;"] #[doc = " ```"] set_max(& self, value
    : f64) { let value = ::idlbind::__private::finite_f64(value, "Shapes.max");
    ::idlbind::__private::no_throw!(self.__idl_set_max(value), "Shapes.max") } fn #[doc =
    " ```webidl"] #[doc = " attribute CSSOMString marginTop;"] #[doc = " ```"]
    margin_top(& self,) -> ::std::string::String { ::idlbind::__private::no_throw!(self
    .__idl_margin_top(), "Shapes.marginTop") } fn #[doc = " ```webidl"] #[doc =
    " attribute CSSOMString marginTop;"] #[doc = " ```"] set_margin_top(& self, value : &
    str) { ::idlbind::__private::no_throw!(self.__idl_set_margin_top(value),
    "Shapes.marginTop") } fn #[doc = " ```webidl"] #[doc =
    " Promise<Descriptor?> find(DOMString name);"] #[doc = " ```"] find(& self, name : &
    str) -> ::idlbind::Promise < ::std::option::Option < Descriptor > > {
    ::idlbind::Promise::from_js_promise(__idl_Shapes__find(self, name)) } fn #[doc =
    " ```webidl"] #[doc = " readonly attribute Descriptor? current;"] #[doc = " ```"]
    current(& self,) -> ::std::option::Option < Descriptor > {
    ::idlbind::__private::returned:: < ::std::option::Option < Descriptor > >
    (::idlbind::__private::no_throw!(self.__idl_current(), "Shapes.current"),
    "Shapes.current", "Descriptor?") } fn #[doc = " ```webidl"] #[doc =
    " [Default] Descriptor toJSON();"] #[doc = " ```"] to_json(& self,) -> Descriptor {
    ::idlbind::__private::returned:: < Descriptor > (::idlbind::__private::no_throw!(self
    .__idl_to_json(), "Shapes.toJSON"), "Shapes.toJSON", "Descriptor") } fn #[doc =
    " ```webidl"] #[doc = " readonly attribute DOMString last;"] #[doc = " ```"] last(&
    self,) -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_last(),
    "Shapes.last") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Global=Window, Exposed=Window] interface Window"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: Window."] type Window = "Window"[]
    convert; caught {} unexpected { (method, js_class = "Window", js_name =
    "postMessage") fn __idl_post_message(this : & Window, __arg0 : & ::idlbind::JsValue,
    __arg1 : & str) -> (); (method, js_class = "Window", js_name = "self", getter) fn
    __idl_self(this : & Window,) -> Window; (method, js_class = "Window", js_name =
    "btoa") fn __idl_btoa(this : & Window, __arg0 : & str) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    Window; fn #[doc = " ```webidl"] #[doc =
    " undefined postMessage(any message, USVString targetOrigin);"] #[doc = " ```"]
    post_message(& self, message : & ::idlbind::JsValue, target_origin : & str) {
    ::idlbind::__private::no_throw!(self.__idl_post_message(message, target_origin),
    "Window.postMessage") } fn #[doc = " ```webidl"] #[doc =
    " readonly attribute WindowProxy self;"] #[doc = " ```"] self_(& self,) -> Window {
    ::idlbind::__private::no_throw!(self.__idl_self(), "Window.self") } fn #[doc =
    " ```webidl"] #[doc = " DOMString btoa(DOMString data);"] #[doc = " ```"] #[doc = ""]
    #[doc = " From the interface mixin `WindowOrWorkerGlobalScope`."] btoa(& self, data :
    & str) -> ::std::string::String { ::idlbind::__private::no_throw!(self
    .__idl_btoa(data), "Window.btoa") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Global=(Worker,DedicatedWorker), Exposed=DedicatedWorker] interface DedicatedWorkerGlobalScope"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: DedicatedWorker."] type
    DedicatedWorkerGlobalScope = "DedicatedWorkerGlobalScope"[] convert; caught {}
    unexpected { (method, js_class = "DedicatedWorkerGlobalScope", js_name =
    "postMessage") fn __idl_post_message(this : & DedicatedWorkerGlobalScope, __arg0 : &
    ::idlbind::JsValue) -> (); (method, js_class = "DedicatedWorkerGlobalScope", js_name
    = "close") fn __idl_close(this : & DedicatedWorkerGlobalScope,) -> (); (method,
    js_class = "DedicatedWorkerGlobalScope", js_name = "btoa") fn __idl_btoa(this : &
    DedicatedWorkerGlobalScope, __arg0 : & str) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    DedicatedWorkerGlobalScope; fn #[doc = " ```webidl"] #[doc =
    " undefined postMessage(any message);"] #[doc = " ```"] post_message(& self, message
    : & ::idlbind::JsValue) { ::idlbind::__private::no_throw!(self
    .__idl_post_message(message), "DedicatedWorkerGlobalScope.postMessage") } fn #[doc =
    " ```webidl"] #[doc = " undefined close();"] #[doc = " ```"] close(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_close(),
    "DedicatedWorkerGlobalScope.close") } fn #[doc = " ```webidl"] #[doc =
    " DOMString btoa(DOMString data);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] btoa(& self, data : & str)
    -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_btoa(data),
    "DedicatedWorkerGlobalScope.btoa") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=Window] interface Navigator"] #[doc =
    " ```"] #[doc = ""] #[doc = " Exposed in: Window."] type Navigator = "Navigator"[]
    convert; caught {} unexpected { (method, js_class = "Navigator", js_name = "appName",
    getter) fn __idl_app_name(this : & Navigator,) -> ::std::string::String; (method,
    js_class = "Navigator", js_name = "productSub", getter) fn __idl_product_sub(this : &
    Navigator,) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    Navigator; fn #[doc = " ```webidl"] #[doc = " readonly attribute DOMString appName;"]
    #[doc = " ```"] #[doc = ""] #[doc = " From the interface mixin `NavigatorID`."]
    app_name(& self,) -> ::std::string::String { ::idlbind::__private::no_throw!(self
    .__idl_app_name(), "Navigator.appName") } fn #[doc = " ```webidl"] #[doc =
    " [Exposed=Window] readonly attribute DOMString productSub;"] #[doc = " ```"] #[doc =
    ""] #[doc = " From the interface mixin `NavigatorID`."] #[doc = ""] #[doc =
    " Exposed in: Window."] product_sub(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_product_sub(), "Navigator.productSub") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=Worker] interface WorkerNavigator"] #[doc =
    " ```"] #[doc = ""] #[doc = " Exposed in: Worker."] type WorkerNavigator =
    "WorkerNavigator"[] convert; caught {} unexpected { (method, js_class =
    "WorkerNavigator", js_name = "appName", getter) fn __idl_app_name(this : &
    WorkerNavigator,) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    WorkerNavigator; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute DOMString appName;"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `NavigatorID`."] app_name(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_app_name(),
    "WorkerNavigator.appName") }
}
///  The members of `Window` as free functions on `globalThis`, for code running in that global.
#[allow(non_snake_case)]
pub mod window {
    #[allow(unused_imports)]
    use super::*;
    /// ```webidl
    /// undefined postMessage(any message, USVString targetOrigin);
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn post_message(message: &::idlbind::JsValue, target_origin: &str) {
        let this: Window = ::idlbind::JsCast::unchecked_into(
            ::idlbind::__private::js_sys::global(),
        );
        this.post_message(message, target_origin)
    }
    /// ```webidl
    /// readonly attribute WindowProxy self;
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn self_() -> Window {
        let this: Window = ::idlbind::JsCast::unchecked_into(
            ::idlbind::__private::js_sys::global(),
        );
        this.self_()
    }
    /// ```webidl
    /// DOMString btoa(DOMString data);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn btoa(data: &str) -> ::std::string::String {
        let this: Window = ::idlbind::JsCast::unchecked_into(
            ::idlbind::__private::js_sys::global(),
        );
        this.btoa(data)
    }
}
///  The members of `DedicatedWorkerGlobalScope` as free functions on `globalThis`, for code running in that global.
#[allow(non_snake_case)]
pub mod dedicated_worker_global_scope {
    #[allow(unused_imports)]
    use super::*;
    /// ```webidl
    /// undefined postMessage(any message);
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn post_message(message: &::idlbind::JsValue) {
        let this: DedicatedWorkerGlobalScope = ::idlbind::JsCast::unchecked_into(
            ::idlbind::__private::js_sys::global(),
        );
        this.post_message(message)
    }
    /// ```webidl
    /// undefined close();
    /// ```
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn close() {
        let this: DedicatedWorkerGlobalScope = ::idlbind::JsCast::unchecked_into(
            ::idlbind::__private::js_sys::global(),
        );
        this.close()
    }
    /// ```webidl
    /// DOMString btoa(DOMString data);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn btoa(data: &str) -> ::std::string::String {
        let this: DedicatedWorkerGlobalScope = ::idlbind::JsCast::unchecked_into(
            ::idlbind::__private::js_sys::global(),
        );
        this.btoa(data)
    }
}
/// ```webidl
/// [Exposed=(Window, Worker), SecureContext] namespace GPUBufferUsage
/// ```
///
/// Exposed in: Window, Worker.
/// Only in secure contexts (HTTPS, localhost).
#[allow(non_snake_case)]
pub mod gpu_buffer_usage {
    #[allow(unused_imports)]
    use super::*;
    ::idlbind::__private::imports! {
        #[doc = " ```webidl"] #[doc =
        " [Exposed=(Window, Worker), SecureContext] namespace GPUBufferUsage"] #[doc =
        " ```"] #[doc = ""] #[doc = " Exposed in: Window, Worker."] #[doc =
        " Only in secure contexts (HTTPS, localhost)."] #[doc(hidden)] type Namespace =
        "GPUBufferUsage"[]; caught {}
    }
    ::idlbind::__private::methods! {
        Namespace; const #[doc = " ```webidl"] #[doc =
        " const GPUFlagsConstant MAP_READ = 0x0001;"] #[doc = " ```"] MAP_READ : u32 = 1;
        const #[doc = " ```webidl"] #[doc =
        " const GPUFlagsConstant MAP_WRITE = 0x0002;"] #[doc = " ```"] MAP_WRITE : u32 =
        2; const #[doc = " ```webidl"] #[doc =
        " const GPUFlagsConstant INDIRECT = 0x0100;"] #[doc = " ```"] INDIRECT : u32 =
        256;
    }
    /// ```webidl
    /// const GPUFlagsConstant MAP_READ = 0x0001;
    /// ```
    pub const MAP_READ: u32 = Namespace::MAP_READ;
    /// ```webidl
    /// const GPUFlagsConstant MAP_WRITE = 0x0002;
    /// ```
    pub const MAP_WRITE: u32 = Namespace::MAP_WRITE;
    /// ```webidl
    /// const GPUFlagsConstant INDIRECT = 0x0100;
    /// ```
    pub const INDIRECT: u32 = Namespace::INDIRECT;
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (unsigned long or sequence<unsigned long>)"] #[doc = " ```"] enum
    UnsignedLongOrUnsignedLongSequence[PartialEq,] { #[doc = " `unsigned long`"]
    UnsignedLong(u32) : plain, #[doc = " `sequence<unsigned long>`"]
    UnsignedLongSequence(::std::vec::Vec < u32 >) : plain, } unscoped; from_js { number
    UnsignedLong(u32); iterable UnsignedLongSequence(::std::vec::Vec < u32 >); } else
    number UnsignedLong(u32)
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary ResponseInit"] #[doc = " ```"] struct
    ResponseInit[PartialEq,] { #[doc = " `unsigned short status = 200`"] status : u16 =
    (200) => get __get_0 "status"; #[doc = " `ByteString statusText = \"\"`"] status_text
    : ::std::string::String = (::std::string::String::from("")) => get __get_1
    "statusText"; } default; inline_js =
    "export function __idlbind_build_ResponseInit(v0,v1){const o={\"status\":v0,\"statusText\":v1};return o;}";
    to_js fn __idlbind_build_ResponseInit(v0 : u16 = value status, v1 : & str =
    byte_string status_text "ResponseInit.statusText",);
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary ReadableStreamReadResult"] #[doc = " ```"]
    struct ReadableStreamReadResult[PartialEq,] { #[doc = " `any value`"] value ? :
    ::idlbind::JsValue => get __get_0 "value"; #[doc = " `boolean done`"] done ? : bool
    => read __idlbind_read_ReadableStreamReadResult_1; } default; inline_js =
    "export function __idlbind_build_ReadableStreamReadResult(v0,v1){const o={};if(v0!==undefined)o[\"done\"]=v0;if(v1!==undefined)o[\"value\"]=v1;return o;}export function __idlbind_read_ReadableStreamReadResult_1(o){const v=o[\"done\"];return v===undefined?undefined:!!v;}";
    to_js fn __idlbind_build_ReadableStreamReadResult(v0 ? : bool = value done optional,
    v1 & JsValue = js_ref value optional,);
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary Descriptor"] #[doc = " ```"] struct
    Descriptor[PartialEq,] { #[doc = " `required sequence< unsigned long> shape`"] shape
    : ::std::vec::Vec < u32 > = required => get __get_0 "shape"; #[doc =
    " `required unsigned short id`"] id : u16 = required => get __get_1 "id"; #[doc =
    " `CSSOMString name = \"\"`"] name : ::std::string::String =
    (::std::string::String::from("")) => read_or_default __idlbind_read_Descriptor_2;
    #[doc = " `bigint changeId = 0`"] change_id : ::idlbind::__private::js_sys::BigInt =
    (::idlbind::__private::js_sys::BigInt::from(0 as i64)) => get __get_3 "changeId";
    #[doc = " `Shapes owner = null`"] owner ? : Shapes => get __get_4 "owner"; }
    new(shape : ::std::vec::Vec < u32 >, id : u16); inline_js =
    "export function __idlbind_build_Descriptor(v0,v1,v2,v3,v4){const o={\"changeId\":v0,\"id\":v1,\"name\":v2};if(v3!==undefined)o[\"owner\"]=v3;o[\"shape\"]=v4;return o;}export function __idlbind_read_Descriptor_2(o){const v=o[\"name\"];return v===undefined?\"\":`${v}`;}";
    to_js fn __idlbind_build_Descriptor(v0 & JsValue = js_ref change_id, v1 : u16 = value
    id, v2 : & str = str name, v3 & JsValue = js_ref owner optional, v4 & JsValue = to_js
    shape,);
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary RouterCondition"] #[doc = " ```"] struct
    RouterCondition[PartialEq,] { #[doc = " `DOMString urlPattern`"] url_pattern ? :
    ::std::string::String => read __idlbind_read_RouterCondition_0; #[doc =
    " `sequence<RouterCondition> _or`"] or ? : ::std::vec::Vec < RouterCondition > => get
    __get_1 "or"; #[doc = " `RouterCondition not`"] not ? : ::std::boxed::Box <
    RouterCondition > => get __get_2 "not"; } default; inline_js =
    "export function __idlbind_build_RouterCondition(v0,v1,v2){const o={};if(v0!==undefined)o[\"not\"]=v0;if(v1!==undefined)o[\"or\"]=v1;if(v2!==undefined)o[\"urlPattern\"]=v2;return o;}export function __idlbind_read_RouterCondition_0(o){const v=o[\"urlPattern\"];return v===undefined?undefined:`${v}`;}";
    to_js fn __idlbind_build_RouterCondition(v0 & JsValue = to_js not optional, v1 &
    JsValue = to_js or optional, v2 ? : & str = str url_pattern optional,);
}
/// ```webidl
/// readonly attribute WindowProxy self;
/// ```
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn self_() -> Window {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.self_()
}
/// ```webidl
/// DOMString btoa(DOMString data);
/// ```
///
/// From the interface mixin `WindowOrWorkerGlobalScope`.
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn btoa(data: &str) -> ::std::string::String {
    let this: Window = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.btoa(data)
}
/// ```webidl
/// undefined close();
/// ```
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn close() {
    let this: DedicatedWorkerGlobalScope = ::idlbind::JsCast::unchecked_into(
        ::idlbind::__private::js_sys::global(),
    );
    this.close()
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface mixin WindowOrWorkerGlobalScope"] #[doc =
    " ```"] #[doc(hidden)] type __WindowOrWorkerGlobalScopeMembers =
    "WindowOrWorkerGlobalScope"[]; caught {} unexpected { (method, js_class =
    "WindowOrWorkerGlobalScope", js_name = "btoa") fn __idl_btoa(this : &
    __WindowOrWorkerGlobalScopeMembers, __arg0 : & str) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    __WindowOrWorkerGlobalScopeMembers; fn #[doc = " ```webidl"] #[doc =
    " DOMString btoa(DOMString data);"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] btoa(& self, data : & str)
    -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_btoa(data),
    "WindowOrWorkerGlobalScope.btoa") }
}
/// ```webidl
/// interface mixin WindowOrWorkerGlobalScope
/// ```
pub trait WindowOrWorkerGlobalScope: ::std::convert::AsRef<::idlbind::JsValue> {
    /// ```webidl
    /// DOMString btoa(DOMString data);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn btoa(&self, data: &str) -> ::std::string::String {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.btoa(data)
    }
}
impl WindowOrWorkerGlobalScope for Window {}
impl WindowOrWorkerGlobalScope for DedicatedWorkerGlobalScope {}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface mixin NavigatorID"] #[doc = " ```"]
    #[doc(hidden)] type __NavigatorIdMembers = "NavigatorID"[]; caught {} unexpected {
    (method, js_class = "NavigatorID", js_name = "appName", getter) fn
    __idl_app_name(this : & __NavigatorIdMembers,) -> ::std::string::String; (method,
    js_class = "NavigatorID", js_name = "productSub", getter) fn __idl_product_sub(this :
    & __NavigatorIdMembers,) -> ::std::string::String; }
}
::idlbind::__private::methods! {
    __NavigatorIdMembers; fn #[doc = " ```webidl"] #[doc =
    " readonly attribute DOMString appName;"] #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `NavigatorID`."] app_name(& self,) ->
    ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_app_name(),
    "NavigatorID.appName") } fn #[doc = " ```webidl"] #[doc =
    " [Exposed=Window] readonly attribute DOMString productSub;"] #[doc = " ```"] #[doc =
    ""] #[doc = " From the interface mixin `NavigatorID`."] #[doc = ""] #[doc =
    " Exposed in: Window."] product_sub(& self,) -> ::std::string::String {
    ::idlbind::__private::no_throw!(self.__idl_product_sub(), "NavigatorID.productSub") }
}
/// ```webidl
/// interface mixin NavigatorID
/// ```
pub trait NavigatorId: ::std::convert::AsRef<::idlbind::JsValue> {
    /// ```webidl
    /// readonly attribute DOMString appName;
    /// ```
    ///
    /// From the interface mixin `NavigatorID`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn app_name(&self) -> ::std::string::String {
        let this: &__NavigatorIdMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.app_name()
    }
    /// ```webidl
    /// [Exposed=Window] readonly attribute DOMString productSub;
    /// ```
    ///
    /// From the interface mixin `NavigatorID`.
    ///
    /// Exposed in: Window.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn product_sub(&self) -> ::std::string::String {
        let this: &__NavigatorIdMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.product_sub()
    }
}
impl NavigatorId for Navigator {}
impl NavigatorId for WorkerNavigator {}
