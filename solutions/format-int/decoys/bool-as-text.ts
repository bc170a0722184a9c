// Mistake: formatting a bool as the text "True" / "False" whenever the spec has no presentation
// type. bool is a subclass of int: only the empty spec goes through str(); any other spec, even
// just a width, formats the int, so format(True, ">5") is "    1", not " True".
import { pad, parseSpec } from "../../format-text/format-text.ts";
import { format as referenceFormat } from "../format-int.ts";

export {
  demo,
  formatInt,
  groupInteger,
  intToDecimal,
  isFloatType,
  layoutNumber,
} from "../format-int.ts";

const NO_TYPE = /^(?:.?[<>^])?\d*$/u;

export function format(value: number | bigint | boolean, spec = ""): string {
  if (typeof value === "boolean" && spec !== "" && NO_TYPE.test(spec)) {
    const text = value ? "True" : "False";
    return pad(text, text.length, parseSpec(spec, "d", ">", "bool"));
  }
  return referenceFormat(value, spec);
}
