import type { Verdict } from "../verify/verdict.ts";
import type { Paint } from "./paint.ts";

/** One line per kata, breaches indented under it (pure). */
export function renderVerdicts(verdicts: readonly Verdict[], paint: Paint): string {
  const lines = verdicts.flatMap((v) => [
    `${v.ok ? paint.green("✓") : paint.red("✗")} ${v.id.padEnd(18)} ${paint.dim(v.summary)}`,
    ...v.breaches.map((b) => `    ${paint.red("-")} ${b}`),
  ]);
  const bad = verdicts.filter((v) => !v.ok).length;
  lines.push(
    "",
    bad === 0
      ? paint.green(
          `${verdicts.length} katas verified: every stub fails, every reference passes, every decoy is rejected.`,
        )
      : paint.red(`${bad} of ${verdicts.length} katas break the contract (docs/kata-contract.md).`),
  );
  return lines.join("\n");
}
