::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Exposed=(Window,Worker), SecureContext] interface Crypto"] #[doc = " ```"] #[doc =
    ""] #[doc = " Exposed in: Window, Worker."] #[doc =
    " Only in secure contexts (HTTPS, localhost)."] type Crypto = "Crypto"[] convert;
    caught {}
}
::idlbind::__private::methods! {
    Crypto;
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " [Exposed=X] interface Everywhere"] #[doc = " ```"]
    #[doc = ""] #[doc = " Exposed in: *."] type Everywhere = "Everywhere"[] convert;
    caught {}
}
::idlbind::__private::methods! {
    Everywhere;
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [LegacyNoInterfaceObject, Exposed=Window] interface Hidden"] #[doc = " ```"] #[doc
    = ""] #[doc = " Exposed in: Window."] type Hidden = "Hidden"[is_type_of = | value : &
    ::idlbind::JsValue | value.is_object(),] convert; caught {}
}
::idlbind::__private::methods! {
    Hidden;
}
