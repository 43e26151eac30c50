interface Target {
  undefined decode(optional AllowSharedBufferSource input);
  ArrayBufferView fill(ArrayBufferView array);
  undefined floats(Float32Array data);
  ArrayBuffer buffer();
  Uint8Array bytes();
  undefined take(ArrayBuffer buffer, DataView view);
  bigint wide(bigint value);
};
