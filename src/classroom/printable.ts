/**
 * Control characters, C1 controls and the bidirectional overrides that reorder what a terminal
 * shows ("Trojan source"): none of them may reach the teacher's terminal from a student's name.
 */
export const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const EVERY_UNPRINTABLE = new RegExp(UNPRINTABLE.source, "g");

/**
 * `text` with every character a terminal would act on written as an escape (pure):
 * `printable("eve\x1b[2J") // "eve\\x1b[2J"`.
 */
export function printable(text: string): string {
  return text.replace(EVERY_UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
