// Constants: associated consts, SCREAMING_SNAKE_CASE, in the IDL's numeric type.
interface Limits {
  const octet MAX_OCTET = 0xFF;
  const long NEGATIVE = -1;
  const unsigned long OCTAL = 0777;
  const long long BIG = 9007199254740991;
  const boolean ENABLED = true;
  const double HALF = 0.5;
  const unrestricted double POSITIVE_INFINITY = Infinity;
  const unrestricted float NOT_A_NUMBER = NaN;
  const float TEN = 10;
  const short camelCaseName = 3;
};
