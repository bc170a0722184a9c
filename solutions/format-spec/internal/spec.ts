import { type Align, type FormatSpec, parseSpec as parse } from "../../format-text/format-text.ts";

// A program formats with the same few specs over and over ("{:.2f}" in a loop), so parsed specs
// are kept, by spec and by the defaults the caller gives (the type name only shapes error
// messages, and errors are not kept). The table is emptied when it is full, so it stays small.
interface Parsed {
  readonly defaultType: string;
  readonly defaultAlign: Align;
  readonly result: FormatSpec;
}
const parsed = new Map<string, Parsed[]>();
const PARSED_MAX = 256;

/**
 * format-text's parseSpec, with the specs already parsed kept:
 * `parseSpec("*^10,.2f", "", ">", "float")`.
 */
export function parseSpec(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  pyTypeName: string,
): FormatSpec {
  const known = parsed.get(spec) ?? [];
  for (const entry of known) {
    if (entry.defaultType === defaultType && entry.defaultAlign === defaultAlign) {
      return entry.result;
    }
  }
  const result = parse(spec, defaultType, defaultAlign, pyTypeName);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(spec, [...known, { defaultType, defaultAlign, result }]);
  return result;
}
