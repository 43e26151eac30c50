// The arguments of `[LegacyFactoryFunction]` may have numeric defaults, as an operation's may:
// the interface binds, and its factory takes the arguments as options.
use idlbind::idl;

idl! {
    [Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width = 0)]
    interface HTMLImageElement {};

    [Exposed=Window, LegacyFactoryFunction=Tone(optional double gain = 1.5, optional long offset = -1)]
    interface Tone {};
}

fn main() {
    // Not called: the imports are JavaScript's, and this runs natively.
    let _image = |width: u32| HtmlImageElement::new_image_with(width);
    let _default = HtmlImageElement::new_image;
    let _tone = |gain: f64, offset: i32| Tone::new_tone_with(gain, offset);
}
