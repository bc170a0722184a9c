import type { Locale, Manifest, Step } from "../kata/manifest.ts";

/** A kata's title in the learner's language, falling back to English where no translation exists. */
export function kataTitle(manifest: Manifest, locale: Locale): string {
  return locale === "en"
    ? manifest.title
    : (manifest.translations?.[locale]?.title ?? manifest.title);
}

/** A step's title and hints in the learner's language, falling back to English. */
export function stepWords(
  manifest: Manifest,
  step: Step,
  locale: Locale,
): { title: string; hints: readonly string[] } {
  const own = locale === "en" ? undefined : manifest.translations?.[locale]?.steps[step.id];
  return own ?? { title: step.title, hints: step.hints };
}

/**
 * A test's or law's title in the learner's language, falling back to English: `name` is its
 * English title below its step (TestOutcome.name), the key of `translations[locale].tests`.
 * Only for display: FC_TEST and machine-read reports keep the English name.
 */
export function testTitle(manifest: Manifest, name: string, locale: Locale): string {
  return locale === "en" ? name : (manifest.translations?.[locale]?.tests?.[name] ?? name);
}
