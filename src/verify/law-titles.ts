/** The heading under which a README lists every law of its spec, per language. */
export const LAW_HEADINGS = {
  en: "How the spec checks you",
  "zh-CN": "测试规格如何检验你的代码",
} as const;

// `it("law: ...")` in any of the three quotes; a title is one string literal.
const LAW = /\bit\(\s*(?:"law: ((?:[^"\\]|\\.)*)"|'law: ((?:[^'\\]|\\.)*)'|`law: ([^`$]*)`)/g;

/** The titles of a spec's laws, as a reader sees them: `law: ` and escapes removed (pure). */
export function lawTitles(spec: string): string[] {
  return [...spec.matchAll(LAW)].map((m) => {
    const [, double, single, template] = m;
    if (double !== undefined) return JSON.parse(`"${double}"`) as string;
    return (single ?? template ?? "").replace(/\\(.)/g, "$1");
  });
}

/**
 * The laws a README does not name (pure): each title must appear, word for word, after the
 * README's heading "How the spec checks you" (in Chinese, 测试规格如何检验你的代码).
 */
export function missingLawTitles(
  titles: readonly string[],
  readme: string,
  heading: string,
): string[] {
  const at = readme.indexOf(heading);
  if (at < 0) return titles.length > 0 ? [...titles] : [];
  const section = readme.slice(at);
  return titles.filter((t) => !section.includes(t));
}
