::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Limits"] #[doc = " ```"] type Limits =
    "Limits"[]; caught {}
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Limits {
    /// ```webidl
    /// const octet MAX_OCTET = 0xFF;
    /// ```
    pub const MAX_OCTET: u8 = 255;
    /// ```webidl
    /// const long NEGATIVE = -1;
    /// ```
    pub const NEGATIVE: i32 = -1;
    /// ```webidl
    /// const unsigned long OCTAL = 0777;
    /// ```
    pub const OCTAL: u32 = 511;
    /// ```webidl
    /// const long long BIG = 9007199254740991;
    /// ```
    pub const BIG: i64 = 9007199254740991;
    /// ```webidl
    /// const boolean ENABLED = true;
    /// ```
    pub const ENABLED: bool = true;
    /// ```webidl
    /// const double HALF = 0.5;
    /// ```
    pub const HALF: f64 = 0.5;
    /// ```webidl
    /// const unrestricted double POSITIVE_INFINITY = Infinity;
    /// ```
    pub const POSITIVE_INFINITY: f64 = f64::INFINITY;
    /// ```webidl
    /// const unrestricted float NOT_A_NUMBER = NaN;
    /// ```
    pub const NOT_A_NUMBER: f32 = f32::NAN;
    /// ```webidl
    /// const float TEN = 10;
    /// ```
    pub const TEN: f32 = 10.0;
    /// ```webidl
    /// const short camelCaseName = 3;
    /// ```
    pub const CAMEL_CASE_NAME: i16 = 3;
}
::idlbind::__private::interface_conversions!(Limits);
