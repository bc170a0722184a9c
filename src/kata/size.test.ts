import { describe, expect, it } from "vitest";
import { codeLines, referenceSize, withoutDemo } from "./size.ts";

describe("codeLines", () => {
  it("counts code, and a line of code with a comment after it, but no blank or comment-only line", () => {
    const text = [
      "/** TSDoc: one line, then a tag.",
      " * @example f(1)",
      " */",
      "export function f(x: number): number {",
      "  // Why: a comment on its own line.",
      "",
      "  return x + 1; // a trailing comment",
      "  /* a block comment */",
      "}",
    ].join("\n");
    expect(codeLines(text)).toBe(3);
  });
});

describe("withoutDemo", () => {
  it("leaves out demo() up to its closing brace, and everything else stays", () => {
    const text = [
      "export const a = 1;",
      "export function demo(): string[] {",
      "  const lines = [String(a)];",
      "  return lines;",
      "}",
      "export const b = 2;",
    ].join("\n");
    expect(withoutDemo(text)).toBe("export const a = 1;\nexport const b = 2;");
  });

  it("leaves out an async demo() too", () => {
    const text =
      "export async function demo(): Promise<string[]> {\n  return [];\n}\nexport const b = 2;";
    expect(withoutDemo(text)).toBe("export const b = 2;");
  });

  it("changes nothing in a file without demo()", () => {
    expect(withoutDemo("export const a = 1;\n")).toBe("export const a = 1;\n");
  });
});

describe("referenceSize", () => {
  it("adds the lines of code of every file, demo() left out", () => {
    const entry =
      "export { f } from './f.ts';\nexport function demo(): string[] {\n  return [];\n}\n";
    const helper = "// helper\nexport const f = () => 1;\nexport const g = () => 2;\n";
    expect(
      referenceSize([
        { path: "solutions/k/k.ts", text: entry },
        { path: "solutions/k/internal/f.ts", text: helper },
      ]),
    ).toBe(3);
  });
});
