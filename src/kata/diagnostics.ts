import type { Kata } from "./catalog.ts";
import type { TypeDiagnostic } from "./outcome.ts";
import { isInside, toPosix } from "./paths.ts";

/** The diagnostics in a kata's own files: what its verdict shows, whoever ran TypeScript. */
export const ownDiagnostics = (
  kata: Kata,
  diagnostics: readonly TypeDiagnostic[],
): TypeDiagnostic[] => diagnostics.filter((d) => isInside(d.file, kata.files.dir));

/** What TypeScript said, sorted for a learner: what to fix, in which file. */
export interface ExplainedDiagnostics {
  /** TS1xxx: the file does not parse. Shown before anything else. */
  readonly syntax: readonly TypeDiagnostic[];
  /** Names the spec imports from the kata that the learner's file does not export. */
  readonly missingExports: readonly string[];
  /** Every other error, minus the knock-on errors of a missing export. */
  readonly types: readonly TypeDiagnostic[];
}

// "Module '"#kata/proxy"' declares 'audited' locally, but it is not exported." (TS2459),
// "... has no exported member 'audited'." (TS2305), "... has no exported member named 'x'. Did
// you mean 'y'?" (TS2724): the spec imports a name the learner's file does not export.
const MISSING_EXPORT =
  /^Module '"#kata\/([a-z0-9-]+)"' (?:declares '([^']+)' locally|has no exported member(?: named)? '([^']+)')/;
// Knock-on errors in the spec's own files once an import is missing.
const KNOCK_ON = new Set(["TS2578", "TS2305", "TS2459", "TS2724", "TS2614"]);

/** Sorts a kata's diagnostics for a learner (pure): syntax first, missing exports by name. */
export function explainDiagnostics(
  kata: Kata,
  diagnostics: readonly TypeDiagnostic[],
): ExplainedDiagnostics {
  const syntax = diagnostics.filter((d) => /^TS1\d{3}$/.test(d.code));
  const missing = new Set<string>();
  for (const d of diagnostics) {
    const found = MISSING_EXPORT.exec(d.message);
    const name = found?.[2] ?? found?.[3];
    if (found?.[1] === kata.id && name) missing.add(name);
  }
  const specFiles = new Set([kata.files.spec, kata.files.typeSpec].map(toPosix));
  const types = diagnostics.filter(
    (d) =>
      !syntax.includes(d) &&
      !(missing.size > 0 && specFiles.has(toPosix(d.file)) && KNOCK_ON.has(d.code)),
  );
  return { syntax, missingExports: [...missing].toSorted(), types };
}

/** The TypeScript errors a Python programmer meets first, which get a one-line tip. */
export const TIPPED = [
  "TS2345",
  "TS2322",
  "TS2532",
  "TS18048",
  "TS7006",
  "TS2564",
  "TS7053",
  "TS2339",
] as const;
export type TippedCode = (typeof TIPPED)[number];

/** The tip a diagnostic deserves, if any: `undefined` in a message marks noUncheckedIndexedAccess. */
export function tipFor(d: TypeDiagnostic): TippedCode | undefined {
  const code = TIPPED.find((c) => c === d.code);
  if (code === "TS2345" || code === "TS2322") return /undefined/.test(d.message) ? code : undefined;
  return code;
}
