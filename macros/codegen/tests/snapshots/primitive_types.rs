::core::compile_error! {
    "operations without a name are not supported by idlbind yet"
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Types"] #[doc = " ```"] type Types =
    "Types"[] convert; caught {} unexpected { (method, js_class = "Types", js_name =
    "boolean") fn __idl_boolean(this : & Types, __arg0 : bool) -> bool; (method, js_class
    = "Types", js_name = "byte") fn __idl_byte(this : & Types, __arg0 : i8) -> i8;
    (method, js_class = "Types", js_name = "octet") fn __idl_octet(this : & Types, __arg0
    : u8) -> u8; (method, js_class = "Types", js_name = "short") fn __idl_short(this : &
    Types, __arg0 : i16) -> i16; (method, js_class = "Types", js_name = "unsignedShort")
    fn __idl_unsigned_short(this : & Types, __arg0 : u16) -> u16; (method, js_class =
    "Types", js_name = "unsignedLong") fn __idl_unsigned_long(this : & Types, __arg0 :
    u32) -> u32; (method, js_class = "Types", js_name = "longLong") fn
    __idl_long_long(this : & Types, __arg0 : f64) -> f64; (method, js_class = "Types",
    js_name = "unsignedLongLong") fn __idl_unsigned_long_long(this : & Types, __arg0 :
    f64) -> f64; (method, js_class = "Types", js_name = "float") fn __idl_float(this : &
    Types, __arg0 : f32) -> f32; (method, js_class = "Types", js_name =
    "unrestrictedFloat") fn __idl_unrestricted_float(this : & Types, __arg0 : f32) ->
    f32; (method, js_class = "Types", js_name = "double") fn __idl_double(this : & Types,
    __arg0 : f64) -> f64; (method, js_class = "Types", js_name = "unrestrictedDouble") fn
    __idl_unrestricted_double(this : & Types, __arg0 : f64) -> f64; (method, js_class =
    "Types", js_name = "domString") fn __idl_dom_string(this : & Types, __arg0 : & str)
    -> ::std::string::String; (method, js_class = "Types", js_name = "usvString") fn
    __idl_usv_string(this : & Types, __arg0 : & str) -> ::std::string::String; (method,
    js_class = "Types", js_name = "byteString") fn __idl_byte_string(this : & Types,
    __arg0 : & str) -> ::std::string::String; (method, js_class = "Types", js_name =
    "any") fn __idl_any(this : & Types, __arg0 : & ::idlbind::JsValue) ->
    ::idlbind::JsValue; (method, js_class = "Types", js_name = "object") fn
    __idl_object(this : & Types, __arg0 : & ::idlbind::__private::js_sys::Object) ->
    ::idlbind::__private::js_sys::Object; (method, js_class = "Types", js_name =
    "symbol") fn __idl_symbol(this : & Types, __arg0 : &
    ::idlbind::__private::js_sys::Symbol) -> ::idlbind::__private::js_sys::Symbol;
    (method, js_class = "Types", js_name = "nothing") fn __idl_nothing(this : & Types,)
    -> (); }
}
::idlbind::__private::methods! {
    Types; fn #[doc = " ```webidl"] #[doc = " boolean boolean(boolean b);"] #[doc =
    " ```"] boolean(& self, b : bool) -> bool { ::idlbind::__private::no_throw!(self
    .__idl_boolean(b), "Types.boolean") } fn #[doc = " ```webidl"] #[doc =
    " byte byte(byte v);"] #[doc = " ```"] byte(& self, v : i8) -> i8 {
    ::idlbind::__private::no_throw!(self.__idl_byte(v), "Types.byte") } fn #[doc =
    " ```webidl"] #[doc = " octet octet(octet v);"] #[doc = " ```"] octet(& self, v : u8)
    -> u8 { ::idlbind::__private::no_throw!(self.__idl_octet(v), "Types.octet") } fn
    #[doc = " ```webidl"] #[doc = " short short(short v);"] #[doc = " ```"] short(& self,
    v : i16) -> i16 { ::idlbind::__private::no_throw!(self.__idl_short(v), "Types.short")
    } fn #[doc = " ```webidl"] #[doc =
    " unsigned short unsignedShort(unsigned short v);"] #[doc = " ```"] unsigned_short(&
    self, v : u16) -> u16 { ::idlbind::__private::no_throw!(self.__idl_unsigned_short(v),
    "Types.unsignedShort") } fn #[doc = " ```webidl"] #[doc =
    " unsigned long unsignedLong(unsigned long v);"] #[doc = " ```"] unsigned_long(&
    self, v : u32) -> u32 { ::idlbind::__private::no_throw!(self.__idl_unsigned_long(v),
    "Types.unsignedLong") } fn #[doc = " ```webidl"] #[doc =
    " long long longLong(long long v);"] #[doc = " ```"] long_long(& self, v : i64) ->
    i64 { let v = v as f64; ::idlbind::__private::no_throw!(self.__idl_long_long(v),
    "Types.longLong") as i64 } fn #[doc = " ```webidl"] #[doc =
    " unsigned long long unsignedLongLong(unsigned long long v);"] #[doc = " ```"]
    unsigned_long_long(& self, v : u64) -> u64 { let v = v as f64;
    ::idlbind::__private::no_throw!(self.__idl_unsigned_long_long(v),
    "Types.unsignedLongLong") as u64 } fn #[doc = " ```webidl"] #[doc =
    " float float(float v);"] #[doc = " ```"] float(& self, v : f32) -> f32 { let v =
    ::idlbind::__private::finite_f32(v, "Types.float");
    ::idlbind::__private::no_throw!(self.__idl_float(v), "Types.float") } fn #[doc =
    " ```webidl"] #[doc = " unrestricted float unrestrictedFloat(unrestricted float v);"]
    #[doc = " ```"] unrestricted_float(& self, v : f32) -> f32 {
    ::idlbind::__private::no_throw!(self.__idl_unrestricted_float(v),
    "Types.unrestrictedFloat") } fn #[doc = " ```webidl"] #[doc =
    " double double(double v);"] #[doc = " ```"] double(& self, v : f64) -> f64 { let v =
    ::idlbind::__private::finite_f64(v, "Types.double");
    ::idlbind::__private::no_throw!(self.__idl_double(v), "Types.double") } fn #[doc =
    " ```webidl"] #[doc =
    " unrestricted double unrestrictedDouble(unrestricted double v);"] #[doc = " ```"]
    unrestricted_double(& self, v : f64) -> f64 { ::idlbind::__private::no_throw!(self
    .__idl_unrestricted_double(v), "Types.unrestrictedDouble") } fn #[doc = " ```webidl"]
    #[doc = " DOMString domString(DOMString v);"] #[doc = " ```"] dom_string(& self, v :
    & str) -> ::std::string::String { ::idlbind::__private::no_throw!(self
    .__idl_dom_string(v), "Types.domString") } fn #[doc = " ```webidl"] #[doc =
    " USVString usvString(USVString v);"] #[doc = " ```"] usv_string(& self, v : & str)
    -> ::std::string::String { ::idlbind::__private::no_throw!(self.__idl_usv_string(v),
    "Types.usvString") } fn #[doc = " ```webidl"] #[doc =
    " ByteString byteString(ByteString v);"] #[doc = " ```"] byte_string(& self, v : &
    str) -> ::std::string::String { let v = ::idlbind::__private::byte_string(v,
    "Types.byteString"); ::idlbind::__private::no_throw!(self.__idl_byte_string(v),
    "Types.byteString") } fn #[doc = " ```webidl"] #[doc = " any any(any v);"] #[doc =
    " ```"] any(& self, v : & ::idlbind::JsValue) -> ::idlbind::JsValue {
    ::idlbind::__private::no_throw!(self.__idl_any(v), "Types.any") } fn #[doc =
    " ```webidl"] #[doc = " object object(object v);"] #[doc = " ```"] object(& self, v :
    & ::idlbind::__private::js_sys::Object) -> ::idlbind::__private::js_sys::Object {
    ::idlbind::__private::no_throw!(self.__idl_object(v), "Types.object") } fn #[doc =
    " ```webidl"] #[doc = " symbol symbol(symbol v);"] #[doc = " ```"] symbol(& self, v :
    & ::idlbind::__private::js_sys::Symbol) -> ::idlbind::__private::js_sys::Symbol {
    ::idlbind::__private::no_throw!(self.__idl_symbol(v), "Types.symbol") } fn #[doc =
    " ```webidl"] #[doc = " undefined nothing();"] #[doc = " ```"] nothing(& self,) {
    ::idlbind::__private::no_throw!(self.__idl_nothing(), "Types.nothing") }
}
