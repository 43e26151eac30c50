::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc = " interface Event"] #[doc = " ```"] type Event =
    "Event"[] convert; caught {} unexpected { (method, js_class = "Event", js_name =
    "timeStamp", getter) fn __idl_time_stamp(this : & Event,) -> f64; (method, js_class =
    "Event", js_name = "target", getter) fn __idl_target(this : & Event,) ->
    ::std::option::Option < Node >; }
}
::idlbind::__private::methods! {
    Event; fn #[doc = " ```webidl"] #[doc = " readonly attribute EpochTime timeStamp;"]
    #[doc = " ```"] time_stamp(& self,) -> u64 { ::idlbind::__private::no_throw!(self
    .__idl_time_stamp(), "Event.timeStamp") as u64 } fn #[doc = " ```webidl"] #[doc =
    " readonly attribute MaybeNode target;"] #[doc = " ```"] target(& self,) ->
    ::std::option::Option < Node > { ::idlbind::__private::no_throw!(self.__idl_target(),
    "Event.target") }
}
