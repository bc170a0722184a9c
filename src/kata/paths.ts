/**
 * Paths inside the repository are decided here: always relative to the root and in `/` form,
 * whatever the platform. That is how TypeScript prints them and how the learner reads them;
 * Node's file functions accept `/` on Windows too, so only output from the platform needs this.
 */
export function toPosix(path: string): string {
  return path.replaceAll("\\", "/").replace(/^\.\//, "");
}

/** Whether `file` lies inside the folder `dir` (both relative to the root, in any separator form). */
export function isInside(file: string, dir: string): boolean {
  const folder = toPosix(dir).replace(/\/$/, "");
  return toPosix(file).startsWith(`${folder}/`);
}
