// Names: UpperCamelCase types with a doc alias, snake_case members, `set_` setters, Rust
// keywords with a trailing `_`, the IDL escape `_name`, and `[RustName]` renames.
interface XMLHttpRequest {
  attribute DOMString responseType;
  readonly attribute DOMString type;
  undefined _continue();
  [RustName=send_now] undefined send();
  undefined open(DOMString method, [RustName=address] USVString url);
  readonly attribute DOMString innerHTML;
};
[RustName=Renamed]
interface Original {
  Original self();
};
