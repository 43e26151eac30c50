/// How a request treats cross-origin responses.
enum RequestMode { "navigate", "same-origin", "no-cors", "cors" };
enum ContextId { "2d", "webgl2", "" };

interface Request {
  readonly attribute RequestMode mode;
  attribute ContextId context;
  undefined useMode(RequestMode mode, optional ContextId id);
};
