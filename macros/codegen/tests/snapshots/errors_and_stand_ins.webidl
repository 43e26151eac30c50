// Errors: each is a `compile_error!` at the IDL token; what is valid is still generated, and a
// broken definition gets a stand-in so code naming it does not fail a second time.
interface Good {
  readonly attribute long ok;
  readonly attribute long ok;
};
interface Broken {
  attribute long;
};
interface AlsoGood {};
