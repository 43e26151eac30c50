// Callbacks inside unions, dictionaries, sequences and records: a value type named after the
// callback holds a Rust closure or a JavaScript function; a method converts the argument in a
// `CallbackScope` of the policy its member gives callbacks.

// Web IDL's `Function`: the variadic `arguments` arrive as a `Vec`.
callback Function = any (any... arguments);
// HTML's `TimerHandler` (without `TrustedScript`): a string or a closure.
typedef (DOMString or Function) TimerHandler;

interface mixin WindowOrWorkerGlobalScope {
  // Once from the platform table: the closure in `handler` is a once-function.
  long setTimeout(TimerHandler handler, optional long timeout = 0, any... arguments);
  // A guard whose drop calls `clearInterval`, also for a string handler.
  long setInterval(TimerHandler handler, optional long timeout = 0, any... arguments);
  undefined clearInterval(optional long id = 0);
};

interface Window {};
Window includes WindowOrWorkerGlobalScope;

// The Streams Standard's underlying source and queuing strategy.
callback UnderlyingSourceStartCallback = any (ReadableStreamController controller);
callback UnderlyingSourcePullCallback = Promise<undefined> (ReadableStreamController controller);
callback QueuingStrategySize = unrestricted double (any chunk);

dictionary UnderlyingSource {
  UnderlyingSourceStartCallback start;
  UnderlyingSourcePullCallback pull;
  unrestricted double autoAllocateChunkSize;
};

dictionary QueuingStrategy {
  unrestricted double highWaterMark;
  QueuingStrategySize size;
};

typedef any ReadableStreamController;

interface ReadableStream {
  // A constructor: the closures of both dictionaries are owned by the garbage collector.
  constructor(optional UnderlyingSource underlyingSource = {}, optional QueuingStrategy strategy = {});
};

// A callback of more than 8 arguments: JavaScript's arguments arrive packed.
callback Nine = undefined (long a, long b, long c, long d, long e, long f, long g, long h, long i);
// A callback interface with a variadic operation.
callback interface Logger {
  undefined log(DOMString level, DOMString... parts);
};

// HTML's custom element registry: a union result decoded by Web IDL's order (callable first).
callback CustomElementConstructor = HTMLElement ();
interface HTMLElement {};

interface Registry {
  (CustomElementConstructor or undefined) get(DOMString name);
  Promise<CustomElementConstructor> whenDefined(DOMString name);
  // Sequences and records of callbacks, and a written policy on a nested argument.
  undefined keepAll(sequence<Function> functions, record<DOMString, Logger> loggers);
  undefined runAll([Callback=Borrowed] sequence<Nine> nines);
  undefined logWith(Logger logger, Nine nine);
  // An attribute: the setter's guard resets it if it still holds the function.
  attribute (DOMString or Function)? handler;
  // `[Callback=Owned]`: the setter gives the closure to the garbage collector.
  [Callback=Owned] attribute (DOMString or Function) owned;
};
