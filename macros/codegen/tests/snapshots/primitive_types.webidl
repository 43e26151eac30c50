// Every primitive and string type, as argument and as return. `long long` crosses as a JS
// Number; restricted `float`/`double` arguments are checked for NaN/±Infinity; `ByteString`
// arguments for characters above U+00FF.
interface Types {
  boolean boolean(boolean b);
  byte byte(byte v);
  octet octet(octet v);
  short short(short v);
  unsigned short unsignedShort(unsigned short v);
  long long(long v);
  unsigned long unsignedLong(unsigned long v);
  long long longLong(long long v);
  unsigned long long unsignedLongLong(unsigned long long v);
  float float(float v);
  unrestricted float unrestrictedFloat(unrestricted float v);
  double double(double v);
  unrestricted double unrestrictedDouble(unrestricted double v);
  DOMString domString(DOMString v);
  USVString usvString(USVString v);
  ByteString byteString(ByteString v);
  any any(any v);
  object object(object v);
  symbol symbol(symbol v);
  undefined nothing();
};
