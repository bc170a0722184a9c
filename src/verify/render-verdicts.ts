import type { Ui } from "../render/ui.ts";
import type { Verdict } from "./verdict.ts";

/** One line per kata, breaches indented under it (pure). Breaches stay in English: they are for maintainers. */
export function renderVerdicts(
  verdicts: readonly Verdict[],
  { paint, m }: Ui,
  withReferences = true,
): string {
  const lines = verdicts.flatMap((v) => [
    `${v.ok ? paint.green("✓") : paint.red("✗")} ${v.id.padEnd(20)} ${paint.dim(v.summary)}`,
    ...v.breaches.map((b) => `    ${paint.red("-")} ${b}`),
  ]);
  const bad = verdicts.filter((v) => !v.ok).length;
  // The root README's line is checked beside the katas, not counted as one.
  const katas = verdicts.filter((v) => v.subject !== "document").length;
  lines.push(
    "",
    bad === 0
      ? paint.green((withReferences ? m.verify.allGood : m.verify.structureGood)(katas))
      : paint.red(m.verify.broken(bad, verdicts.length)),
  );
  return lines.join("\n");
}
