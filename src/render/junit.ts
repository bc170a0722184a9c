import type { Kata } from "../kata/catalog.ts";
import type { KataOutcome } from "../kata/outcome.ts";
import { resultsV3 } from "./results-json.ts";

const xml = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    // XML 1.0 cannot carry most control characters, even escaped.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replaceAll(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** One outcome as JUnit XML, one testsuite per kata, one testcase per test (pure). */
export function junit(kata: Kata, outcome: KataOutcome): string {
  const results = resultsV3(kata, outcome);
  const cases = results.tests.map((t) => {
    const failure =
      t.status === "pass"
        ? ""
        : `<failure message="${xml((t.message ?? "").split("\n")[0] ?? "")}">${xml(t.message ?? "")}</failure>`;
    return `    <testcase classname="${xml(kata.id)}" name="${xml(t.name)}">${failure}</testcase>`;
  });
  const errors = results.status === "error" ? 1 : 0;
  const failures = results.tests.filter((t) => t.status !== "pass").length;
  const suiteError =
    results.status === "error" ? [`    <error message="${xml(results.message ?? "")}"/>`] : [];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="kata ${xml(kata.id)}" tests="${results.tests.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="${xml(kata.id)}" tests="${results.tests.length}" failures="${failures}" errors="${errors}">`,
    ...suiteError,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
  ].join("\n");
}
