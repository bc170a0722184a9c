import { hostname } from "node:os";
import { resolve } from "node:path";
import { styleText } from "node:util";

/** Colours as functions, so renderers stay pure and tests can use `plain`. */
export interface Paint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  /** `file:line` as a terminal hyperlink to the file, where the terminal shows them. */
  readonly link: (file: string, line?: number, column?: number) => string;
}

const id = (s: string) => s;
const position = (file: string, line?: number, column?: number) =>
  [file, line, column].filter((part) => part !== undefined).join(":");

export const plain: Paint = { red: id, green: id, yellow: id, dim: id, bold: id, link: position };

// `paintFor` alone decides whether to colour. From Node 22.13 styleText would also look at this
// process's own stdout, which for the `kata test` daemon is its log, not the learner's terminal.
type Style = "red" | "green" | "yellow" | "dim" | "bold";
const style = styleText as (
  format: Style,
  text: string,
  options: { validateStream: false },
) => string;
const styled = (format: Style) => (s: string) => style(format, s, { validateStream: false });

function colour(root: string, hyperlinks: boolean): Paint {
  return {
    red: styled("red"),
    green: styled("green"),
    yellow: styled("yellow"),
    dim: styled("dim"),
    bold: styled("bold"),
    // OSC 8: terminals that know it make the text clickable; the others print the text alone.
    link: (file, line, column) => {
      const text = position(file, line, column);
      if (!hyperlinks) return text;
      const url = `file://${hostname()}${encodeURI(resolve(root, file))}`;
      return `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\`;
    },
  };
}

/**
 * Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org); file links
 * too, except on a dumb terminal, inside CI logs, or with KATA_HYPERLINKS=0.
 */
export function paintFor(
  stream: { readonly isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  root = ".",
): Paint {
  const wanted = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  if (!(stream.isTTY || wanted) || env.NO_COLOR) return plain;
  const hyperlinks =
    Boolean(stream.isTTY) && env.TERM !== "dumb" && !env.CI && env.KATA_HYPERLINKS !== "0";
  return colour(root, hyperlinks);
}
