import type { Paint } from "../../src/render/paint.ts";

// The CLI's renderers colour text through a Paint. Here each colour marks its text with control
// characters that no kata text contains; toHtml escapes everything else and turns the marks
// into spans, so a learner's string can never become markup.
const OPEN = "\u0001";
const NAME_END = "\u0003";
const CLOSE = "\u0002";
const OPENING = new RegExp(`${OPEN}([a-z]+)${NAME_END}`, "g");
const mark = (name: string) => (text: string) => `${OPEN}${name}${NAME_END}${text}${CLOSE}`;

export const htmlPaint: Paint = {
  red: mark("red"),
  green: mark("green"),
  yellow: mark("yellow"),
  dim: mark("dim"),
  bold: mark("bold"),
  link: (file, line, column) => [file, line, column].filter((p) => p !== undefined).join(":"),
};

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The painted text as HTML: `toHtml(htmlPaint.red("✗"))` is `<span class="red">✗</span>`. */
export function toHtml(text: string): string {
  return escapeHtml(text).replace(OPENING, '<span class="$1">').replaceAll(CLOSE, "</span>");
}
