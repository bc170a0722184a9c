import type { Manifest } from "../kata/manifest.ts";

/**
 * What is wrong with a kata's Chinese translation, in words (pure): missing files, steps or
 * hints, or an English source that changed since the translation was made.
 */
export function translationProblems(
  manifest: Manifest,
  readmeZhExists: boolean,
  currentSource: string,
  readmeZhFile: string,
): string[] {
  const problems: string[] = [];
  if (!readmeZhExists)
    problems.push(`${readmeZhFile} is missing (every kata is taught in English and Chinese)`);
  const zh = manifest.translations?.["zh-CN"];
  if (!zh)
    return [...problems, 'kata.json has no translations."zh-CN" (title, step titles and hints)'];
  for (const step of manifest.steps) {
    const own = zh.steps[step.id];
    if (!own) problems.push(`translations."zh-CN".steps has no "${step.id}"`);
    else if (own.hints.length !== step.hints.length) {
      problems.push(
        `translations."zh-CN".steps.${step.id} has ${own.hints.length} hints, the English ${step.hints.length}`,
      );
    }
  }
  if (zh.source !== currentSource) {
    problems.push(
      `the Chinese translation is stale: it records English source ${zh.source}, the English is now ${currentSource}; update README.zh-CN.md and the hints, then record "source": "${currentSource}"`,
    );
  }
  return problems;
}
