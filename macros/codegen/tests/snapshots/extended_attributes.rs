#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [Exposed=(Window,Worker), SecureContext] interface Crypto
    /// ```
    ///
    /// Exposed in: Window, Worker.
    /// Only in secure contexts (HTTPS, localhost).
    #[wasm_bindgen(
        js_name = "Crypto",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Crypto"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Crypto;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Crypto {}
::idlbind::__private::interface_conversions!(Crypto);
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [Exposed=X] interface Everywhere
    /// ```
    ///
    /// Exposed in: *.
    #[wasm_bindgen(
        js_name = "Everywhere",
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Everywhere"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Everywhere;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Everywhere {}
::idlbind::__private::interface_conversions!(Everywhere);
#[::idlbind::__private::wasm_bindgen::prelude::wasm_bindgen(
    wasm_bindgen = ::idlbind::__private::wasm_bindgen,
    js_sys = ::idlbind::__private::js_sys,
)]
extern "C" {
    /// ```webidl
    /// [LegacyNoInterfaceObject, Exposed=Window] interface Hidden
    /// ```
    ///
    /// Exposed in: Window.
    #[wasm_bindgen(
        js_name = "Hidden",
        is_type_of = |value:&::idlbind::JsValue|value.is_object(),
        extends = ::idlbind::__private::js_sys::Object,
        typescript_type = "Hidden"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub type Hidden;
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Hidden {}
::idlbind::__private::interface_conversions!(Hidden);
