// Mistake: formatting a bool as the text "True" / "False" whenever the spec has no presentation
// type. bool is a subclass of int: only the empty spec goes through str(); any other spec, even
// just a width, formats the int, so format(True, ">5") is "    1", not " True".
import { format as referenceFormat } from "../format-spec.ts";

export { demo, PyError, pyFloat, repr, str } from "../format-spec.ts";

const NO_TYPE = /^(?:.?[<>^])?\d*$/u;

export function format(value: unknown, spec = ""): string {
  if (typeof value === "boolean" && NO_TYPE.test(spec)) {
    return referenceFormat(value ? "True" : "False", spec);
  }
  return referenceFormat(value, spec);
}
