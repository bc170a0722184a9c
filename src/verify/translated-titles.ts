import type { Manifest } from "../kata/manifest.ts";

/** A law is a test whose own title (the last of a nested name) begins so, in each language. */
const LAW = { en: "law: ", "zh-CN": "性质：" } as const;
const isLaw = (title: string, prefix: string) =>
  (title.split(" > ").at(-1) ?? "").startsWith(prefix);

const quoted = (titles: readonly string[]) => titles.map((t) => JSON.stringify(t)).join(", ");
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What is wrong with the Chinese titles of a kata's tests (pure): `titles` are the spec's test
 * titles below their steps (TestOutcome.name), as the reference run reported them. Every one
 * needs an entry in `translations."zh-CN".tests`, no entry may name a title the spec does not
 * have (it went stale when the English changed), and a law reads as one in Chinese too.
 */
export function translatedTitleProblems(
  manifest: Manifest,
  titles: readonly string[],
  manifestFile: string,
): string[] {
  const zh = manifest.translations?.["zh-CN"];
  // A kata without a translation is the translation check's to report.
  if (!zh) return [];
  const own = zh.tests ?? {};
  const spec = new Set(titles);
  const at = `${manifestFile}: translations."zh-CN".tests`;
  const problems: string[] = [];
  const missing = [...spec].filter((t) => !Object.hasOwn(own, t));
  if (missing.length > 0)
    problems.push(
      `${at} has no Chinese for ${count(missing.length, "title", "titles")} of the spec: ${quoted(missing)}; add each, keyed by its English title below its step (nested describes joined with " > "), a law's Chinese beginning with "${LAW["zh-CN"]}"`,
    );
  const stale = Object.keys(own).filter((t) => !spec.has(t));
  if (stale.length > 0)
    problems.push(
      `${at} has ${count(stale.length, "stale entry", "stale entries")}, titles the spec does not have: ${quoted(stale)}; rename each to the test's English title now, or remove it`,
    );
  for (const [english, chinese] of Object.entries(own)) {
    if (!spec.has(english)) continue;
    const law = isLaw(english, LAW.en);
    if (law !== isLaw(chinese, LAW["zh-CN"]))
      problems.push(
        `${at}.${JSON.stringify(english)} is ${law ? "a law" : "not a law"}, so its Chinese ${law ? "begins" : "does not begin"} with "${LAW["zh-CN"]}" (it is ${JSON.stringify(chinese)})`,
      );
  }
  return problems;
}
