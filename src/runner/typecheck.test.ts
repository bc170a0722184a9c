import { describe, expect, it } from "vitest";
import { parseDiagnostics } from "./typecheck.ts";

describe("parseDiagnostics", () => {
  it("reads file, position, code and message, joining continuation lines", () => {
    const output = [
      "katas/a/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "katas/b/b.ts(10,1): error TS2578: Unused '@ts-expect-error' directive.",
      "  more detail",
    ].join("\n");
    expect(parseDiagnostics(output)).toEqual([
      {
        file: "katas/a/a.ts",
        line: 3,
        column: 7,
        code: "TS2322",
        message: "Type 'string' is not assignable to type 'number'.",
      },
      {
        file: "katas/b/b.ts",
        line: 10,
        column: 1,
        code: "TS2578",
        message: "Unused '@ts-expect-error' directive.\n  more detail",
      },
    ]);
  });

  it("finds nothing in a clean run", () => {
    expect(parseDiagnostics("")).toEqual([]);
  });
});
