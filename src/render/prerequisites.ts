import type { Kata } from "../kata/catalog.ts";
import type { Prerequisite } from "../kata/prerequisites.ts";
import type { Ui } from "./ui.ts";

/**
 * One line per prerequisite the learner has not finished, before the verdict (pure): which code
 * it ran on, and the command that does it first. Nothing when every prerequisite has passed.
 */
export function renderPrerequisites(
  kata: Kata,
  prerequisites: readonly Prerequisite[],
  { paint, m }: Ui,
): string[] {
  const lines = prerequisites
    .filter((p) => !p.passed)
    .map((p) =>
      paint.yellow(
        p.on === "reference"
          ? m.test.onReference(kata.id, p.id)
          : m.test.onOwnUnfinished(kata.id, p.id),
      ),
    );
  return lines.length > 0 ? [...lines, ""] : [];
}
