//! The members the benchmarks call, bound by idlbind from their specs' IDL (@webref/idl
//! 3.85.0: dom.idl, html.idl, css-font-loading.idl, web-animations.idl), copied here so the
//! crate builds on its own. Members the benchmarks do not call are left out; `[Throws]` is
//! added where the spec says a member throws; `UIEventInit` loses `view` and `which`, and
//! `EventModifierInit` keeps only `ctrlKey` and `shiftKey` (eight members in all, as the other
//! two variants set); `EffectTiming` is Web Animations level 1's, with `delay`, `endDelay` and
//! `duration`.

use idlbind::idl;

idl! {
    [Exposed=*]
    interface Event {
      constructor(DOMString type, optional EventInit eventInitDict = {});
      readonly attribute DOMString type;
    };

    dictionary EventInit {
      boolean bubbles = false;
      boolean cancelable = false;
      boolean composed = false;
    };

    [Exposed=*]
    interface EventTarget {
      constructor();

      undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});
      undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});
      boolean dispatchEvent(Event event);
    };

    callback interface EventListener {
      undefined handleEvent(Event event);
    };

    dictionary EventListenerOptions {
      boolean capture = false;
    };

    dictionary AddEventListenerOptions : EventListenerOptions {
      boolean passive;
      boolean once = false;
      AbortSignal signal;
    };

    [Exposed=*]
    interface AbortSignal : EventTarget {
      readonly attribute boolean aborted;
    };

    [Exposed=Window]
    interface UIEvent : Event {
      constructor(DOMString type, optional UIEventInit eventInitDict = {});
      readonly attribute long detail;
    };

    dictionary UIEventInit : EventInit {
      long detail = 0;
    };

    dictionary EventModifierInit : UIEventInit {
      boolean ctrlKey = false;
      boolean shiftKey = false;
    };

    [Exposed=Window]
    interface MouseEvent : UIEvent {
      constructor(DOMString type, optional MouseEventInit eventInitDict = {});
      readonly attribute long clientX;
    };

    dictionary MouseEventInit : EventModifierInit {
      long clientX = 0;
      long clientY = 0;
    };

    [Exposed=Window]
    interface NodeList {
      getter Node? item(unsigned long index);
      readonly attribute unsigned long length;
      iterable<Node>;
    };

    [Exposed=Window]
    interface Node : EventTarget {
      readonly attribute unsigned short nodeType;
      boolean hasChildNodes();
      [SameObject] readonly attribute NodeList childNodes;
    };

    [Exposed=Window]
    interface Element : Node {
      DOMString? getAttribute(DOMString qualifiedName);
    };

    [Exposed=(Window,Worker)]
    interface FontFaceSet : EventTarget {
      readonly attribute Promise<FontFaceSet> ready;
    };

    [Exposed=(Window,Worker)]
    interface CanvasGradient {
      [Throws] undefined addColorStop(double offset, DOMString color);
    };

    [Exposed=(Window,Worker)]
    interface CanvasPattern {};

    interface mixin CanvasFillStrokeStyles {
      attribute (DOMString or CanvasGradient or CanvasPattern) fillStyle;
    };

    [Exposed=Window]
    interface CanvasRenderingContext2D {};
    CanvasRenderingContext2D includes CanvasFillStrokeStyles;

    [Exposed=Window]
    interface AnimationEffect {
      EffectTiming getTiming();
    };

    dictionary EffectTiming {
      double delay = 0;
      double endDelay = 0;
      FillMode fill = "auto";
      double iterationStart = 0.0;
      unrestricted double iterations = 1.0;
      (unrestricted double or DOMString) duration = "auto";
      PlaybackDirection direction = "normal";
      DOMString easing = "linear";
    };

    enum FillMode { "none", "forwards", "backwards", "both", "auto" };

    enum PlaybackDirection { "normal", "reverse", "alternate", "alternate-reverse" };
}
