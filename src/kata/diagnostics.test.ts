import { describe, expect, it } from "vitest";
import { kata } from "./catalog.fixture.ts";
import { explainDiagnostics, ownDiagnostics, tipFor } from "./diagnostics.ts";
import type { TypeDiagnostic } from "./outcome.ts";

const proxy = kata("proxy");
const at = (file: string, code: string, message: string): TypeDiagnostic => ({
  file,
  line: 1,
  column: 1,
  code,
  message,
});

describe("ownDiagnostics", () => {
  it("keeps the diagnostics in the kata's folder, not another kata's or the tool's", () => {
    const mine = at("katas/proxy/proxy.ts", "TS2322", "Type 'string' is not assignable.");
    const neighbour = at(
      "katas/proxy-two/proxy-two.ts",
      "TS2322",
      "Type 'string' is not assignable.",
    );
    const tool = at("src/cli/run.ts", "TS2322", "Type 'string' is not assignable.");
    expect(ownDiagnostics(proxy, [mine, neighbour, tool])).toEqual([mine]);
  });
});

describe("explainDiagnostics", () => {
  it("sets syntax errors apart from type errors", () => {
    const syntax = at("katas/proxy/proxy.ts", "TS1109", "Expression expected.");
    const type = at("katas/proxy/proxy.ts", "TS2322", "Type 'string' is not assignable.");
    expect(explainDiagnostics(proxy, [type, syntax])).toEqual({
      syntax: [syntax],
      missingExports: [],
      types: [type],
    });
  });

  it("names a missing export once and drops the spec's knock-on errors", () => {
    const explained = explainDiagnostics(proxy, [
      at(
        "katas/proxy/proxy.test-d.ts",
        "TS2459",
        `Module '"#kata/proxy"' declares 'audited' locally, but it is not exported.`,
      ),
      at(
        "katas/proxy/proxy.test.ts",
        "TS2305",
        `Module '"#kata/proxy"' has no exported member 'AtmError'.`,
      ),
      at(
        "katas/proxy/proxy.test.ts",
        "TS2459",
        `Module '"#kata/proxy"' declares 'audited' locally, but it is not exported.`,
      ),
      at("katas/proxy/proxy.test-d.ts", "TS2578", "Unused '@ts-expect-error' directive."),
    ]);
    expect(explained).toEqual({ syntax: [], missingExports: ["AtmError", "audited"], types: [] });
  });

  it("keeps the learner's own errors beside a missing export", () => {
    const own = at("katas/proxy/proxy.ts", "TS7006", "Parameter 'p' implicitly has an 'any' type.");
    const explained = explainDiagnostics(proxy, [
      own,
      at(
        "katas/proxy/proxy.test.ts",
        "TS2724",
        `Module '"#kata/proxy"' has no exported member named 'audit'. Did you mean 'audited'?`,
      ),
    ]);
    expect(explained.missingExports).toEqual(["audit"]);
    expect(explained.types).toEqual([own]);
  });

  it("leaves another kata's missing export as a type error", () => {
    const other = at(
      "katas/proxy/proxy.test.ts",
      "TS2305",
      `Module '"#kata/singleton"' has no exported member 'x'.`,
    );
    expect(explainDiagnostics(proxy, [other])).toEqual({
      syntax: [],
      missingExports: [],
      types: [other],
    });
  });
});

describe("tipFor", () => {
  it("tips an argument that may be undefined, not any other mismatch", () => {
    const maybe =
      "Argument of type 'number | undefined' is not assignable to parameter of type 'number'.";
    expect(tipFor(at("x.ts", "TS2345", maybe))).toBe("TS2345");
    expect(
      tipFor(at("x.ts", "TS2345", "Argument of type 'string' is not assignable.")),
    ).toBeUndefined();
  });

  it("tips implicit any, possibly undefined, uninitialised and undeclared fields, and nothing else", () => {
    expect(tipFor(at("x.ts", "TS7006", "Parameter 'p' implicitly has an 'any' type."))).toBe(
      "TS7006",
    );
    expect(tipFor(at("x.ts", "TS18048", "'f' is possibly 'undefined'."))).toBe("TS18048");
    expect(tipFor(at("x.ts", "TS2564", "Property 'x' has no initializer."))).toBe("TS2564");
    // Python's `self.x = …` in __init__ creates a field; TypeScript's needs a declaration.
    const undeclared = "Property 'beverage' does not exist on type 'CoffeeDecorator'.";
    expect(tipFor(at("x.ts", "TS2339", undeclared))).toBe("TS2339");
    expect(tipFor(at("x.ts", "TS2304", "Cannot find name 'x'."))).toBeUndefined();
  });
});
