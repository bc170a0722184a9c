import { styleText } from "node:util";

/** Colours as functions, so renderers stay pure and tests can use `plain`. */
export interface Paint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const id = (s: string) => s;
export const plain: Paint = { red: id, green: id, yellow: id, dim: id, bold: id };

const colour: Paint = {
  red: (s) => styleText("red", s),
  green: (s) => styleText("green", s),
  yellow: (s) => styleText("yellow", s),
  dim: (s) => styleText("dim", s),
  bold: (s) => styleText("bold", s),
};

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function paintFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Paint {
  const wanted = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  return (stream.isTTY || wanted) && !env.NO_COLOR ? colour : plain;
}
