::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Event"] #[doc = " ```"] type Event =
    "Event"[]; caught {} unexpected { #[wasm_bindgen(method, js_class = "Event", js_name
    = "timeStamp", getter)] fn __idl_time_stamp(this : & Event,) -> f64;
    #[wasm_bindgen(method, js_class = "Event", js_name = "target", getter)] fn
    __idl_target(this : & Event,) -> ::std::option::Option < Node >; }
}
#[allow(dead_code, clippy::too_many_arguments, clippy::should_implement_trait)]
impl Event {
    /// ```webidl
    /// readonly attribute EpochTime timeStamp;
    /// ```
    #[inline]
    pub fn time_stamp(&self) -> u64 {
        ::idlbind::__private::no_throw!(self.__idl_time_stamp(), "Event.timeStamp")
            as u64
    }
    /// ```webidl
    /// readonly attribute MaybeNode target;
    /// ```
    #[inline]
    pub fn target(&self) -> ::std::option::Option<Node> {
        ::idlbind::__private::no_throw!(self.__idl_target(), "Event.target")
    }
}
::idlbind::__private::interface_conversions!(Event);
