dictionary D {
  (bigint or DOMString) a = 790;
  ((sequence<octet> or DOMString) or bigint or Promise<long>) b = 7;
};
