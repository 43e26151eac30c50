::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Limits"] #[doc = " ```"] type Limits =
    "Limits"[] convert; caught {}
}
::idlbind::__private::methods! {
    Limits; const #[doc = " ```webidl"] #[doc = " const octet MAX_OCTET = 0xFF;"] #[doc =
    " ```"] MAX_OCTET : u8 = 255; const #[doc = " ```webidl"] #[doc =
    " const long NEGATIVE = -1;"] #[doc = " ```"] NEGATIVE : i32 = - 1; const #[doc =
    " ```webidl"] #[doc = " const unsigned long OCTAL = 0777;"] #[doc = " ```"] OCTAL :
    u32 = 511; const #[doc = " ```webidl"] #[doc =
    " const long long BIG = 9007199254740991;"] #[doc = " ```"] BIG : i64 =
    9007199254740991; const #[doc = " ```webidl"] #[doc =
    " const boolean ENABLED = true;"] #[doc = " ```"] ENABLED : bool = true; const #[doc
    = " ```webidl"] #[doc = " const double HALF = 0.5;"] #[doc = " ```"] HALF : f64 =
    0.5; const #[doc = " ```webidl"] #[doc =
    " const unrestricted double POSITIVE_INFINITY = Infinity;"] #[doc = " ```"]
    POSITIVE_INFINITY : f64 = f64::INFINITY; const #[doc = " ```webidl"] #[doc =
    " const unrestricted float NOT_A_NUMBER = NaN;"] #[doc = " ```"] NOT_A_NUMBER : f32 =
    f32::NAN; const #[doc = " ```webidl"] #[doc = " const float TEN = 10;"] #[doc =
    " ```"] TEN : f32 = 10.0; const #[doc = " ```webidl"] #[doc =
    " const short camelCaseName = 3;"] #[doc = " ```"] CAMEL_CASE_NAME : i16 = 3;
}
