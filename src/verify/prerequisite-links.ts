import { posix } from "node:path";
import { kataFiles } from "../kata/catalog.ts";
import type { Locale } from "../kata/manifest.ts";

/**
 * The katas a README builds on but does not link to (pure): each one in `requires` must be a
 * link to that kata's README in the same language, so a learner finds it from the page (and
 * the playground turns the link into that kata's page).
 */
export function unlinkedPrerequisites(
  requires: readonly string[],
  readme: string,
  locale: Locale,
): string[] {
  return requires.filter(
    (id) => !readme.includes(`](../${id}/${posix.basename(kataFiles(id).readme[locale])}`),
  );
}
