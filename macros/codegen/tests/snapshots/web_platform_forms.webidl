// fetch.idl: a static and an instance member of one name (`Response.json`).
[Exposed=(Window,Worker)]
interface Response {
  [NewObject] static Response json(any data, optional ResponseInit init = {});
  readonly attribute unsigned short status;
  [NewObject] Promise<any> json();
};

dictionary ResponseInit {
  unsigned short status = 200;
  ByteString statusText = "";
};

// streams.idl: `async_sequence<any>` (weedle2 does not know it).
[Exposed=*, Transferable]
interface ReadableStream {
  static ReadableStream from(async_sequence<any> asyncIterable);
  ReadableStreamDefaultReader getReader();
};

[Exposed=*]
interface ReadableStreamDefaultReader {
  Promise<ReadableStreamReadResult> read();
};

dictionary ReadableStreamReadResult {
  any value;
  boolean done;
};

// webgpu.idl: constants in a namespace (weedle2 does not parse them there).
typedef [EnforceRange] unsigned long GPUFlagsConstant;
[Exposed=(Window, Worker), SecureContext]
namespace GPUBufferUsage {
    const GPUFlagsConstant MAP_READ      = 0x0001;
    const GPUFlagsConstant MAP_WRITE     = 0x0002;
    const GPUFlagsConstant INDIRECT      = 0x0100;
};

// webnn.idl, bluetooth.idl, html.idl: extended attributes inside a generic, after
// `required` and in a union; `[ReflectDefault=1.0]`; css-animations.idl: `CSSOMString`;
// css-anchor-position.idl: a dashed attribute next to its camel-case twin;
// service-workers.idl: a dictionary that contains itself; clipboard-apis.idl: `bigint = 0`;
// push-api.idl: `= null` on an interface type; webrtc.idl: `[Default]` returning a
// dictionary; cookiestore.idl: a nullable dictionary result; webxr-dom-overlays.idl: a
// dictionary attribute.
[Exposed=*]
interface Shapes {
  constructor();
  Descriptor echo(Descriptor descriptor);
  RouterCondition echoCondition(RouterCondition condition);
  undefined split(([EnforceRange] unsigned long or sequence<[EnforceRange] unsigned long>) splits);
  [ReflectDefault=1.0] attribute double max;
  attribute CSSOMString marginTop;
  attribute CSSOMString margin-top;
  Promise<Descriptor?> find(DOMString name);
  readonly attribute Descriptor? current;
  [Default] Descriptor toJSON();
  readonly attribute DOMString last;
};

dictionary Descriptor {
  required sequence<[EnforceRange] unsigned long> shape;
  required [EnforceRange] unsigned short id;
  CSSOMString name = "";
  bigint changeId = 0;
  Shapes owner = null;
};

dictionary RouterCondition {
  DOMString urlPattern;
  sequence<RouterCondition> _or;
  RouterCondition not;
};

// Two [Global] interfaces: names they share with one meaning at the root, every member in a
// module of each global, and a name they define differently only in those modules.
[Global=Window, Exposed=Window]
interface Window {
  undefined postMessage(any message, USVString targetOrigin);
  readonly attribute WindowProxy self;
};
[Global=(Worker,DedicatedWorker), Exposed=DedicatedWorker]
interface DedicatedWorkerGlobalScope {
  undefined postMessage(any message);
  undefined close();
};
interface mixin WindowOrWorkerGlobalScope {
  DOMString btoa(DOMString data);
};
Window includes WindowOrWorkerGlobalScope;
DedicatedWorkerGlobalScope includes WindowOrWorkerGlobalScope;

// html.idl: a mixin member exposed in fewer globals than an includer (NavigatorID's
// `productSub` is `[Exposed=Window]`): WorkerNavigator does not get it.
interface mixin NavigatorID {
  readonly attribute DOMString appName;
  [Exposed=Window] readonly attribute DOMString productSub;
};
[Exposed=Window] interface Navigator {};
[Exposed=Worker] interface WorkerNavigator {};
Navigator includes NavigatorID;
WorkerNavigator includes NavigatorID;
