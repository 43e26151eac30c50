::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Exposed=(Window,Worker), SecureContext] interface Crypto"] #[doc = " ```"] #[doc =
    ""] #[doc = " Exposed in: Window, Worker."] #[doc =
    " Only in secure contexts (HTTPS, localhost)."] type Crypto = "Crypto"[]; caught {}
}
::idlbind::__private::methods! {
    Crypto;
}
::idlbind::__private::interface_conversions!(Crypto);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=X] interface Everywhere"] #[doc = " ```"]
    #[doc = ""] #[doc = " Exposed in: *."] type Everywhere = "Everywhere"[]; caught {}
}
::idlbind::__private::methods! {
    Everywhere;
}
::idlbind::__private::interface_conversions!(Everywhere);
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [LegacyNoInterfaceObject, Exposed=Window] interface Hidden"] #[doc = " ```"] #[doc
    = ""] #[doc = " Exposed in: Window."] type Hidden = "Hidden"[is_type_of = | value : &
    ::idlbind::JsValue | value.is_object(),]; caught {}
}
::idlbind::__private::methods! {
    Hidden;
}
::idlbind::__private::interface_conversions!(Hidden);
