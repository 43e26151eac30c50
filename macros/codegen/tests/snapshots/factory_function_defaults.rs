::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width = 0)] interface HTMLImageElement"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: Window."] #[doc(alias =
    "HTMLImageElement")] type HtmlImageElement = "HTMLImageElement"[] convert; caught {
    (constructor, js_class = "Image") fn __idl_new_image_0() -> HtmlImageElement;
    (constructor, js_class = "Image") fn __idl_new_image_1(__arg0 : u32) ->
    HtmlImageElement; }
}
::idlbind::__private::methods! {
    HtmlImageElement; fn #[doc = " ```webidl"] #[doc =
    " [LegacyFactoryFunction=Image(optional unsigned long width)]"] #[doc = " ```"]
    new_image() [throws HtmlImageElement] {
    ::idlbind::__private::throws(Self::__idl_new_image_0()) } fn [with new_image] #[doc =
    " ```webidl"] #[doc = " [LegacyFactoryFunction=Image(optional unsigned long width)]"]
    #[doc = " ```"] new_image_with(width : impl ::std::convert::Into <
    ::std::option::Option < u32 >>) [throws HtmlImageElement] { let width =
    ::std::convert::Into::into(width); if let ::std::option::Option::Some(width) = width
    { ::idlbind::__private::throws(Self::__idl_new_image_1(width)) } else {
    ::idlbind::__private::throws(Self::__idl_new_image_0()) } }
}
::idlbind::__private::imports! {
    #[doc = " ```webidl"] #[doc =
    " [Exposed=Window, LegacyFactoryFunction=Tone(optional double gain = 1.5, optional long offset = -1)] interface Tone"]
    #[doc = " ```"] #[doc = ""] #[doc = " Exposed in: Window."] type Tone = "Tone"[]
    convert; caught { (constructor, js_class = "Tone") fn __idl_new_tone_0() -> Tone;
    (constructor, js_class = "Tone") fn __idl_new_tone_1(__arg0 : f64) -> Tone;
    (constructor, js_class = "Tone") fn __idl_new_tone_2(__arg0 : ::std::option::Option <
    f64 >, __arg1 : i32) -> Tone; }
}
::idlbind::__private::methods! {
    Tone; fn #[doc = " ```webidl"] #[doc =
    " [LegacyFactoryFunction=Tone(optional double gain, optional long offset)]"] #[doc =
    " ```"] new_tone() [throws Tone] {
    ::idlbind::__private::throws(Self::__idl_new_tone_0()) } fn [with new_tone] #[doc =
    " ```webidl"] #[doc =
    " [LegacyFactoryFunction=Tone(optional double gain, optional long offset)]"] #[doc =
    " ```"] new_tone_with(gain : impl ::std::convert::Into < ::std::option::Option < f64
    >>, offset : impl ::std::convert::Into < ::std::option::Option < i32 >>) [throws
    Tone] { let gain = ::std::convert::Into::into(gain); let offset =
    ::std::convert::Into::into(offset); if let ::std::option::Option::Some(offset) =
    offset { let gain = gain.map(| value | ::idlbind::__private::finite_f64(value,
    "Tone constructor")); ::idlbind::__private::throws(Self::__idl_new_tone_2(gain,
    offset)) } else { if let ::std::option::Option::Some(gain) = gain { let gain =
    ::idlbind::__private::finite_f64(gain, "Tone constructor");
    ::idlbind::__private::throws(Self::__idl_new_tone_1(gain)) } else {
    ::idlbind::__private::throws(Self::__idl_new_tone_0()) } } }
}
