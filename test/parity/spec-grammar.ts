import fc from "fast-check";

const opt = (a: fc.Arbitrary<string>) => fc.option(a, { nil: "", freq: 2 });

/**
 * Format specs from the grammar `[[fill]align][sign][z][#][0][width][grouping][.precision
 * [grouping]][type]`, each part optional: the parts a kata's parity test varies are its fills,
 * its highest precision and its types (some of which the formatted value refuses).
 */
export function formatSpecs(options: {
  readonly fills: readonly string[];
  readonly maxPrecision: number;
  readonly types: readonly string[];
}): fc.Arbitrary<string> {
  return fc
    .tuple(
      opt(
        fc
          .tuple(opt(fc.constantFrom(...options.fills)), fc.constantFrom("<", ">", "^", "="))
          .map(([f, a]) => f + a),
      ),
      opt(fc.constantFrom("+", "-", " ")),
      opt(fc.constant("z")),
      opt(fc.constant("#")),
      opt(fc.constant("0")),
      opt(fc.integer({ min: 0, max: 30 }).map(String)),
      opt(fc.constantFrom(",", "_")),
      opt(
        fc
          .tuple(fc.integer({ min: 0, max: options.maxPrecision }), opt(fc.constantFrom(",", "_")))
          .map(([p, g]) => `.${p}${g}`),
      ),
      opt(fc.constantFrom(...options.types)),
    )
    .map((parts) => parts.join(""));
}
