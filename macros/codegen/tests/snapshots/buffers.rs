::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Target"] #[doc = " ```"] type Target =
    "Target"[] convert; caught {} unexpected { (method, js_class = "Target", js_name =
    "decode") fn __idl_decode_0(this : & Target,) -> (); (method, js_class = "Target",
    js_name = "decode") fn __idl_decode_1(this : & Target, __arg0 : ::idlbind::JsValue)
    -> (); (method, js_class = "Target", js_name = "fill") fn __idl_fill(this : & Target,
    __arg0 : ::idlbind::JsValue) -> ::idlbind::__private::js_sys::Object; (method,
    js_class = "Target", js_name = "floats") fn __idl_floats(this : & Target, __arg0 :
    ::idlbind::JsValue) -> (); (method, js_class = "Target", js_name = "buffer") fn
    __idl_buffer(this : & Target,) -> ::idlbind::__private::js_sys::ArrayBuffer; (method,
    js_class = "Target", js_name = "bytes") fn __idl_bytes(this : & Target,) ->
    ::idlbind::__private::js_sys::Uint8Array; (method, js_class = "Target", js_name =
    "take") fn __idl_take(this : & Target, __arg0 : &
    ::idlbind::__private::js_sys::ArrayBuffer, __arg1 : &
    ::idlbind::__private::js_sys::DataView) -> (); (method, js_class = "Target", js_name
    = "wide") fn __idl_wide(this : & Target, __arg0 : &
    ::idlbind::__private::js_sys::BigInt) -> ::idlbind::__private::js_sys::BigInt; }
}
::idlbind::__private::methods! {
    Target; fn #[doc = " ```webidl"] #[doc =
    " undefined decode(optional AllowSharedBufferSource input);"] #[doc = " ```"]
    decode(& self,) { ::idlbind::__private::no_throw!(self.__idl_decode_0(),
    "Target.decode") } fn [with decode] #[doc = " ```webidl"] #[doc =
    " undefined decode(optional AllowSharedBufferSource input);"] #[doc = " ```"]
    decode_with['a] (& self, input : impl ::std::convert::Into < ::std::option::Option <
    & 'a[u8] >>) { let input = ::std::convert::Into::into(input); if let
    ::std::option::Option::Some(input) = input { let __kept_input = input; let input = {
    let __value = & __kept_input; ::idlbind::BufferSource::buffer_view(& __value) };
    ::idlbind::__private::no_throw!(self.__idl_decode_1(input), "Target.decode") } else {
    ::idlbind::__private::no_throw!(self.__idl_decode_0(), "Target.decode") } } fn #[doc
    = " ```webidl"] #[doc = " ArrayBufferView fill(ArrayBufferView array);"] #[doc =
    " ```"] fill(& self, array : impl ::idlbind::BufferSource) ->
    ::idlbind::__private::js_sys::Object { let __kept_array = array; let array = { let
    __value = & __kept_array; ::idlbind::BufferSource::buffer_view(& __value) };
    ::idlbind::__private::no_throw!(self.__idl_fill(array), "Target.fill") } fn #[doc =
    " ```webidl"] #[doc = " undefined floats(Float32Array data);"] #[doc = " ```"]
    floats(& self, data : impl ::idlbind::TypedArraySource < f32 >) { let __kept_data =
    data; let data = { let __value = & __kept_data;
    ::idlbind::BufferSource::buffer_view(& __value) };
    ::idlbind::__private::no_throw!(self.__idl_floats(data), "Target.floats") } fn #[doc
    = " ```webidl"] #[doc = " ArrayBuffer buffer();"] #[doc = " ```"] buffer(& self,) ->
    ::idlbind::__private::js_sys::ArrayBuffer { ::idlbind::__private::no_throw!(self
    .__idl_buffer(), "Target.buffer") } fn #[doc = " ```webidl"] #[doc =
    " Uint8Array bytes();"] #[doc = " ```"] bytes(& self,) ->
    ::idlbind::__private::js_sys::Uint8Array { ::idlbind::__private::no_throw!(self
    .__idl_bytes(), "Target.bytes") } fn #[doc = " ```webidl"] #[doc =
    " undefined take(ArrayBuffer buffer, DataView view);"] #[doc = " ```"] take(& self,
    buffer : & ::idlbind::__private::js_sys::ArrayBuffer, view : &
    ::idlbind::__private::js_sys::DataView) { ::idlbind::__private::no_throw!(self
    .__idl_take(buffer, view), "Target.take") } fn #[doc = " ```webidl"] #[doc =
    " bigint wide(bigint value);"] #[doc = " ```"] wide(& self, value : &
    ::idlbind::__private::js_sys::BigInt) -> ::idlbind::__private::js_sys::BigInt {
    ::idlbind::__private::no_throw!(self.__idl_wide(value), "Target.wide") }
}
