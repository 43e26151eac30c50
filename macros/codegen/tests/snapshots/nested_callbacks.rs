::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Window"] #[doc = " ```"] type Window =
    "Window"[] convert; caught { (method, js_class = "Window", js_name = "clearInterval")
    fn __idl_set_interval_unregister(this : & Window, __arg0 : i32) -> (); } unexpected {
    (method, js_class = "Window", js_name = "setTimeout", variadic) fn
    __idl_set_timeout(this : & Window, __arg0 : ::idlbind::JsValue, __arg1 : i32, __arg2
    : ::std::vec::Vec < ::idlbind::JsValue >) -> i32; (method, js_class = "Window",
    js_name = "setInterval", variadic) fn __idl_set_interval(this : & Window, __arg0 :
    ::idlbind::JsValue, __arg1 : i32, __arg2 : ::std::vec::Vec < ::idlbind::JsValue >) ->
    i32; (method, js_class = "Window", js_name = "clearInterval") fn
    __idl_clear_interval_0(this : & Window,) -> (); (method, js_class = "Window", js_name
    = "clearInterval") fn __idl_clear_interval_1(this : & Window, __arg0 : i32) -> (); }
}
::idlbind::__private::methods! {
    Window; fn #[doc = " ```webidl"] #[doc =
    " long setTimeout(TimerHandler handler, optional long timeout = 0, any... arguments);"]
    #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `handler` are called at most once: what each captured is dropped after the call, and they are freed when JavaScript no longer holds them."]
    set_timeout(& self, handler : impl ::std::convert::Into < TimerHandler >, timeout :
    i32, arguments : impl ::std::iter::IntoIterator < Item = impl ::std::borrow::Borrow <
    ::idlbind::JsValue > >) -> i32 { let mut __scope_handler =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Once);
    let __kept_handler : ::idlbind::JsValue = { let __public = handler; let __scope = &
    mut __scope_handler; { let __value = __public; ::idlbind::ToJs::to_js_in(&
    ::std::convert::Into:: < TimerHandler > ::into(__value), __scope) } }; let handler =
    __kept_handler; let arguments = { let __value = arguments;
    ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
    (::std::iter::IntoIterator::into_iter(__value)
    .map(::idlbind::__private::borrowed_to_js:: < ::idlbind::JsValue, _ >),) };
    ::idlbind::__private::no_throw!(self.__idl_set_timeout(handler, timeout, arguments),
    "Window.setTimeout") } fn #[doc = " ```webidl"] #[doc =
    " long setInterval(TimerHandler handler, optional long timeout = 0, any... arguments);"]
    #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `handler` are kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `clearInterval` with the result, then frees them (`forget()` keeps them for good)."]
    set_interval(& self, handler : impl ::std::convert::Into < TimerHandler >, timeout :
    i32, arguments : impl ::std::iter::IntoIterator < Item = impl ::std::borrow::Borrow <
    ::idlbind::JsValue > >) -> (i32, ::idlbind::CallbackGuard) { let mut __scope_handler
    =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Guard);
    let __kept_handler : ::idlbind::JsValue = { let __public = handler; let __scope = &
    mut __scope_handler; { let __value = __public; ::idlbind::ToJs::to_js_in(&
    ::std::convert::Into:: < TimerHandler > ::into(__value), __scope) } }; let handler =
    __kept_handler; let __value = { let arguments = { let __value = arguments;
    ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
    (::std::iter::IntoIterator::into_iter(__value)
    .map(::idlbind::__private::borrowed_to_js:: < ::idlbind::JsValue, _ >),) };
    ::idlbind::__private::no_throw!(self.__idl_set_interval(handler, timeout, arguments),
    "Window.setInterval") }; { let __this = ::std::clone::Clone::clone(self); let __id =
    __value; let __guard =
    ::idlbind::callback::__private::guard(::std::option::Option::map(::idlbind::callback::__private::scope_function(&
    __scope_handler), ::std::clone::Clone::clone), move || { let _ = __this
    .__idl_set_interval_unregister(__id); ::std::mem::drop(__scope_handler); },);
    (__value, __guard) } } fn #[doc = " ```webidl"] #[doc =
    " undefined clearInterval(optional long id = 0);"] #[doc = " ```"] #[doc = ""] #[doc
    = " From the interface mixin `WindowOrWorkerGlobalScope`."] clear_interval(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_clear_interval_0(),
    "Window.clearInterval") } fn [with clear_interval] #[doc = " ```webidl"] #[doc =
    " undefined clearInterval(optional long id = 0);"] #[doc = " ```"] #[doc = ""] #[doc
    = " From the interface mixin `WindowOrWorkerGlobalScope`."] clear_interval_with(&
    self, id : impl ::std::convert::Into < ::std::option::Option < i32 >>) { let id =
    ::std::convert::Into::into(id); if let ::std::option::Option::Some(id) = id {
    ::idlbind::__private::no_throw!(self.__idl_clear_interval_1(id),
    "Window.clearInterval") } else { ::idlbind::__private::no_throw!(self
    .__idl_clear_interval_0(), "Window.clearInterval") } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface ReadableStream"] #[doc = " ```"] type
    ReadableStream = "ReadableStream"[] convert; caught { (constructor, js_class =
    "ReadableStream") fn __idl_new_0() -> ReadableStream; (constructor, js_class =
    "ReadableStream") fn __idl_new_1(__arg0 : ::idlbind::JsValue) -> ReadableStream;
    (constructor, js_class = "ReadableStream") fn __idl_new_2(__arg0 :
    ::std::option::Option < ::idlbind::JsValue >, __arg1 : ::idlbind::JsValue) ->
    ReadableStream; }
}
::idlbind::__private::methods! {
    ReadableStream; fn #[doc = " ```webidl"] #[doc =
    " constructor(optional UnderlyingSource underlyingSource = {}, optional QueuingStrategy strategy = {});"]
    #[doc = " ```"] new() [throws ReadableStream] {
    ::idlbind::__private::throws(Self::__idl_new_0()) } fn [with new] #[doc =
    " ```webidl"] #[doc =
    " constructor(optional UnderlyingSource underlyingSource = {}, optional QueuingStrategy strategy = {});"]
    #[doc = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `underlying_source` are given to JavaScript: its garbage collector frees them with the function."]
    #[doc =
    " The closures in `strategy` are given to JavaScript: its garbage collector frees them with the function."]
    new_with['a] (underlying_source : impl ::std::convert::Into < ::std::option::Option <
    & 'a UnderlyingSource >>, strategy : impl ::std::convert::Into <
    ::std::option::Option < & 'a QueuingStrategy >>) [throws ReadableStream] { let mut
    __scope_underlying_source =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Owned);
    let underlying_source : ::std::option::Option < & UnderlyingSource > =
    ::std::convert::Into::into(underlying_source); let __kept_underlying_source :
    ::std::option::Option < ::idlbind::JsValue > =
    ::std::option::Option::map(underlying_source, | __public | { let __scope = & mut
    __scope_underlying_source; { let __value = __public;
    ::idlbind::ToJs::to_js_in(__value, __scope) } }); let underlying_source =
    __kept_underlying_source; let mut __scope_strategy =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Owned);
    let strategy : ::std::option::Option < & QueuingStrategy > =
    ::std::convert::Into::into(strategy); let __kept_strategy : ::std::option::Option <
    ::idlbind::JsValue > = ::std::option::Option::map(strategy, | __public | { let
    __scope = & mut __scope_strategy; { let __value = __public;
    ::idlbind::ToJs::to_js_in(__value, __scope) } }); let strategy = __kept_strategy; let
    underlying_source = ::std::convert::Into::into(underlying_source); let strategy =
    ::std::convert::Into::into(strategy); if let ::std::option::Option::Some(strategy) =
    strategy { ::idlbind::__private::throws(Self::__idl_new_2(underlying_source,
    strategy)) } else { if let ::std::option::Option::Some(underlying_source) =
    underlying_source {
    ::idlbind::__private::throws(Self::__idl_new_1(underlying_source)) } else {
    ::idlbind::__private::throws(Self::__idl_new_0()) } } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface HTMLElement"] #[doc = " ```"] #[doc(alias =
    "HTMLElement")] type HtmlElement = "HTMLElement"[] convert; caught {}
}
::idlbind::__private::methods! {
    HtmlElement;
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Registry"] #[doc = " ```"] type Registry =
    "Registry"[] convert; caught {} unexpected { (method, js_class = "Registry", js_name
    = "get") fn __idl_get(this : & Registry, __arg0 : & str) -> ::idlbind::JsValue;
    (method, js_class = "Registry", js_name = "keepAll") fn __idl_keep_all(this : &
    Registry, __arg0 : ::idlbind::JsValue, __arg1 : ::idlbind::JsValue) -> (); (method,
    js_class = "Registry", js_name = "runAll") fn __idl_run_all(this : & Registry, __arg0
    : ::idlbind::JsValue) -> (); (method, js_class = "Registry", js_name = "logWith") fn
    __idl_log_with(this : & Registry, __arg0 : & ::idlbind::JsValue, __arg1 : &
    ::idlbind::JsValue) -> (); (method, js_class = "Registry", js_name = "handler",
    getter) fn __idl_handler(this : & Registry,) -> ::idlbind::JsValue; (method, js_class
    = "Registry", js_name = "handler", setter) fn __idl_set_handler(this : & Registry,
    __arg0 : ::idlbind::JsValue) -> (); (method, js_class = "Registry", js_name =
    "owned", getter) fn __idl_owned(this : & Registry,) -> ::idlbind::JsValue; (method,
    js_class = "Registry", js_name = "owned", setter) fn __idl_set_owned(this : &
    Registry, __arg0 : ::idlbind::JsValue) -> (); } promised {
    "export function __idl_Registry__when_defined(o,a0){try{return Promise.resolve(o[\"whenDefined\"](a0))}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Registry", js_name = "whenDefined") fn __idl_Registry__when_defined(this
    : & Registry, __arg0 : & str) -> ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    Registry; fn #[doc = " ```webidl"] #[doc =
    " (CustomElementConstructor or undefined) get(DOMString name);"] #[doc = " ```"]
    get(& self, name : & str) -> CustomElementConstructorOrUndefined {
    ::idlbind::__private::returned:: < CustomElementConstructorOrUndefined >
    (::idlbind::__private::no_throw!(self.__idl_get(name), "Registry.get"),
    "Registry.get", "(CustomElementConstructor or undefined)") } fn #[doc = " ```webidl"]
    #[doc = " Promise<CustomElementConstructor> whenDefined(DOMString name);"] #[doc =
    " ```"] when_defined(& self, name : & str) -> ::idlbind::Promise <
    CustomElementConstructor > {
    ::idlbind::Promise::from_js_promise(__idl_Registry__when_defined(self, name)) } fn
    #[doc = " ```webidl"] #[doc =
    " undefined keepAll(sequence<Function> functions, record<DOMString, Logger> loggers);"]
    #[doc = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `functions` are kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees them (`forget()` keeps them for good)."]
    #[doc =
    " The closures in `loggers` are kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees them (`forget()` keeps them for good)."]
    keep_all(& self, functions : impl ::std::iter::IntoIterator < Item = impl
    ::std::borrow::Borrow < Function > >, loggers : impl ::std::iter::IntoIterator < Item
    = (impl ::std::convert::AsRef < str >, impl ::std::borrow::Borrow < Logger >), >) ->
    ::idlbind::CallbackGuard { let mut __scope_functions =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Guard);
    let __kept_functions : ::idlbind::JsValue = { let __public = functions; let __scope =
    & mut __scope_functions; { let __value = __public;
    ::idlbind::__private::sequence_map(__value, | __value |
    ::idlbind::ToJs::to_js_in(::std::borrow::Borrow:: < Function > ::borrow(& __value),
    __scope)) } }; let functions = __kept_functions; let mut __scope_loggers =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Guard);
    let __kept_loggers : ::idlbind::JsValue = { let __public = loggers; let __scope = &
    mut __scope_loggers; { let __value = __public;
    ::idlbind::__private::record_map(__value, | __value |
    ::idlbind::ToJs::to_js_in(::std::borrow::Borrow:: < Logger > ::borrow(& __value),
    __scope)) } }; let loggers = __kept_loggers; let __value = {
    ::idlbind::__private::no_throw!(self.__idl_keep_all(functions, loggers),
    "Registry.keepAll") }; { let () = __value;
    ::idlbind::callback::__private::guard(::std::option::Option::map(::idlbind::callback::__private::scope_function(&
    __scope_functions), ::std::clone::Clone::clone), move || {
    ::std::mem::drop(__scope_functions); ::std::mem::drop(__scope_loggers); },) } } fn
    #[doc = " ```webidl"] #[doc =
    " undefined runAll([Callback=Borrowed] sequence<Nine> nines);"] #[doc = " ```"] #[doc
    = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `nines` are called only during this call (they are borrowed)."]
    run_all(& self, nines : impl ::std::iter::IntoIterator < Item = impl
    ::std::borrow::Borrow < Nine > >) { let mut __scope_nines =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Borrowed);
    let __kept_nines : ::idlbind::JsValue = { let __public = nines; let __scope = & mut
    __scope_nines; { let __value = __public; ::idlbind::__private::sequence_map(__value,
    | __value | ::idlbind::ToJs::to_js_in(::std::borrow::Borrow:: < Nine > ::borrow(&
    __value), __scope)) } }; let nines = __kept_nines;
    ::idlbind::__private::no_throw!(self.__idl_run_all(nines), "Registry.runAll") } fn
    #[doc = " ```webidl"] #[doc = " undefined logWith(Logger logger, Nine nine);"] #[doc
    = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `logger` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees it (`forget()` keeps it for good)."]
    #[doc =
    " `nine` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees it (`forget()` keeps it for good)."]
    log_with(& self, logger : impl LoggerObject + 'static, nine : impl FnMut(i32, i32,
    i32, i32, i32, i32, i32, i32, i32) + 'static) -> ::idlbind::CallbackGuard { let
    __closure_logger = { let mut __callback = logger;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::__private::js_sys::Array) > ::own_assert_unwind_safe(move |
    __arguments : ::idlbind::__private::js_sys::Array | { let __a0 = __arguments
    .get(0u32); let __a0 = ::idlbind::callback::__private::argument:: <
    ::std::string::String > (__a0, "callback `Logger` passed to `Registry.logWith`",
    "level", "DOMString"); let __a1 : ::std::vec::Vec < ::std::string::String > =
    ::std::iter::Iterator::collect(::std::iter::Iterator::map(::std::iter::IntoIterator::into_iter(::idlbind::callback::__private::rest_arguments(&
    __arguments, 1u32),), | __value | ::idlbind::callback::__private::argument:: <
    ::std::string::String > (__value, "callback `Logger` passed to `Registry.logWith`",
    "parts", "DOMString"),),); { LoggerObject::log(& mut __callback, __a0, __a1); } }) };
    let __packed_logger : ::idlbind::JsValue =
    ::idlbind::callback::__private::pack_arguments(::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(& __closure_logger)); let logger : & ::idlbind::JsValue
    = & __packed_logger; let __closure_nine = { let mut __callback = nine;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::__private::js_sys::Array) > ::own_assert_unwind_safe(move |
    __arguments : ::idlbind::__private::js_sys::Array | { let __a0 = __arguments
    .get(0u32); let __a0 = ::idlbind::callback::__private::argument:: < i32 > (__a0,
    "callback `Nine` passed to `Registry.logWith`", "a", "long"); let __a1 = __arguments
    .get(1u32); let __a1 = ::idlbind::callback::__private::argument:: < i32 > (__a1,
    "callback `Nine` passed to `Registry.logWith`", "b", "long"); let __a2 = __arguments
    .get(2u32); let __a2 = ::idlbind::callback::__private::argument:: < i32 > (__a2,
    "callback `Nine` passed to `Registry.logWith`", "c", "long"); let __a3 = __arguments
    .get(3u32); let __a3 = ::idlbind::callback::__private::argument:: < i32 > (__a3,
    "callback `Nine` passed to `Registry.logWith`", "d", "long"); let __a4 = __arguments
    .get(4u32); let __a4 = ::idlbind::callback::__private::argument:: < i32 > (__a4,
    "callback `Nine` passed to `Registry.logWith`", "e", "long"); let __a5 = __arguments
    .get(5u32); let __a5 = ::idlbind::callback::__private::argument:: < i32 > (__a5,
    "callback `Nine` passed to `Registry.logWith`", "f", "long"); let __a6 = __arguments
    .get(6u32); let __a6 = ::idlbind::callback::__private::argument:: < i32 > (__a6,
    "callback `Nine` passed to `Registry.logWith`", "g", "long"); let __a7 = __arguments
    .get(7u32); let __a7 = ::idlbind::callback::__private::argument:: < i32 > (__a7,
    "callback `Nine` passed to `Registry.logWith`", "h", "long"); let __a8 = __arguments
    .get(8u32); let __a8 = ::idlbind::callback::__private::argument:: < i32 > (__a8,
    "callback `Nine` passed to `Registry.logWith`", "i", "long"); { __callback(__a0,
    __a1, __a2, __a3, __a4, __a5, __a6, __a7, __a8); } }) }; let __packed_nine :
    ::idlbind::JsValue =
    ::idlbind::callback::__private::pack_arguments(::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(& __closure_nine)); let nine : & ::idlbind::JsValue = &
    __packed_nine; let __value = { ::idlbind::__private::no_throw!(self
    .__idl_log_with(logger, nine), "Registry.logWith") }; { let () = __value;
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(&
    __packed_logger), ::std::clone::Clone::clone), move || {
    ::std::mem::drop(__closure_logger); ::std::mem::drop(__closure_nine); },) } } fn
    #[doc = " ```webidl"] #[doc = " attribute (DOMString or Function)? handler;"] #[doc =
    " ```"] handler(& self,) -> ::std::option::Option < DomStringOrFunction > {
    ::idlbind::__private::returned:: < ::std::option::Option < DomStringOrFunction > >
    (::idlbind::__private::no_throw!(self.__idl_handler(), "Registry.handler"),
    "Registry.handler", "(DOMString or Function)?") } fn #[doc = " ```webidl"] #[doc =
    " attribute (DOMString or Function)? handler;"] #[doc = " ```"] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `value` are kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard sets `handler` back to `null` if it still holds this callback, then frees them (`forget()` keeps them for good)."]
    set_handler(& self, value : ::std::option::Option < DomStringOrFunction >) ->
    ::idlbind::CallbackGuard { let mut __scope_value =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Guard);
    let __kept_value : ::idlbind::JsValue = { let __public = value; let __scope = & mut
    __scope_value; { let __value = __public; match __value {
    ::std::option::Option::Some(__value) => ::idlbind::ToJs::to_js_in(& __value,
    __scope), ::std::option::Option::None => ::idlbind::JsValue::NULL, } } }; let value =
    __kept_value; let __value = { ::idlbind::__private::no_throw!(self
    .__idl_set_handler(value), "Registry.handler") }; { let () = __value; let __this :
    ::idlbind::JsValue = ::std::clone::Clone::clone(::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(self));
    ::idlbind::callback::__private::guard(::std::option::Option::map(::idlbind::callback::__private::scope_function(&
    __scope_value), ::std::clone::Clone::clone), move || { if let
    ::std::option::Option::Some(__function) =
    ::idlbind::callback::__private::scope_function(& __scope_value) {
    ::idlbind::callback::__private::reset_attribute(& __this, "handler", __function); }
    ::std::mem::drop(__scope_value); },) } } fn #[doc = " ```webidl"] #[doc =
    " [Callback=Owned] attribute (DOMString or Function) owned;"] #[doc = " ```"] owned(&
    self,) -> DomStringOrFunction { ::idlbind::__private::returned:: <
    DomStringOrFunction > (::idlbind::__private::no_throw!(self.__idl_owned(),
    "Registry.owned"), "Registry.owned", "(DOMString or Function)") } fn #[doc =
    " ```webidl"] #[doc = " [Callback=Owned] attribute (DOMString or Function) owned;"]
    #[doc = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `value` are given to JavaScript: its garbage collector frees them with the function."]
    set_owned(& self, value : impl ::std::convert::Into < DomStringOrFunction >) { let
    mut __scope_value =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Owned);
    let __kept_value : ::idlbind::JsValue = { let __public = value; let __scope = & mut
    __scope_value; { let __value = __public; ::idlbind::ToJs::to_js_in(&
    ::std::convert::Into:: < DomStringOrFunction > ::into(__value), __scope) } }; let
    value = __kept_value; ::idlbind::__private::no_throw!(self.__idl_set_owned(value),
    "Registry.owned") }
}
::idlbind::__private::union! {
    #[doc = " ```webidl"] #[doc = " typedef (DOMString or Function) TimerHandler;"] #[doc
    = " ```"] enum TimerHandler[PartialEq,] { #[doc = " `DOMString`"]
    DomString(::std::string::String) : string, #[doc = " `Function`"] Function(Function)
    : callback, } scoped; from_js { string DomString(::std::string::String); function
    Function(Function); } else string DomString
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (CustomElementConstructor or undefined)"] #[doc = " ```"] enum
    CustomElementConstructorOrUndefined[PartialEq,] { #[doc =
    " `CustomElementConstructor`"] CustomElementConstructor(CustomElementConstructor) :
    callback, #[doc = " `undefined`"] Undefined(()) : plain, } scoped; from_js {
    undefined Undefined(()); function CustomElementConstructor(CustomElementConstructor);
    } else error
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (DOMString or Function)"] #[doc = " ```"] enum DomStringOrFunction[PartialEq,] {
    #[doc = " `DOMString`"] DomString(::std::string::String) : string, #[doc =
    " `Function`"] Function(Function) : callback, } scoped; from_js { string
    DomString(::std::string::String); function Function(Function); } else string
    DomString
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary UnderlyingSource"] #[doc = " ```"] #[doc =
    ""] #[doc =
    " Its callbacks become JavaScript functions each time it is converted: as a method's argument, they live as the member's callback policy says; [`ToJs::to_js`](::idlbind::ToJs::to_js) gives them to JavaScript's garbage collector, [`ToJs::to_js_in`](::idlbind::ToJs::to_js_in) to a [`CallbackScope`](::idlbind::CallbackScope) (see [`idlbind::callback`](::idlbind::callback))."]
    struct UnderlyingSource[PartialEq,] { #[doc =
    " `UnderlyingSourceStartCallback start`"] start ? : UnderlyingSourceStartCallback =>
    get __get_0 "start"; #[doc = " `UnderlyingSourcePullCallback pull`"] pull ? :
    UnderlyingSourcePullCallback => get __get_1 "pull"; #[doc =
    " `unrestricted double autoAllocateChunkSize`"] auto_allocate_chunk_size ? : f64 =>
    read __idlbind_read_UnderlyingSource_2; } default; inline_js =
    "export function __idlbind_build_UnderlyingSource(v0,v1,v2){const o={};if(v0!==undefined)o[\"autoAllocateChunkSize\"]=v0;if(v1!==undefined)o[\"pull\"]=v1;if(v2!==undefined)o[\"start\"]=v2;return o;}export function __idlbind_read_UnderlyingSource_2(o){const v=o[\"autoAllocateChunkSize\"];return v===undefined?undefined:+v;}";
    to_js_in fn __idlbind_build_UnderlyingSource(v0 ? : f64 = value
    auto_allocate_chunk_size optional, v1 & JsValue = to_js_in pull optional, v2 &
    JsValue = to_js_in start optional,);
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary QueuingStrategy"] #[doc = " ```"] #[doc =
    ""] #[doc =
    " Its callbacks become JavaScript functions each time it is converted: as a method's argument, they live as the member's callback policy says; [`ToJs::to_js`](::idlbind::ToJs::to_js) gives them to JavaScript's garbage collector, [`ToJs::to_js_in`](::idlbind::ToJs::to_js_in) to a [`CallbackScope`](::idlbind::CallbackScope) (see [`idlbind::callback`](::idlbind::callback))."]
    struct QueuingStrategy[PartialEq,] { #[doc = " `unrestricted double highWaterMark`"]
    high_water_mark ? : f64 => read __idlbind_read_QueuingStrategy_0; #[doc =
    " `QueuingStrategySize size`"] size ? : QueuingStrategySize => get __get_1 "size"; }
    default; inline_js =
    "export function __idlbind_build_QueuingStrategy(v0,v1){const o={};if(v0!==undefined)o[\"highWaterMark\"]=v0;if(v1!==undefined)o[\"size\"]=v1;return o;}export function __idlbind_read_QueuingStrategy_0(o){const v=o[\"highWaterMark\"];return v===undefined?undefined:+v;}";
    to_js_in fn __idlbind_build_QueuingStrategy(v0 ? : f64 = value high_water_mark
    optional, v1 & JsValue = to_js_in size optional,);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback Function = any (any... arguments);"] #[doc =
    " ```"] struct Function = "Function" : function; fn (__arguments :
    ::idlbind::__private::js_sys::Array) -> ::idlbind::JsValue; arguments : packed;
    callback : __callback; new[F : FnMut(::std::vec::Vec < ::idlbind::JsValue >) -> R +
    'static, R : ::idlbind::ToJs] (F) = move | __arguments :
    ::idlbind::__private::js_sys::Array | -> ::idlbind::JsValue { let __a0 :
    ::std::vec::Vec < ::idlbind::JsValue > =
    ::std::iter::Iterator::collect(::std::iter::Iterator::map(::std::iter::IntoIterator::into_iter(::idlbind::callback::__private::rest_arguments(&
    __arguments, 0u32),), | __value | ::idlbind::callback::__private::argument:: <
    ::idlbind::JsValue > (__value, "callback `Function`", "arguments", "any"),),); { let
    __result = __callback(__a0); ::idlbind::ToJs::to_js(& __result) } }; once[F :
    FnOnce(::std::vec::Vec < ::idlbind::JsValue >) -> R + 'static, R : ::idlbind::ToJs]
    (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback UnderlyingSourceStartCallback = any (ReadableStreamController controller);"]
    #[doc = " ```"] struct UnderlyingSourceStartCallback =
    "UnderlyingSourceStartCallback" : function; fn (__a0 : ::idlbind::JsValue) ->
    ::idlbind::JsValue; callback : __callback; new[F : FnMut(::idlbind::JsValue) -> R +
    'static, R : ::idlbind::ToJs] (F) = move | __a0 : ::idlbind::JsValue | ->
    ::idlbind::JsValue { let __a0 = ::idlbind::callback::__private::argument:: <
    ::idlbind::JsValue > (__a0, "callback `UnderlyingSourceStartCallback`", "controller",
    "any"); { let __result = __callback(__a0); ::idlbind::ToJs::to_js(& __result) } };
    once[F : FnOnce(::idlbind::JsValue) -> R + 'static, R : ::idlbind::ToJs] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback UnderlyingSourcePullCallback = Promise<undefined> (ReadableStreamController controller);"]
    #[doc = " ```"] struct UnderlyingSourcePullCallback = "UnderlyingSourcePullCallback"
    : function; fn (__a0 : ::idlbind::JsValue) -> ::idlbind::JsValue; callback :
    __callback; new[F : FnMut(::idlbind::JsValue) -> R + 'static, R :
    ::std::convert::Into < ::idlbind::Promise < () > >] (F) = move | __a0 :
    ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::argument:: < ::idlbind::JsValue > (__a0,
    "callback `UnderlyingSourcePullCallback`", "controller", "any"); { let __result =
    __callback(__a0); ::idlbind::ToJs::to_js(& ::std::convert::Into:: <
    ::idlbind::Promise < () > > ::into(__result)) } }; once[F :
    FnOnce(::idlbind::JsValue) -> R + 'static, R : ::std::convert::Into <
    ::idlbind::Promise < () > >] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback QueuingStrategySize = unrestricted double (any chunk);"] #[doc = " ```"]
    struct QueuingStrategySize = "QueuingStrategySize" : function; fn (__a0 :
    ::idlbind::JsValue) -> ::idlbind::JsValue; callback : __callback; new[F :
    FnMut(::idlbind::JsValue) -> f64 + 'static] (F) = move | __a0 : ::idlbind::JsValue |
    -> ::idlbind::JsValue { let __a0 = ::idlbind::callback::__private::argument:: <
    ::idlbind::JsValue > (__a0, "callback `QueuingStrategySize`", "chunk", "any"); { let
    __result = __callback(__a0); ::idlbind::ToJs::to_js(& __result) } }; once[F :
    FnOnce(::idlbind::JsValue) -> f64 + 'static] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback Nine = undefined (long a, long b, long c, long d, long e, long f, long g, long h, long i);"]
    #[doc = " ```"] struct Nine = "Nine" : function; fn (__arguments :
    ::idlbind::__private::js_sys::Array) -> (); arguments : packed; callback :
    __callback; new[F : FnMut(i32, i32, i32, i32, i32, i32, i32, i32, i32) + 'static] (F)
    = move | __arguments : ::idlbind::__private::js_sys::Array | { let __a0 = __arguments
    .get(0u32); let __a0 = ::idlbind::callback::__private::argument:: < i32 > (__a0,
    "callback `Nine`", "a", "long"); let __a1 = __arguments.get(1u32); let __a1 =
    ::idlbind::callback::__private::argument:: < i32 > (__a1, "callback `Nine`", "b",
    "long"); let __a2 = __arguments.get(2u32); let __a2 =
    ::idlbind::callback::__private::argument:: < i32 > (__a2, "callback `Nine`", "c",
    "long"); let __a3 = __arguments.get(3u32); let __a3 =
    ::idlbind::callback::__private::argument:: < i32 > (__a3, "callback `Nine`", "d",
    "long"); let __a4 = __arguments.get(4u32); let __a4 =
    ::idlbind::callback::__private::argument:: < i32 > (__a4, "callback `Nine`", "e",
    "long"); let __a5 = __arguments.get(5u32); let __a5 =
    ::idlbind::callback::__private::argument:: < i32 > (__a5, "callback `Nine`", "f",
    "long"); let __a6 = __arguments.get(6u32); let __a6 =
    ::idlbind::callback::__private::argument:: < i32 > (__a6, "callback `Nine`", "g",
    "long"); let __a7 = __arguments.get(7u32); let __a7 =
    ::idlbind::callback::__private::argument:: < i32 > (__a7, "callback `Nine`", "h",
    "long"); let __a8 = __arguments.get(8u32); let __a8 =
    ::idlbind::callback::__private::argument:: < i32 > (__a8, "callback `Nine`", "i",
    "long"); { __callback(__a0, __a1, __a2, __a3, __a4, __a5, __a6, __a7, __a8); } };
    once[F : FnOnce(i32, i32, i32, i32, i32, i32, i32, i32, i32) + 'static] (F);
}
/// ```webidl
/// callback interface Logger
/// ```
///
/// The callback interface `Logger`: implement it for a type, or pass a closure (every `FnMut` of the operation's signature implements it). JavaScript receives a function that calls `log`.
#[doc(alias = "Logger")]
pub trait LoggerObject {
    /// The operation `log` of `Logger`: what JavaScript calls.
    fn log(
        &mut self,
        level: ::std::string::String,
        parts: ::std::vec::Vec<::std::string::String>,
    );
}
impl<F> LoggerObject for F
where
    F: ::std::ops::FnMut(::std::string::String, ::std::vec::Vec<::std::string::String>),
{
    fn log(
        &mut self,
        level: ::std::string::String,
        parts: ::std::vec::Vec<::std::string::String>,
    ) {
        self(level, parts)
    }
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback interface Logger"] #[doc = " ```"] struct
    Logger = "Logger" : interface; fn (__arguments : ::idlbind::__private::js_sys::Array)
    -> (); arguments : packed; held :
    "an implementation of [`LoggerObject`] (every closure of the operation's signature is one)";
    callback : __callback; new[F : LoggerObject + 'static] (F) = move | __arguments :
    ::idlbind::__private::js_sys::Array | { let __a0 = __arguments.get(0u32); let __a0 =
    ::idlbind::callback::__private::argument:: < ::std::string::String > (__a0,
    "callback `Logger`", "level", "DOMString"); let __a1 : ::std::vec::Vec <
    ::std::string::String > =
    ::std::iter::Iterator::collect(::std::iter::Iterator::map(::std::iter::IntoIterator::into_iter(::idlbind::callback::__private::rest_arguments(&
    __arguments, 1u32),), | __value | ::idlbind::callback::__private::argument:: <
    ::std::string::String > (__value, "callback `Logger`", "parts", "DOMString"),),); {
    LoggerObject::log(& mut __callback, __a0, __a1); } };
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback CustomElementConstructor = HTMLElement ();"]
    #[doc = " ```"] struct CustomElementConstructor = "CustomElementConstructor" :
    function; fn () -> ::idlbind::JsValue; callback : __callback; new[F : FnMut() ->
    HtmlElement + 'static] (F) = move | | -> ::idlbind::JsValue { { let __result =
    __callback(); ::idlbind::JsValue::from(__result) } }; once[F : FnOnce() ->
    HtmlElement + 'static] (F);
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface mixin WindowOrWorkerGlobalScope"] #[doc =
    " ```"] #[doc(hidden)] type __WindowOrWorkerGlobalScopeMembers =
    "WindowOrWorkerGlobalScope"[]; caught { (method, js_class =
    "WindowOrWorkerGlobalScope", js_name = "clearInterval") fn
    __idl_set_interval_unregister(this : & __WindowOrWorkerGlobalScopeMembers, __arg0 :
    i32) -> (); } unexpected { (method, js_class = "WindowOrWorkerGlobalScope", js_name =
    "setTimeout", variadic) fn __idl_set_timeout(this : &
    __WindowOrWorkerGlobalScopeMembers, __arg0 : ::idlbind::JsValue, __arg1 : i32, __arg2
    : ::std::vec::Vec < ::idlbind::JsValue >) -> i32; (method, js_class =
    "WindowOrWorkerGlobalScope", js_name = "setInterval", variadic) fn
    __idl_set_interval(this : & __WindowOrWorkerGlobalScopeMembers, __arg0 :
    ::idlbind::JsValue, __arg1 : i32, __arg2 : ::std::vec::Vec < ::idlbind::JsValue >) ->
    i32; (method, js_class = "WindowOrWorkerGlobalScope", js_name = "clearInterval") fn
    __idl_clear_interval_0(this : & __WindowOrWorkerGlobalScopeMembers,) -> (); (method,
    js_class = "WindowOrWorkerGlobalScope", js_name = "clearInterval") fn
    __idl_clear_interval_1(this : & __WindowOrWorkerGlobalScopeMembers, __arg0 : i32) ->
    (); }
}
::idlbind::__private::methods! {
    __WindowOrWorkerGlobalScopeMembers; fn #[doc = " ```webidl"] #[doc =
    " long setTimeout(TimerHandler handler, optional long timeout = 0, any... arguments);"]
    #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `handler` are called at most once: what each captured is dropped after the call, and they are freed when JavaScript no longer holds them."]
    set_timeout(& self, handler : impl ::std::convert::Into < TimerHandler >, timeout :
    i32, arguments : impl ::std::iter::IntoIterator < Item = impl ::std::borrow::Borrow <
    ::idlbind::JsValue > >) -> i32 { let mut __scope_handler =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Once);
    let __kept_handler : ::idlbind::JsValue = { let __public = handler; let __scope = &
    mut __scope_handler; { let __value = __public; ::idlbind::ToJs::to_js_in(&
    ::std::convert::Into:: < TimerHandler > ::into(__value), __scope) } }; let handler =
    __kept_handler; let arguments = { let __value = arguments;
    ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
    (::std::iter::IntoIterator::into_iter(__value)
    .map(::idlbind::__private::borrowed_to_js:: < ::idlbind::JsValue, _ >),) };
    ::idlbind::__private::no_throw!(self.__idl_set_timeout(handler, timeout, arguments),
    "WindowOrWorkerGlobalScope.setTimeout") } fn #[doc = " ```webidl"] #[doc =
    " long setInterval(TimerHandler handler, optional long timeout = 0, any... arguments);"]
    #[doc = " ```"] #[doc = ""] #[doc =
    " From the interface mixin `WindowOrWorkerGlobalScope`."] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " The closures in `handler` are kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `clearInterval` with the result, then frees them (`forget()` keeps them for good)."]
    set_interval(& self, handler : impl ::std::convert::Into < TimerHandler >, timeout :
    i32, arguments : impl ::std::iter::IntoIterator < Item = impl ::std::borrow::Borrow <
    ::idlbind::JsValue > >) -> (i32, ::idlbind::CallbackGuard) { let mut __scope_handler
    =
    ::idlbind::callback::__private::scope(::idlbind::callback::__private::Policy::Guard);
    let __kept_handler : ::idlbind::JsValue = { let __public = handler; let __scope = &
    mut __scope_handler; { let __value = __public; ::idlbind::ToJs::to_js_in(&
    ::std::convert::Into:: < TimerHandler > ::into(__value), __scope) } }; let handler =
    __kept_handler; let __value = { let arguments = { let __value = arguments;
    ::std::iter::Iterator::collect:: < ::std::vec::Vec < _ >>
    (::std::iter::IntoIterator::into_iter(__value)
    .map(::idlbind::__private::borrowed_to_js:: < ::idlbind::JsValue, _ >),) };
    ::idlbind::__private::no_throw!(self.__idl_set_interval(handler, timeout, arguments),
    "WindowOrWorkerGlobalScope.setInterval") }; { let __this =
    ::std::clone::Clone::clone(self); let __id = __value; let __guard =
    ::idlbind::callback::__private::guard(::std::option::Option::map(::idlbind::callback::__private::scope_function(&
    __scope_handler), ::std::clone::Clone::clone), move || { let _ = __this
    .__idl_set_interval_unregister(__id); ::std::mem::drop(__scope_handler); },);
    (__value, __guard) } } fn #[doc = " ```webidl"] #[doc =
    " undefined clearInterval(optional long id = 0);"] #[doc = " ```"] #[doc = ""] #[doc
    = " From the interface mixin `WindowOrWorkerGlobalScope`."] clear_interval(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_clear_interval_0(),
    "WindowOrWorkerGlobalScope.clearInterval") } fn [with clear_interval] #[doc =
    " ```webidl"] #[doc = " undefined clearInterval(optional long id = 0);"] #[doc =
    " ```"] #[doc = ""] #[doc = " From the interface mixin `WindowOrWorkerGlobalScope`."]
    clear_interval_with(& self, id : impl ::std::convert::Into < ::std::option::Option <
    i32 >>) { let id = ::std::convert::Into::into(id); if let
    ::std::option::Option::Some(id) = id { ::idlbind::__private::no_throw!(self
    .__idl_clear_interval_1(id), "WindowOrWorkerGlobalScope.clearInterval") } else {
    ::idlbind::__private::no_throw!(self.__idl_clear_interval_0(),
    "WindowOrWorkerGlobalScope.clearInterval") } }
}
/// ```webidl
/// interface mixin WindowOrWorkerGlobalScope
/// ```
pub trait WindowOrWorkerGlobalScope: ::std::convert::AsRef<::idlbind::JsValue> {
    /// ```webidl
    /// long setTimeout(TimerHandler handler, optional long timeout = 0, any... arguments);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    ///
    /// # Callbacks
    ///
    /// The closures in `handler` are called at most once: what each captured is dropped after the call, and they are freed when JavaScript no longer holds them.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn set_timeout(
        &self,
        handler: impl ::std::convert::Into<TimerHandler>,
        timeout: i32,
        arguments: impl ::std::iter::IntoIterator<
            Item = impl ::std::borrow::Borrow<::idlbind::JsValue>,
        >,
    ) -> i32 {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.set_timeout(handler, timeout, arguments)
    }
    /// ```webidl
    /// long setInterval(TimerHandler handler, optional long timeout = 0, any... arguments);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    ///
    /// # Callbacks
    ///
    /// The closures in `handler` are kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `clearInterval` with the result, then frees them (`forget()` keeps them for good).
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn set_interval(
        &self,
        handler: impl ::std::convert::Into<TimerHandler>,
        timeout: i32,
        arguments: impl ::std::iter::IntoIterator<
            Item = impl ::std::borrow::Borrow<::idlbind::JsValue>,
        >,
    ) -> (i32, ::idlbind::CallbackGuard) {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.set_interval(handler, timeout, arguments)
    }
    /// ```webidl
    /// undefined clearInterval(optional long id = 0);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn clear_interval(&self) {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.clear_interval()
    }
    /// [`clear_interval`](Self::clear_interval) with its optional arguments: each is an `Option`, and `None` leaves it out (JavaScript sees it as not passed).
    ///
    /// ```webidl
    /// undefined clearInterval(optional long id = 0);
    /// ```
    ///
    /// From the interface mixin `WindowOrWorkerGlobalScope`.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn clear_interval_with(
        &self,
        id: impl ::std::convert::Into<::std::option::Option<i32>>,
    ) {
        let this: &__WindowOrWorkerGlobalScopeMembers = ::idlbind::JsCast::unchecked_ref(
            ::std::convert::AsRef::<::idlbind::JsValue>::as_ref(self),
        );
        this.clear_interval_with(id)
    }
}
impl WindowOrWorkerGlobalScope for Window {}
