// Mistake: subtracting the raw bit patterns. For two positive floats that counts ulps, but a
// negative float's bits read as a negative int32 that grows the wrong way, so -0 and 0 are
// 2147483648 apart and any pair across zero is miscounted.
export * from "../positional-encoding.ts";

export function ulpsBetween(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) {
    throw new RangeError("NaN is not a number on the float32 line");
  }
  const bits = (x: number) => {
    const f = Math.fround(x);
    if (Number.isFinite(x) && !Number.isFinite(f)) {
      throw new RangeError("float too large to pack with f format");
    }
    const view = new DataView(new ArrayBuffer(4));
    view.setFloat32(0, f);
    return view.getInt32(0);
  };
  return Math.abs(bits(a) - bits(b));
}
