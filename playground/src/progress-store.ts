import { emptyProgress, type Progress, progressSchema } from "../../src/kata/progress-state.ts";

// Progress in the browser's storage, in the CLI's format (.kata/progress.json), so that a
// learner can export it into a clone and import a clone's.
const KEY = "py2ts-katas:progress";
const codeKey = (id: string) => `py2ts-katas:code:${id}`;

/** The progress from a progress.json's text; throws a readable error on anything else. */
export function parseProgress(text: string): Progress {
  return progressSchema.parse(JSON.parse(text));
}

export function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(KEY) ?? "");
  } catch {
    return emptyProgress();
  }
}

export function saveProgress(progress: Progress): void {
  localStorage.setItem(KEY, progressJson(progress));
}

/** The file's text, as the CLI writes it (src/kata/progress.ts). */
export const progressJson = (progress: Progress) => `${JSON.stringify(progress, null, 2)}\n`;

export const savedCode = (id: string): string | null => localStorage.getItem(codeKey(id));
export const saveCode = (id: string, code: string) => localStorage.setItem(codeKey(id), code);
