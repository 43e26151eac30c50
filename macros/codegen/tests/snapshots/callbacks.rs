::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface EventTarget"] #[doc = " ```"] type
    EventTarget = "EventTarget"[] convert; caught { (method, js_class = "EventTarget",
    js_name = "removeEventListener") fn __idl_add_event_listener_unregister_2(this : &
    EventTarget, __arg0 : ::idlbind::JsValue, __arg1 : & ::idlbind::JsValue) -> ();
    (method, js_class = "EventTarget", js_name = "removeEventListener") fn
    __idl_add_event_listener_unregister_3(this : & EventTarget, __arg0 :
    ::idlbind::JsValue, __arg1 : & ::idlbind::JsValue, __arg2 : ::idlbind::JsValue) ->
    (); (method, js_class = "EventTarget", js_name = "removeEventListener") fn
    __idl_add_mouse_listener_unregister_2(this : & EventTarget, __arg0 :
    ::idlbind::JsValue, __arg1 : & ::idlbind::JsValue) -> (); } unexpected { (method,
    js_class = "EventTarget", js_name = "addEventListener") fn
    __idl_add_event_listener_0(this : & EventTarget, __arg0 : & ::idlbind::JsValue,
    __arg1 : & ::idlbind::JsValue) -> (); (method, js_class = "EventTarget", js_name =
    "addEventListener") fn __idl_add_event_listener_1(this : & EventTarget, __arg0 : &
    ::idlbind::JsValue, __arg1 : & ::idlbind::JsValue, __arg2 : & ::idlbind::JsValue) ->
    (); (method, js_class = "EventTarget", js_name = "removeEventListener") fn
    __idl_remove_event_listener_0(this : & EventTarget, __arg0 : & str, __arg1 : &
    ::idlbind::__private::js_sys::Function) -> (); (method, js_class = "EventTarget",
    js_name = "removeEventListener") fn __idl_remove_event_listener_1(this : &
    EventTarget, __arg0 : & str, __arg1 : & ::idlbind::__private::js_sys::Function,
    __arg2 : ::idlbind::JsValue) -> (); (method, js_class = "EventTarget", js_name =
    "addEventListener") fn __idl_add_mouse_listener(this : & EventTarget, __arg0 : &
    ::idlbind::JsValue, __arg1 : & ::idlbind::JsValue) -> (); }
}
::idlbind::__private::methods! {
    EventTarget; fn #[doc = " ```webidl"] #[doc =
    " undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});"]
    #[doc = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `removeEventListener` with the same arguments, then frees it (`forget()` keeps it for good)."]
    add_event_listener(& self, type_ : & str, callback : impl EventListenerObject +
    'static) -> ::idlbind::CallbackGuard { let __closure_callback = { let mut __callback
    = callback; ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) > ::own_assert_unwind_safe(move | __a0 : ::idlbind::JsValue
    | { let __a0 = ::idlbind::callback::__private::interface_argument!(Event, __a0,
    "callback `EventListener` passed to `EventTarget.addEventListener`", "event",
    "Event"); { EventListenerObject::handle_event(& mut __callback, __a0); } }) }; let
    callback : & ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(& __closure_callback); let __kept_type_ : ::idlbind::JsValue = { let
    __public = type_; ::idlbind::JsValue::from_str(__public) }; let type_ = &
    __kept_type_; let __value = { ::idlbind::__private::no_throw!(self
    .__idl_add_event_listener_0(type_, callback), "EventTarget.addEventListener") }; {
    let () = __value; let __this = ::std::clone::Clone::clone(self);
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_callback)), ::std::clone::Clone::clone),
    move || { if let ::std::option::Option::Some(__function) =
    ::std::option::Option::Some(::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback)) { let _ = __this
    .__idl_add_event_listener_unregister_2(__kept_type_, __function); }
    ::std::mem::drop(__closure_callback); },) } } fn [with add_event_listener] #[doc =
    " ```webidl"] #[doc =
    " undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});"]
    #[doc = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `removeEventListener` with the same arguments, then frees it (`forget()` keeps it for good)."]
    add_event_listener_with(& self, type_ : & str, callback : impl EventListenerObject +
    'static, options : impl ::std::convert::Into < ::std::option::Option <
    AddEventListenerOptionsOrBoolean >>) -> ::idlbind::CallbackGuard { let
    __closure_callback = { let mut __callback = callback;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) > ::own_assert_unwind_safe(move | __a0 : ::idlbind::JsValue
    | { let __a0 = ::idlbind::callback::__private::interface_argument!(Event, __a0,
    "callback `EventListener` passed to `EventTarget.addEventListener`", "event",
    "Event"); { EventListenerObject::handle_event(& mut __callback, __a0); } }) }; let
    callback : & ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(& __closure_callback); let __kept_type_ : ::idlbind::JsValue = { let
    __public = type_; ::idlbind::JsValue::from_str(__public) }; let type_ = &
    __kept_type_; let options : ::std::option::Option < AddEventListenerOptionsOrBoolean
    > = ::std::convert::Into::into(options); let __kept_options : ::std::option::Option <
    ::idlbind::JsValue > = ::std::option::Option::map(options, | __public | { let __value
    = __public; ::idlbind::ToJs::to_js(& __value) }); let options =
    ::std::option::Option::as_ref(& __kept_options); let __value = { let options =
    ::std::convert::Into::into(options); if let ::std::option::Option::Some(options) =
    options { ::idlbind::__private::no_throw!(self.__idl_add_event_listener_1(type_,
    callback, options), "EventTarget.addEventListener") } else {
    ::idlbind::__private::no_throw!(self.__idl_add_event_listener_0(type_, callback),
    "EventTarget.addEventListener") } }; { let () = __value; let __this =
    ::std::clone::Clone::clone(self);
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_callback)), ::std::clone::Clone::clone),
    move || { if let ::std::option::Option::Some(__function) =
    ::std::option::Option::Some(::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback)) { if let ::std::option::Option::Some(__last) = __kept_options {
    let _ = __this.__idl_add_event_listener_unregister_3(__kept_type_, __function,
    __last); } else { let _ = __this.__idl_add_event_listener_unregister_2(__kept_type_,
    __function); } } ::std::mem::drop(__closure_callback); },) } } fn #[doc =
    " ```webidl"] #[doc =
    " undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});"]
    #[doc = " ```"] remove_event_listener(& self, type_ : & str, callback : &
    ::idlbind::__private::js_sys::Function) { ::idlbind::__private::no_throw!(self
    .__idl_remove_event_listener_0(type_, callback), "EventTarget.removeEventListener") }
    fn [with remove_event_listener] #[doc = " ```webidl"] #[doc =
    " undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});"]
    #[doc = " ```"] remove_event_listener_with(& self, type_ : & str, callback : &
    ::idlbind::__private::js_sys::Function, options : impl ::std::convert::Into <
    ::std::option::Option < EventListenerOptionsOrBoolean >>) { let options =
    ::std::convert::Into::into(options); if let ::std::option::Option::Some(options) =
    options { let options = { let __value = options; ::idlbind::ToJs::to_js(& __value) };
    ::idlbind::__private::no_throw!(self.__idl_remove_event_listener_1(type_, callback,
    options), "EventTarget.removeEventListener") } else {
    ::idlbind::__private::no_throw!(self.__idl_remove_event_listener_0(type_, callback),
    "EventTarget.removeEventListener") } } fn #[doc = " ```webidl"] #[doc =
    " [RustName=add_mouse_listener, EventType=MouseEvent] undefined addEventListener(DOMString type, EventListener? callback);"]
    #[doc = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `removeEventListener` with the same arguments, then frees it (`forget()` keeps it for good)."]
    add_mouse_listener(& self, type_ : & str, callback : impl FnMut(MouseEvent) +
    'static) -> ::idlbind::CallbackGuard { let __closure_callback = { let mut __callback
    = callback; ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) > ::own_assert_unwind_safe(move | __a0 : ::idlbind::JsValue
    | { let __a0 = ::idlbind::callback::__private::interface_argument:: < MouseEvent >
    (__a0,
    "callback `EventListener` ([EventType=MouseEvent]) passed to `EventTarget.addEventListener`",
    "event", "MouseEvent"); { __callback(__a0); } }) }; let callback : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback); let __kept_type_ : ::idlbind::JsValue = { let __public = type_;
    ::idlbind::JsValue::from_str(__public) }; let type_ = & __kept_type_; let __value = {
    ::idlbind::__private::no_throw!(self.__idl_add_mouse_listener(type_, callback),
    "EventTarget.addEventListener") }; { let () = __value; let __this =
    ::std::clone::Clone::clone(self);
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_callback)), ::std::clone::Clone::clone),
    move || { if let ::std::option::Option::Some(__function) =
    ::std::option::Option::Some(::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback)) { let _ = __this
    .__idl_add_mouse_listener_unregister_2(__kept_type_, __function); }
    ::std::mem::drop(__closure_callback); },) } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Element"] #[doc = " ```"] type Element =
    "Element"[] convert; caught {} unexpected { (method, js_class = "Element", js_name =
    "onclick", getter) fn __idl_onclick(this : & Element,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Function >; (method, js_class = "Element", js_name =
    "onclick", setter) fn __idl_set_onclick(this : & Element, __arg0 : &
    ::idlbind::JsValue) -> (); (method, js_class = "Element", js_name = "onclick",
    setter) fn __idl_clear_onclick(this : & Element, __arg0 : & ::idlbind::JsValue) ->
    (); (method, js_class = "Element", js_name = "onkeydown", getter) fn
    __idl_onkeydown(this : & Element,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Function >; (method, js_class = "Element", js_name =
    "onkeydown", setter) fn __idl_set_onkeydown(this : & Element, __arg0 : &
    ::idlbind::JsValue) -> (); (method, js_class = "Element", js_name = "onkeydown",
    setter) fn __idl_clear_onkeydown(this : & Element, __arg0 : & ::idlbind::JsValue) ->
    (); (method, js_class = "Element", js_name = "onload", getter) fn __idl_onload(this :
    & Element,) -> ::std::option::Option < ::idlbind::__private::js_sys::Function >;
    (method, js_class = "Element", js_name = "onload", setter) fn __idl_set_onload(this :
    & Element, __arg0 : & ::idlbind::JsValue) -> (); (method, js_class = "Element",
    js_name = "onload", setter) fn __idl_clear_onload(this : & Element, __arg0 : &
    ::idlbind::JsValue) -> (); }
}
::idlbind::__private::methods! {
    Element; fn #[doc = " ```webidl"] #[doc = " attribute EventHandler onclick;"] #[doc =
    " ```"] onclick(& self,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Function > { ::idlbind::__private::no_throw!(self
    .__idl_onclick(), "Element.onclick") } fn #[doc = " ```webidl"] #[doc =
    " attribute EventHandler onclick;"] #[doc = " ```"] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " `value` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard sets `onclick` back to `null` if it still holds this callback, then frees it (`forget()` keeps it for good)."]
    set_onclick[R : ::idlbind::ToJs] (& self, value : impl FnMut(Event) -> R + 'static)
    -> ::idlbind::CallbackGuard { let __closure_value = { let mut __callback = value;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) -> ::idlbind::JsValue > ::own_assert_unwind_safe(move |
    __a0 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::interface_argument!(Event, __a0,
    "callback `EventHandlerNonNull` passed to `Element.onclick`", "event", "Event"); {
    let __result = __callback(__a0); ::idlbind::ToJs::to_js(& __result) } }) }; let value
    : & ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_value); let __value = { ::idlbind::__private::no_throw!(self
    .__idl_set_onclick(value), "Element.onclick") }; { let () = __value; let __this :
    ::idlbind::JsValue = ::std::clone::Clone::clone(::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(self));
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_value)), ::std::clone::Clone::clone),
    move || { if let ::std::option::Option::Some(__function) =
    ::std::option::Option::Some(::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_value)) { ::idlbind::callback::__private::reset_attribute(& __this,
    "onclick", __function); } ::std::mem::drop(__closure_value); },) } } fn #[doc =
    " Sets the attribute `onclick` to `null`: no callback. (Dropping the guard that the setter returned does the same, if the attribute still holds its callback.)"]
    clear_onclick(& self,) { ::idlbind::__private::no_throw!(self.__idl_clear_onclick(&
    ::idlbind::JsValue::NULL), "Element.onclick") } fn #[doc = " ```webidl"] #[doc =
    " [EventType=KeyboardEvent] attribute EventHandler onkeydown;"] #[doc = " ```"]
    onkeydown(& self,) -> ::std::option::Option < ::idlbind::__private::js_sys::Function
    > { ::idlbind::__private::no_throw!(self.__idl_onkeydown(), "Element.onkeydown") } fn
    #[doc = " ```webidl"] #[doc =
    " [EventType=KeyboardEvent] attribute EventHandler onkeydown;"] #[doc = " ```"] #[doc
    = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `value` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard sets `onkeydown` back to `null` if it still holds this callback, then frees it (`forget()` keeps it for good)."]
    set_onkeydown[R : ::idlbind::ToJs] (& self, value : impl FnMut(KeyboardEvent) -> R +
    'static) -> ::idlbind::CallbackGuard { let __closure_value = { let mut __callback =
    value; ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) -> ::idlbind::JsValue > ::own_assert_unwind_safe(move |
    __a0 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::interface_argument:: < KeyboardEvent > (__a0,
    "callback `EventHandlerNonNull` ([EventType=KeyboardEvent]) passed to `Element.onkeydown`",
    "event", "KeyboardEvent"); { let __result = __callback(__a0);
    ::idlbind::ToJs::to_js(& __result) } }) }; let value : & ::idlbind::JsValue =
    ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(& __closure_value); let
    __value = { ::idlbind::__private::no_throw!(self.__idl_set_onkeydown(value),
    "Element.onkeydown") }; { let () = __value; let __this : ::idlbind::JsValue =
    ::std::clone::Clone::clone(::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(self));
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_value)), ::std::clone::Clone::clone),
    move || { if let ::std::option::Option::Some(__function) =
    ::std::option::Option::Some(::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_value)) { ::idlbind::callback::__private::reset_attribute(& __this,
    "onkeydown", __function); } ::std::mem::drop(__closure_value); },) } } fn #[doc =
    " Sets the attribute `onkeydown` to `null`: no callback. (Dropping the guard that the setter returned does the same, if the attribute still holds its callback.)"]
    clear_onkeydown(& self,) { ::idlbind::__private::no_throw!(self
    .__idl_clear_onkeydown(& ::idlbind::JsValue::NULL), "Element.onkeydown") } fn #[doc =
    " ```webidl"] #[doc = " [Callback=Owned] attribute EventHandler onload;"] #[doc =
    " ```"] onload(& self,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Function > { ::idlbind::__private::no_throw!(self
    .__idl_onload(), "Element.onload") } fn #[doc = " ```webidl"] #[doc =
    " [Callback=Owned] attribute EventHandler onload;"] #[doc = " ```"] #[doc = ""] #[doc
    = " # Callbacks"] #[doc = ""] #[doc =
    " `value` is given to JavaScript: its garbage collector frees it with the function."]
    set_onload[R : ::idlbind::ToJs] (& self, value : impl FnMut(Event) -> R + 'static) {
    let __closure_value = { let mut __callback = value;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) -> ::idlbind::JsValue > ::own_assert_unwind_safe(move |
    __a0 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::interface_argument!(Event, __a0,
    "callback `EventHandlerNonNull` passed to `Element.onload`", "event", "Event"); { let
    __result = __callback(__a0); ::idlbind::ToJs::to_js(& __result) } }).into_js_value()
    }; let value : & ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(& __closure_value); ::idlbind::__private::no_throw!(self
    .__idl_set_onload(value), "Element.onload") } fn #[doc =
    " Sets the attribute `onload` to `null`: no callback. (Dropping the guard that the setter returned does the same, if the attribute still holds its callback.)"]
    clear_onload(& self,) { ::idlbind::__private::no_throw!(self.__idl_clear_onload(&
    ::idlbind::JsValue::NULL), "Element.onload") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Window"] #[doc = " ```"] type Window =
    "Window"[] convert; caught { (method, js_class = "Window", js_name = "clearInterval")
    fn __idl_set_interval_unregister(this : & Window, __arg0 : i32) -> (); } unexpected {
    (method, js_class = "Window", js_name = "setTimeout") fn __idl_set_timeout_0(this : &
    Window, __arg0 : & ::idlbind::JsValue) -> i32; (method, js_class = "Window", js_name
    = "setTimeout") fn __idl_set_timeout_1(this : & Window, __arg0 : &
    ::idlbind::JsValue, __arg1 : i32) -> i32; (method, js_class = "Window", js_name =
    "setInterval") fn __idl_set_interval_0(this : & Window, __arg0 : &
    ::idlbind::JsValue) -> i32; (method, js_class = "Window", js_name = "setInterval") fn
    __idl_set_interval_1(this : & Window, __arg0 : & ::idlbind::JsValue, __arg1 : i32) ->
    i32; (method, js_class = "Window", js_name = "clearInterval") fn
    __idl_clear_interval_0(this : & Window,) -> (); (method, js_class = "Window", js_name
    = "clearInterval") fn __idl_clear_interval_1(this : & Window, __arg0 : i32) -> ();
    (method, js_class = "Window", js_name = "requestAnimationFrame") fn
    __idl_request_animation_frame(this : & Window, __arg0 : & ::idlbind::JsValue) -> u32;
    }
}
::idlbind::__private::methods! {
    Window; fn #[doc = " ```webidl"] #[doc =
    " long setTimeout(VoidFunction handler, optional long timeout = 0);"] #[doc = " ```"]
    #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `handler` is called at most once: what it captured is dropped after the call, and it is freed when JavaScript no longer holds it."]
    set_timeout(& self, handler : impl FnOnce() + 'static) -> i32 { let __closure_handler
    = { let __callback = handler; ::idlbind::__private::wasm_bindgen::closure::Closure::
    < dyn FnMut() > ::once_assert_unwind_safe(move | | { { __callback(); } })
    .into_js_value() }; let handler : & ::idlbind::JsValue = ::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(& __closure_handler);
    ::idlbind::__private::no_throw!(self.__idl_set_timeout_0(handler),
    "Window.setTimeout") } fn [with set_timeout] #[doc = " ```webidl"] #[doc =
    " long setTimeout(VoidFunction handler, optional long timeout = 0);"] #[doc = " ```"]
    #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `handler` is called at most once: what it captured is dropped after the call, and it is freed when JavaScript no longer holds it."]
    set_timeout_with(& self, handler : impl FnOnce() + 'static, timeout : impl
    ::std::convert::Into < ::std::option::Option < i32 >>) -> i32 { let __closure_handler
    = { let __callback = handler; ::idlbind::__private::wasm_bindgen::closure::Closure::
    < dyn FnMut() > ::once_assert_unwind_safe(move | | { { __callback(); } })
    .into_js_value() }; let handler : & ::idlbind::JsValue = ::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(& __closure_handler); let timeout =
    ::std::convert::Into::into(timeout); if let ::std::option::Option::Some(timeout) =
    timeout { ::idlbind::__private::no_throw!(self.__idl_set_timeout_1(handler, timeout),
    "Window.setTimeout") } else { ::idlbind::__private::no_throw!(self
    .__idl_set_timeout_0(handler), "Window.setTimeout") } } fn #[doc = " ```webidl"]
    #[doc = " long setInterval(VoidFunction handler, optional long timeout = 0);"] #[doc
    = " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `handler` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `clearInterval` with the result, then frees it (`forget()` keeps it for good)."]
    set_interval(& self, handler : impl FnMut() + 'static) -> (i32,
    ::idlbind::CallbackGuard) { let __closure_handler = { let mut __callback = handler;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn FnMut() >
    ::own_assert_unwind_safe(move | | { { __callback(); } }) }; let handler : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_handler); let __value = { ::idlbind::__private::no_throw!(self
    .__idl_set_interval_0(handler), "Window.setInterval") }; { let __this =
    ::std::clone::Clone::clone(self); let __id = __value; let __guard =
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_handler)), ::std::clone::Clone::clone),
    move || { let _ = __this.__idl_set_interval_unregister(__id);
    ::std::mem::drop(__closure_handler); },); (__value, __guard) } } fn [with
    set_interval] #[doc = " ```webidl"] #[doc =
    " long setInterval(VoidFunction handler, optional long timeout = 0);"] #[doc =
    " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `handler` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard calls `clearInterval` with the result, then frees it (`forget()` keeps it for good)."]
    set_interval_with(& self, handler : impl FnMut() + 'static, timeout : impl
    ::std::convert::Into < ::std::option::Option < i32 >>) -> (i32,
    ::idlbind::CallbackGuard) { let __closure_handler = { let mut __callback = handler;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn FnMut() >
    ::own_assert_unwind_safe(move | | { { __callback(); } }) }; let handler : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_handler); let __value = { let timeout =
    ::std::convert::Into::into(timeout); if let ::std::option::Option::Some(timeout) =
    timeout { ::idlbind::__private::no_throw!(self.__idl_set_interval_1(handler,
    timeout), "Window.setInterval") } else { ::idlbind::__private::no_throw!(self
    .__idl_set_interval_0(handler), "Window.setInterval") } }; { let __this =
    ::std::clone::Clone::clone(self); let __id = __value; let __guard =
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_handler)), ::std::clone::Clone::clone),
    move || { let _ = __this.__idl_set_interval_unregister(__id);
    ::std::mem::drop(__closure_handler); },); (__value, __guard) } } fn #[doc =
    " ```webidl"] #[doc = " undefined clearInterval(optional long id = 0);"] #[doc =
    " ```"] clear_interval(& self,) { ::idlbind::__private::no_throw!(self
    .__idl_clear_interval_0(), "Window.clearInterval") } fn [with clear_interval] #[doc =
    " ```webidl"] #[doc = " undefined clearInterval(optional long id = 0);"] #[doc =
    " ```"] clear_interval_with(& self, id : impl ::std::convert::Into <
    ::std::option::Option < i32 >>) { let id = ::std::convert::Into::into(id); if let
    ::std::option::Option::Some(id) = id { ::idlbind::__private::no_throw!(self
    .__idl_clear_interval_1(id), "Window.clearInterval") } else {
    ::idlbind::__private::no_throw!(self.__idl_clear_interval_0(),
    "Window.clearInterval") } } fn #[doc = " ```webidl"] #[doc =
    " unsigned long requestAnimationFrame(FrameRequestCallback callback);"] #[doc =
    " ```"] #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is called at most once: what it captured is dropped after the call, and it is freed when JavaScript no longer holds it."]
    request_animation_frame(& self, callback : impl FnOnce(f64) + 'static) -> u32 { let
    __closure_callback = { let __callback = callback;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) > ::once_assert_unwind_safe(move | __a0 :
    ::idlbind::JsValue | { let __a0 = ::idlbind::callback::__private::argument:: < f64 >
    (__a0, "callback `FrameRequestCallback` passed to `Window.requestAnimationFrame`",
    "time", "double"); { __callback(__a0); } }).into_js_value() }; let callback : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback); ::idlbind::__private::no_throw!(self
    .__idl_request_animation_frame(callback), "Window.requestAnimationFrame") }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface MutationObserver"] #[doc = " ```"] type
    MutationObserver = "MutationObserver"[] convert; caught { (constructor, js_class =
    "MutationObserver") fn __idl_new(__arg0 : & ::idlbind::JsValue) -> MutationObserver;
    }
}
::idlbind::__private::methods! {
    MutationObserver; fn #[doc = " ```webidl"] #[doc =
    " constructor(MutationCallback callback);"] #[doc = " ```"] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is given to JavaScript: its garbage collector frees it with the function."]
    new(callback : impl FnMut(::std::vec::Vec < MutationRecord >, MutationObserver) +
    'static) [throws MutationObserver] { let __closure_callback = { let mut __callback =
    callback; ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue, ::idlbind::JsValue) > ::own_assert_unwind_safe(move | __a0
    : ::idlbind::JsValue, __a1 : ::idlbind::JsValue | { let __a0 =
    ::idlbind::callback::__private::argument:: < ::std::vec::Vec < MutationRecord > >
    (__a0, "callback `MutationCallback` passed to `MutationObserver constructor`",
    "mutations", "sequence<MutationRecord>"); let __a1 =
    ::idlbind::callback::__private::interface_argument!(MutationObserver, __a1,
    "callback `MutationCallback` passed to `MutationObserver constructor`", "observer",
    "MutationObserver"); { __callback(__a0, __a1); } }).into_js_value() }; let callback :
    & ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback); ::idlbind::__private::throws(Self::__idl_new(callback)) }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Walker"] #[doc = " ```"] type Walker =
    "Walker"[] convert; caught { (method, js_class = "Walker", js_name = "visitLater") fn
    __idl_visit_later(this : & Walker, __arg0 : & ::idlbind::JsValue) -> (); } unexpected
    { (method, js_class = "Walker", js_name = "createWalker") fn
    __idl_create_walker_0(this : & Walker, __arg0 : & Node) -> Node; (method, js_class =
    "Walker", js_name = "createWalker") fn __idl_create_walker_1(this : & Walker, __arg0
    : & Node, __arg1 : & ::idlbind::JsValue) -> Node; (method, js_class = "Walker",
    js_name = "forEach") fn __idl_for_each(this : & Walker, __arg0 : &
    ::idlbind::JsValue) -> (); (method, js_class = "Walker", js_name = "finish") fn
    __idl_finish(this : & Walker, __arg0 : & ::idlbind::JsValue) -> (); (method, js_class
    = "Walker", js_name = "relay") fn __idl_relay(this : & Walker, __arg0 : &
    ::idlbind::JsValue) -> (); (method, js_class = "Walker", js_name = "handler") fn
    __idl_handler(this : & Walker,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Function >; (method, js_class = "Walker", js_name =
    "filter") fn __idl_filter(this : & Walker,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Object >; } promised {
    "export function __idl_Walker__compute(o,a0){try{return Promise.resolve(o[\"compute\"](a0))}catch(e){return Promise.reject(e)}}"(method,
    js_class = "Walker", js_name = "compute") fn __idl_Walker__compute(this : & Walker,
    __arg0 : & ::idlbind::JsValue) -> ::idlbind::__private::js_sys::Promise; }
}
::idlbind::__private::methods! {
    Walker; fn #[doc = " ```webidl"] #[doc =
    " Node createWalker(Node root, optional NodeFilter? filter = null);"] #[doc = " ```"]
    create_walker(& self, root : & Node) -> Node { ::idlbind::__private::no_throw!(self
    .__idl_create_walker_0(root), "Walker.createWalker") } fn [with create_walker] #[doc
    = " ```webidl"] #[doc =
    " Node createWalker(Node root, optional NodeFilter? filter = null);"] #[doc = " ```"]
    #[doc = ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `filter` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees it (`forget()` keeps it for good)."]
    create_walker_with[F : NodeFilterObject + 'static] (& self, root : & Node, filter :
    ::std::option::Option < F >) -> (Node, ::idlbind::CallbackGuard) { let
    __closure_filter = filter.map(| mut __callback |
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) -> ::idlbind::JsValue > ::own_assert_unwind_safe(move |
    __a0 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::interface_argument!(Node, __a0,
    "callback `NodeFilter` passed to `Walker.createWalker`", "node", "Node"); { let
    __result = NodeFilterObject::accept_node(& mut __callback, __a0);
    ::idlbind::ToJs::to_js(& __result) } })); let filter : ::std::option::Option < &
    ::idlbind::JsValue > = __closure_filter.as_ref().map(| __value |
    ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(__value)); let __value = {
    let filter = ::std::convert::Into::into(filter); if let
    ::std::option::Option::Some(filter) = filter { ::idlbind::__private::no_throw!(self
    .__idl_create_walker_1(root, filter), "Walker.createWalker") } else {
    ::idlbind::__private::no_throw!(self.__idl_create_walker_0(root),
    "Walker.createWalker") } }; { let __guard =
    ::idlbind::callback::__private::guard(::std::option::Option::map(__closure_filter
    .as_ref().map(| __closure | ::std::convert::AsRef:: < ::idlbind::JsValue >
    ::as_ref(__closure)), ::std::clone::Clone::clone), move || {
    ::std::mem::drop(__closure_filter); },); (__value, __guard) } } fn #[doc =
    " ```webidl"] #[doc = " undefined forEach(Visit callback);"] #[doc = " ```"] #[doc =
    ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is called only during this call (it is borrowed)."] for_each(& self,
    callback : impl FnMut(::std::string::String, ::std::option::Option < u32 >) -> bool)
    { let mut __wrapper_callback = { let mut __callback = callback; move | __a0 :
    ::idlbind::JsValue, __a1 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::argument:: < ::std::string::String > (__a0,
    "callback `Visit` passed to `Walker.forEach`", "name", "DOMString"); let __a1 =
    ::idlbind::callback::__private::argument:: < ::std::option::Option < u32 > > (__a1,
    "callback `Visit` passed to `Walker.forEach`", "depth", "unsigned long"); { let
    __result = __callback(__a0, __a1); ::idlbind::ToJs::to_js(& __result) } } }; let
    __closure_callback = ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue, ::idlbind::JsValue) -> ::idlbind::JsValue + '_ >
    ::borrow_mut_assert_unwind_safe(& mut __wrapper_callback); let callback : &
    ::idlbind::JsValue = __closure_callback.as_js_value();
    ::idlbind::__private::no_throw!(self.__idl_for_each(callback), "Walker.forEach") } fn
    #[doc = " ```webidl"] #[doc =
    " [Throws] undefined visitLater([Callback=Once] Visit callback);"] #[doc = " ```"]
    #[doc = ""] #[doc = " # Errors"] #[doc = ""] #[doc =
    " Returns the JavaScript exception as a [`JsError`](::idlbind::JsError)."] #[doc =
    ""] #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is called at most once: what it captured is dropped after the call, and it is freed when JavaScript no longer holds it."]
    visit_later(& self, callback : impl FnOnce(::std::string::String,
    ::std::option::Option < u32 >) -> bool + 'static) [throws()] { let __closure_callback
    = { let __callback = callback; ::idlbind::__private::wasm_bindgen::closure::Closure::
    < dyn FnMut(::idlbind::JsValue, ::idlbind::JsValue) -> ::idlbind::JsValue >
    ::once_assert_unwind_safe(move | __a0 : ::idlbind::JsValue, __a1 : ::idlbind::JsValue
    | -> ::idlbind::JsValue { let __a0 = ::idlbind::callback::__private::argument:: <
    ::std::string::String > (__a0, "callback `Visit` passed to `Walker.visitLater`",
    "name", "DOMString"); let __a1 = ::idlbind::callback::__private::argument:: <
    ::std::option::Option < u32 > > (__a1,
    "callback `Visit` passed to `Walker.visitLater`", "depth", "unsigned long"); { let
    __result = __callback(__a0, __a1); ::idlbind::ToJs::to_js(& __result) } })
    .into_js_value() }; let callback : & ::idlbind::JsValue = ::std::convert::AsRef:: <
    ::idlbind::JsValue > ::as_ref(& __closure_callback);
    ::idlbind::__private::throws(self.__idl_visit_later(callback)) } fn #[doc =
    " ```webidl"] #[doc = " undefined finish(Done done);"] #[doc = " ```"] #[doc = ""]
    #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `done` is called at most once: what it captured is dropped after the call, and it is freed when JavaScript no longer holds it."]
    finish(& self, done : impl FnOnce(::std::string::String) + 'static) { let
    __closure_done = { let __callback = done;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) > ::once_assert_unwind_safe(move | __a0 :
    ::idlbind::JsValue | { let __a0 = ::idlbind::callback::__private::argument:: <
    ::std::string::String > (__a0, "callback `Done` passed to `Walker.finish`", "status",
    "DOMString"); { __callback(__a0); } }).into_js_value() }; let done : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_done); ::idlbind::__private::no_throw!(self.__idl_finish(done),
    "Walker.finish") } fn #[doc = " ```webidl"] #[doc =
    " Promise<long> compute(Compute callback);"] #[doc = " ```"] #[doc = ""] #[doc =
    " # Callbacks"] #[doc = ""] #[doc =
    " `callback` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees it (`forget()` keeps it for good)."]
    compute[R : ::std::convert::Into < ::idlbind::Promise < i32 > >] (& self, callback :
    impl FnMut(i32) -> R + 'static) -> (::idlbind::Promise < i32 >,
    ::idlbind::CallbackGuard) { let __closure_callback = { let mut __callback = callback;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue) -> ::idlbind::JsValue > ::own_assert_unwind_safe(move |
    __a0 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::argument:: < i32 > (__a0,
    "callback `Compute` passed to `Walker.compute`", "input", "long"); { let __result =
    __callback(__a0); ::idlbind::ToJs::to_js(& ::std::convert::Into:: <
    ::idlbind::Promise < i32 > > ::into(__result)) } }) }; let callback : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_callback); let __value = {
    ::idlbind::Promise::from_js_promise(__idl_Walker__compute(self, callback)) }; { let
    __guard =
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_callback)), ::std::clone::Clone::clone),
    move || { ::std::mem::drop(__closure_callback); },); (__value, __guard) } } fn #[doc
    = " ```webidl"] #[doc = " undefined relay(Relay relay);"] #[doc = " ```"] #[doc = ""]
    #[doc = " # Callbacks"] #[doc = ""] #[doc =
    " `relay` is kept by JavaScript and owned by the returned [`CallbackGuard`](::idlbind::CallbackGuard): dropping the guard frees it (`forget()` keeps it for good)."]
    relay(& self, relay : impl FnMut(::idlbind::__private::js_sys::Function,
    ::std::option::Option < ::idlbind::__private::js_sys::Object >) ->
    ::std::option::Option < ::idlbind::__private::js_sys::Function > + 'static) ->
    ::idlbind::CallbackGuard { let __closure_relay = { let mut __callback = relay;
    ::idlbind::__private::wasm_bindgen::closure::Closure:: < dyn
    FnMut(::idlbind::JsValue, ::idlbind::JsValue) -> ::idlbind::JsValue >
    ::own_assert_unwind_safe(move | __a0 : ::idlbind::JsValue, __a1 : ::idlbind::JsValue
    | -> ::idlbind::JsValue { let __a0 = ::idlbind::callback::__private::argument:: <
    ::idlbind::__private::js_sys::Function > (__a0,
    "callback `Relay` passed to `Walker.relay`", "next", "VoidFunction"); let __a1 =
    ::idlbind::callback::__private::argument:: < ::std::option::Option <
    ::idlbind::__private::js_sys::Object > > (__a1,
    "callback `Relay` passed to `Walker.relay`", "filter", "NodeFilter"); { let __result
    = __callback(__a0, __a1); ::idlbind::ToJs::to_js(& __result) } }) }; let relay : &
    ::idlbind::JsValue = ::std::convert::AsRef:: < ::idlbind::JsValue > ::as_ref(&
    __closure_relay); let __value = { ::idlbind::__private::no_throw!(self
    .__idl_relay(relay), "Walker.relay") }; { let () = __value;
    ::idlbind::callback::__private::guard(::std::option::Option::map(::std::option::Option::Some(::std::convert::AsRef::
    < ::idlbind::JsValue > ::as_ref(& __closure_relay)), ::std::clone::Clone::clone),
    move || { ::std::mem::drop(__closure_relay); },) } } fn #[doc = " ```webidl"] #[doc =
    " EventHandler handler();"] #[doc = " ```"] handler(& self,) -> ::std::option::Option
    < ::idlbind::__private::js_sys::Function > { ::idlbind::__private::no_throw!(self
    .__idl_handler(), "Walker.handler") } fn #[doc = " ```webidl"] #[doc =
    " NodeFilter? filter();"] #[doc = " ```"] filter(& self,) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Object > { ::idlbind::__private::no_throw!(self
    .__idl_filter(), "Walker.filter") }
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (AddEventListenerOptions or boolean)"] #[doc = " ```"] enum
    AddEventListenerOptionsOrBoolean[PartialEq,] { #[doc = " `AddEventListenerOptions`"]
    AddEventListenerOptions(AddEventListenerOptions) : plain, #[doc = " `boolean`"]
    Boolean(bool) : plain, } unscoped; from_js { boolean Boolean(bool); dictionary
    AddEventListenerOptions(AddEventListenerOptions); } else truthy Boolean
}
::idlbind::__private::union! {
    #[doc = " The Web IDL union type:"] #[doc = ""] #[doc = " ```webidl"] #[doc =
    " (EventListenerOptions or boolean)"] #[doc = " ```"] enum
    EventListenerOptionsOrBoolean[PartialEq,] { #[doc = " `EventListenerOptions`"]
    EventListenerOptions(EventListenerOptions) : plain, #[doc = " `boolean`"]
    Boolean(bool) : plain, } unscoped; from_js { boolean Boolean(bool); dictionary
    EventListenerOptions(EventListenerOptions); } else truthy Boolean
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc = " dictionary EventListenerOptions"] #[doc = " ```"]
    struct EventListenerOptions[PartialEq,] { #[doc = " `boolean capture = false`"]
    capture : bool = (false) => read_or_default __idlbind_read_EventListenerOptions_0; }
    default; inline_js =
    "export function __idlbind_build_EventListenerOptions(v0){const o={\"capture\":v0};return o;}export function __idlbind_read_EventListenerOptions_0(o){const v=o[\"capture\"];return v===undefined?false:!!v;}";
    to_js fn __idlbind_build_EventListenerOptions(v0 : bool = value capture,);
}
::idlbind::__private::dictionary! {
    #[doc = " ```webidl"] #[doc =
    " dictionary AddEventListenerOptions : EventListenerOptions"] #[doc = " ```"] struct
    AddEventListenerOptions[PartialEq,] { #[doc = " `boolean capture = false`"] capture :
    bool = (false) => read_or_default __idlbind_read_AddEventListenerOptions_0; #[doc =
    " `boolean once = false`"] once : bool = (false) => read_or_default
    __idlbind_read_AddEventListenerOptions_1; } default; from EventListenerOptions {
    capture } inline_js =
    "export function __idlbind_build_AddEventListenerOptions(v0,v1){const o={\"capture\":v0,\"once\":v1};return o;}export function __idlbind_read_AddEventListenerOptions_0(o){const v=o[\"capture\"];return v===undefined?false:!!v;}export function __idlbind_read_AddEventListenerOptions_1(o){const v=o[\"once\"];return v===undefined?false:!!v;}";
    to_js fn __idlbind_build_AddEventListenerOptions(v0 : bool = value capture, v1 : bool
    = value once,);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " [LegacyTreatNonObjectAsNull] callback EventHandlerNonNull = any (Event event);"]
    #[doc = " ```"] struct EventHandlerNonNull = "EventHandlerNonNull" : function; fn
    (__a0 : ::idlbind::JsValue) -> ::idlbind::JsValue; callback : __callback; new[F :
    FnMut(Event) -> R + 'static, R : ::idlbind::ToJs] (F) = move | __a0 :
    ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::interface_argument!(Event, __a0,
    "callback `EventHandlerNonNull`", "event", "Event"); { let __result =
    __callback(__a0); ::idlbind::ToJs::to_js(& __result) } }; once[F : FnOnce(Event) -> R
    + 'static, R : ::idlbind::ToJs] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback VoidFunction = undefined ();"] #[doc =
    " ```"] struct VoidFunction = "VoidFunction" : function; fn () -> (); callback :
    __callback; new[F : FnMut() + 'static] (F) = move | | { { __callback(); } }; once[F :
    FnOnce() + 'static] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback FrameRequestCallback = undefined (double time);"] #[doc = " ```"] struct
    FrameRequestCallback = "FrameRequestCallback" : function; fn (__a0 :
    ::idlbind::JsValue) -> (); callback : __callback; new[F : FnMut(f64) + 'static] (F) =
    move | __a0 : ::idlbind::JsValue | { let __a0 =
    ::idlbind::callback::__private::argument:: < f64 > (__a0,
    "callback `FrameRequestCallback`", "time", "double"); { __callback(__a0); } }; once[F
    : FnOnce(f64) + 'static] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback MutationCallback = undefined (sequence<MutationRecord> mutations, MutationObserver observer);"]
    #[doc = " ```"] struct MutationCallback = "MutationCallback" : function; fn (__a0 :
    ::idlbind::JsValue, __a1 : ::idlbind::JsValue) -> (); callback : __callback; new[F :
    FnMut(::std::vec::Vec < MutationRecord >, MutationObserver) + 'static] (F) = move |
    __a0 : ::idlbind::JsValue, __a1 : ::idlbind::JsValue | { let __a0 =
    ::idlbind::callback::__private::argument:: < ::std::vec::Vec < MutationRecord > >
    (__a0, "callback `MutationCallback`", "mutations", "sequence<MutationRecord>"); let
    __a1 = ::idlbind::callback::__private::interface_argument!(MutationObserver, __a1,
    "callback `MutationCallback`", "observer", "MutationObserver"); { __callback(__a0,
    __a1); } }; once[F : FnOnce(::std::vec::Vec < MutationRecord >, MutationObserver) +
    'static] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback Visit = boolean (DOMString name, optional unsigned long depth);"] #[doc =
    " ```"] struct Visit = "Visit" : function; fn (__a0 : ::idlbind::JsValue, __a1 :
    ::idlbind::JsValue) -> ::idlbind::JsValue; callback : __callback; new[F :
    FnMut(::std::string::String, ::std::option::Option < u32 >) -> bool + 'static] (F) =
    move | __a0 : ::idlbind::JsValue, __a1 : ::idlbind::JsValue | -> ::idlbind::JsValue {
    let __a0 = ::idlbind::callback::__private::argument:: < ::std::string::String >
    (__a0, "callback `Visit`", "name", "DOMString"); let __a1 =
    ::idlbind::callback::__private::argument:: < ::std::option::Option < u32 > > (__a1,
    "callback `Visit`", "depth", "unsigned long"); { let __result = __callback(__a0,
    __a1); ::idlbind::ToJs::to_js(& __result) } }; once[F : FnOnce(::std::string::String,
    ::std::option::Option < u32 >) -> bool + 'static] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback Compute = Promise<long> (long input);"]
    #[doc = " ```"] struct Compute = "Compute" : function; fn (__a0 : ::idlbind::JsValue)
    -> ::idlbind::JsValue; callback : __callback; new[F : FnMut(i32) -> R + 'static, R :
    ::std::convert::Into < ::idlbind::Promise < i32 > >] (F) = move | __a0 :
    ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::argument:: < i32 > (__a0, "callback `Compute`",
    "input", "long"); { let __result = __callback(__a0); ::idlbind::ToJs::to_js(&
    ::std::convert::Into:: < ::idlbind::Promise < i32 > > ::into(__result)) } }; once[F :
    FnOnce(i32) -> R + 'static, R : ::std::convert::Into < ::idlbind::Promise < i32 > >]
    (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " [Callback=Once] callback Done = undefined (DOMString status);"] #[doc = " ```"]
    struct Done = "Done" : function; fn (__a0 : ::idlbind::JsValue) -> (); callback :
    __callback; new[F : FnMut(::std::string::String) + 'static] (F) = move | __a0 :
    ::idlbind::JsValue | { let __a0 = ::idlbind::callback::__private::argument:: <
    ::std::string::String > (__a0, "callback `Done`", "status", "DOMString"); {
    __callback(__a0); } }; once[F : FnOnce(::std::string::String) + 'static] (F);
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc =
    " callback Relay = VoidFunction? (VoidFunction next, optional NodeFilter filter);"]
    #[doc = " ```"] struct Relay = "Relay" : function; fn (__a0 : ::idlbind::JsValue,
    __a1 : ::idlbind::JsValue) -> ::idlbind::JsValue; callback : __callback; new[F :
    FnMut(::idlbind::__private::js_sys::Function, ::std::option::Option <
    ::idlbind::__private::js_sys::Object >) -> ::std::option::Option <
    ::idlbind::__private::js_sys::Function > + 'static] (F) = move | __a0 :
    ::idlbind::JsValue, __a1 : ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::argument:: < ::idlbind::__private::js_sys::Function >
    (__a0, "callback `Relay`", "next", "VoidFunction"); let __a1 =
    ::idlbind::callback::__private::argument:: < ::std::option::Option <
    ::idlbind::__private::js_sys::Object > > (__a1, "callback `Relay`", "filter",
    "NodeFilter"); { let __result = __callback(__a0, __a1); ::idlbind::ToJs::to_js(&
    __result) } }; once[F : FnOnce(::idlbind::__private::js_sys::Function,
    ::std::option::Option < ::idlbind::__private::js_sys::Object >) ->
    ::std::option::Option < ::idlbind::__private::js_sys::Function > + 'static] (F);
}
/// ```webidl
/// callback interface NodeFilter
/// ```
///
/// The callback interface `NodeFilter`: implement it for a type, or pass a closure (every `FnMut` of the operation's signature implements it). JavaScript receives a function that calls `accept_node`.
#[doc(alias = "NodeFilter")]
pub trait NodeFilterObject {
    /// The operation `acceptNode` of `NodeFilter`: what JavaScript calls.
    fn accept_node(&mut self, node: Node) -> u16;
}
impl<F> NodeFilterObject for F
where
    F: ::std::ops::FnMut(Node) -> u16,
{
    fn accept_node(&mut self, node: Node) -> u16 {
        self(node)
    }
}
/// The constants of the callback interface `NodeFilter`.
pub mod node_filter {
    /// ```webidl
    /// const unsigned short FILTER_ACCEPT = 1;
    /// ```
    pub const FILTER_ACCEPT: u16 = 1;
    /// ```webidl
    /// const unsigned short FILTER_SKIP = 3;
    /// ```
    pub const FILTER_SKIP: u16 = 3;
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback interface NodeFilter"] #[doc = " ```"]
    struct NodeFilter = "NodeFilter" : interface; fn (__a0 : ::idlbind::JsValue) ->
    ::idlbind::JsValue; held :
    "an implementation of [`NodeFilterObject`] (every closure of the operation's signature is one)";
    callback : __callback; new[F : NodeFilterObject + 'static] (F) = move | __a0 :
    ::idlbind::JsValue | -> ::idlbind::JsValue { let __a0 =
    ::idlbind::callback::__private::interface_argument!(Node, __a0,
    "callback `NodeFilter`", "node", "Node"); { let __result =
    NodeFilterObject::accept_node(& mut __callback, __a0); ::idlbind::ToJs::to_js(&
    __result) } };
}
/// ```webidl
/// callback interface EventListener
/// ```
///
/// The callback interface `EventListener`: implement it for a type, or pass a closure (every `FnMut` of the operation's signature implements it). JavaScript receives a function that calls `handle_event`.
#[doc(alias = "EventListener")]
pub trait EventListenerObject {
    /// The operation `handleEvent` of `EventListener`: what JavaScript calls.
    fn handle_event(&mut self, event: Event);
}
impl<F> EventListenerObject for F
where
    F: ::std::ops::FnMut(Event),
{
    fn handle_event(&mut self, event: Event) {
        self(event)
    }
}
::idlbind::__private::callback_value! {
    #[doc = " ```webidl"] #[doc = " callback interface EventListener"] #[doc = " ```"]
    struct EventListener = "EventListener" : interface; fn (__a0 : ::idlbind::JsValue) ->
    (); held :
    "an implementation of [`EventListenerObject`] (every closure of the operation's signature is one)";
    callback : __callback; new[F : EventListenerObject + 'static] (F) = move | __a0 :
    ::idlbind::JsValue | { let __a0 =
    ::idlbind::callback::__private::interface_argument!(Event, __a0,
    "callback `EventListener`", "event", "Event"); { EventListenerObject::handle_event(&
    mut __callback, __a0); } };
}
