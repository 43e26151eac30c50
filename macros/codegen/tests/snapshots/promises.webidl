interface Target {
  Promise<undefined> done();
  Promise<DOMString> text();
  Promise<sequence<long>> numbers();
  undefined waitFor(Promise<long> value);
};
