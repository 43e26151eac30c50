// Callback functions: arguments take closures; the policy decides how long JavaScript keeps
// them. Results of callback type are the JavaScript function.
[LegacyTreatNonObjectAsNull]
callback EventHandlerNonNull = any (Event event);
typedef EventHandlerNonNull? EventHandler;
callback VoidFunction = undefined ();
callback FrameRequestCallback = undefined (double time);
callback MutationCallback = undefined (sequence<MutationRecord> mutations, MutationObserver observer);
callback Visit = boolean (DOMString name, optional unsigned long depth);
callback Compute = Promise<long> (long input);
[Callback=Once] callback Done = undefined (DOMString status);
// A callback receiving and returning callbacks: the JavaScript functions.
callback Relay = VoidFunction? (VoidFunction next, optional NodeFilter filter);

// A callback interface: a trait implemented for closures, and a module of its constants.
callback interface NodeFilter {
  const unsigned short FILTER_ACCEPT = 1;
  const unsigned short FILTER_SKIP = 3;
  unsigned short acceptNode(Node node);
};

callback interface EventListener {
  undefined handleEvent(Event event);
};

interface EventTarget {
  // Guard whose drop calls `removeEventListener` with the same arguments.
  undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});
  // Takes the function a guard holds.
  undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});
  // Typed events: the closure receives a `MouseEvent`.
  [RustName=add_mouse_listener, EventType=MouseEvent] undefined addEventListener(DOMString type, EventListener? callback);
};

dictionary EventListenerOptions {
  boolean capture = false;
};

dictionary AddEventListenerOptions : EventListenerOptions {
  boolean once = false;
};

interface Element {
  // An event-handler attribute: the setter returns a guard, `clear_onclick` sets null.
  attribute EventHandler onclick;
  [EventType=KeyboardEvent] attribute EventHandler onkeydown;
  [Callback=Owned] attribute EventHandler onload;
};

interface Window {
  // The platform table: once-callbacks, and a guard that calls `clearInterval`.
  long setTimeout(VoidFunction handler, optional long timeout = 0);
  long setInterval(VoidFunction handler, optional long timeout = 0);
  undefined clearInterval(optional long id = 0);
  unsigned long requestAnimationFrame(FrameRequestCallback callback);
};

interface MutationObserver {
  // A constructor argument is owned by JavaScript's garbage collector.
  constructor(MutationCallback callback);
};

interface Walker {
  // Other operations: a guard that only frees the closure; here with an optional callback
  // and a result.
  Node createWalker(Node root, optional NodeFilter? filter = null);
  // `forEach` borrows its callback: no `'static` needed.
  undefined forEach(Visit callback);
  // Written policies, on the argument and on the callback definition.
  [Throws] undefined visitLater([Callback=Once] Visit callback);
  undefined finish(Done done);
  // A promise-returning callback takes async closures.
  Promise<long> compute(Compute callback);
  undefined relay(Relay relay);
  // A result of callback type.
  EventHandler handler();
  NodeFilter? filter();
};
