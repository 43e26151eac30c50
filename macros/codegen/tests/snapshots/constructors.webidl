// Constructors: `Type::new(..) -> Result<Type, JsError>` (constructors can always throw).
interface URL {
  constructor(USVString url, optional USVString base);
};
interface EventTarget {
  constructor();
};
