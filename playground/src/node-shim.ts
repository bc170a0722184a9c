// node:fs, node:os, node:path and node:util in the playground (a Vite alias). src/render/paint.ts
// (terminal colours, file links) and src/kata/catalog.ts (reading katas/ from disk) import them
// for work the playground does otherwise: it paints HTML (html-paint.ts) and has its katas
// bundled (katas.ts). Each throws if called, so a new use shows up at once; only `posix.join`,
// which kataFiles() uses to name a kata's files, works.
const unavailable = (name: string) => (): never => {
  throw new Error(`${name} is not available in the browser playground`);
};

export const hostname = unavailable("node:os hostname");
export const resolve = unavailable("node:path resolve");
export const join = unavailable("node:path join");
export const styleText = unavailable("node:util styleText");
export const existsSync = unavailable("node:fs existsSync");
export const readdir = unavailable("node:fs/promises readdir");
export const readFile = unavailable("node:fs/promises readFile");

/** `/`-joined parts; the names it joins (katas/<id>/<file>) have no `.` or `..` to resolve. */
export const posix = {
  join: (...parts: string[]): string => parts.filter(Boolean).join("/").replace(/\/+/g, "/"),
};
