// `[LegacyFactoryFunction]` arguments may have any default value, numbers included.
[Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width = 0)]
interface HTMLImageElement {};

[Exposed=Window, LegacyFactoryFunction=Tone(optional double gain = 1.5, optional long offset = -1)]
interface Tone {};
