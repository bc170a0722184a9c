import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import { importedKatas, PACK_SCRIPTS, packPackageJson, studentReadme } from "./pack-files.ts";

describe("packPackageJson", () => {
  it("replaces only the scripts, so the copied lockfile stays valid", () => {
    const original = {
      name: "py2ts-katas",
      imports: { "#kata/*": "./katas/*/*.ts" },
      devDependencies: { vitest: "4.1.12" },
      allowScripts: { esbuild: true },
      scripts: { test: "npm run everything" },
    };
    const packed = JSON.parse(packPackageJson(JSON.stringify(original)));
    expect(packed).toEqual({ ...original, scripts: PACK_SCRIPTS });
  });
});

describe("importedKatas", () => {
  it("finds the katas a kata's files import by name", () => {
    const texts = [
      'import { format } from "#kata/format-spec";\nimport { x } from "./internal/x.ts";',
      "type K = typeof import('#kata/singleton');",
    ];
    expect(importedKatas(texts)).toEqual(["format-spec", "singleton"]);
  });
});

describe("studentReadme", () => {
  it("lists every kata and how to start on the first", () => {
    const text = studentReadme([kata("singleton"), kata("observer", ["a", "b", "c"], 2)]);
    expect(text).toContain("| `singleton` | The singleton kata | easy | 2 |");
    expect(text).toContain("| `observer` | The observer kata | easy | 3 |");
    expect(text).toContain("npx kata test singleton");
    expect(text).not.toMatch(/solutions\//);
  });
});

describe("PACK_SCRIPTS", () => {
  it("starts the CLI through node, so a pack needs no dependency on itself for `kata`", () => {
    for (const script of Object.values(PACK_SCRIPTS)) expect(script).not.toMatch(/(^|&& )kata\b/);
  });
});
