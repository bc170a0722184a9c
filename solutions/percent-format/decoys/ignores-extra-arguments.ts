// Mistake: checking only for missing arguments, as sprintf-js does. Python also refuses
// arguments left over: "%s" % ("a", "b") raises TypeError "not all arguments converted during
// string formatting", and so does "no directives" % "x".
import { PyError } from "../../format-spec/format-spec.ts";
import { percentFormat as reference } from "../percent-format.ts";

export { demo } from "../percent-format.ts";

const leftOver = "not all arguments converted during string formatting";

/** `template % values`, silently dropping the arguments no directive used. */
export function percentFormat(template: string, values: unknown): string {
  try {
    return reference(template, values);
  } catch (error) {
    if (!(error instanceof PyError) || error.message !== leftOver) throw error;
    // Drop the last item and try again: the directives took fewer than were given.
    return percentFormat(template, Array.isArray(values) ? values.slice(0, -1) : []);
  }
}
