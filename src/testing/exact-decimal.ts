/** The exact value of a double as numerator / 2^k: doubling a double is exact. */
function exactFraction(x: number): readonly [bigint, bigint] {
  let numerator = Math.abs(x);
  let denominator = 1n;
  while (!Number.isInteger(numerator)) {
    numerator *= 2;
    denominator *= 2n;
  }
  return [BigInt(numerator), denominator];
}

/**
 * The exact decimal expansion of a finite double, rounded half to even at p digits after the
 * point: an oracle for Python's `'%.{p}f' % x`, written independently of any kata's code.
 * `fixedOracle(0.125, 2) // "0.12"`.
 */
export function fixedOracle(x: number, p: number): string {
  const [numerator, denominator] = exactFraction(x);
  const scaled = numerator * 10n ** BigInt(p);
  let units = scaled / denominator;
  const twiceRest = (scaled % denominator) * 2n;
  if (twiceRest > denominator || (twiceRest === denominator && units % 2n === 1n)) units += 1n;
  const digits = units.toString().padStart(p + 1, "0");
  const body = p === 0 ? digits : `${digits.slice(0, -p)}.${digits.slice(-p)}`;
  return x < 0 || Object.is(x, -0) ? `-${body}` : body;
}
