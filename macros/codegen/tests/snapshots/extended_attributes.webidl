// Extended attributes: `[Exposed]` and `[SecureContext]` are stated in the docs;
// `[LegacyNoInterfaceObject]` types have no global to `instanceof`: casts check for an object.
[Exposed=(Window,Worker), SecureContext]
interface Crypto {};
[Exposed=*]
interface Everywhere {};
[LegacyNoInterfaceObject, Exposed=Window]
interface Hidden {};
