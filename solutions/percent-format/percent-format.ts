import { pyFloat } from "../format-spec/format-spec.ts";
import { CONVERSIONS } from "./internal/conversions.ts";
import { render } from "./internal/render.ts";

/**
 * Python's `template % values`: an array is a tuple, a plain object a mapping, anything else
 * one value. `percentFormat("Pi: %.2f", 3.14159)` is "Pi: 3.14".
 */
export function percentFormat(template: string, values: unknown): string {
  return render(template, values, CONVERSIONS);
}

/** The lines original.py prints, in order: `demo()[0]` is "Name: Alice, Age: 30". */
export function demo(): string[] {
  const name = "Alice";
  const age = 30;
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the seed's value, not Math.PI
  const pi = 3.14159;
  const errors = [
    ["%d %d", [1]],
    ["%d", ["x"]],
    ["%d", [1, 2]],
    ["abc%y", 1],
  ] as const;
  return [
    percentFormat("Name: %s, Age: %d", [name, age]),
    percentFormat("Pi: %.2f", pi),
    percentFormat("%(name)s is %(age)d", { name, age }),
    percentFormat("[%-8s|%8s]", [name, name]),
    percentFormat("%05d|%+d|% d|%-5d|", [-42, 42, 42, 42]),
    percentFormat("%.3d %#o %#x %#X", [7, 8, 255, 255]),
    percentFormat("[%*.*f]", [10, 3, pi]),
    percentFormat("%e %g %G", [12345.678, 0.00001234, pyFloat(1e20)]),
    `${percentFormat("%.2f", 0.125)} ${percentFormat("%.2f", 2.675)}`,
    percentFormat("%d%% of %s", [99.9, "tests"]),
    percentFormat("%c%c %s %r %a", [80, "y", pyFloat(1), name, "café"]),
    ...errors.map(([template, values]) => {
      try {
        return percentFormat(template, values);
      } catch (error) {
        const e = error as { pyType?: string; message: string };
        return `${e.pyType}: ${e.message}`;
      }
    }),
  ];
}
