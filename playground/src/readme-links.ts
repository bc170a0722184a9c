import type { Locale } from "../../src/kata/manifest.ts";

/** What a link of a kata's README means on its playground page. */
export type ReadmeLink =
  | { readonly kind: "kata"; readonly id: string }
  | { readonly kind: "language"; readonly locale: Locale }
  | { readonly kind: "editor" }
  | { readonly kind: "python" }
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "web" };

/**
 * A README's links are relative to its folder in a clone, where the playground has no files:
 * each becomes what it means here (pure). `readmeLink("../format-int/README.md", "format-float")`
 * is `{ kind: "kata", id: "format-int" }`.
 */
export function readmeLink(href: string, id: string): ReadmeLink {
  const other = /^\.\.\/([a-z0-9-]+)\/README(\.zh-CN)?\.md(#.*)?$/.exec(href);
  if (other?.[1]) return { kind: "kata", id: other[1] };
  const own = /^(?:\.\/)?README(\.zh-CN)?\.md$/.exec(href);
  if (own) return { kind: "language", locale: own[1] ? "zh-CN" : "en" };
  const file = /^(?:\.\/)?([\w.-]+)$/.exec(href)?.[1];
  if (file === `${id}.ts`) return { kind: "editor" };
  if (file?.endsWith(".py")) return { kind: "python" };
  if (file) return { kind: "file", path: `katas/${id}/${file}` };
  return { kind: "web" };
}
