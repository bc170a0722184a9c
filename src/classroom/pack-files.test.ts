import { describe, expect, it } from "vitest";
import { kata } from "../kata/catalog.fixture.ts";
import {
  PACK_SCRIPTS,
  packLockfile,
  packPackageJson,
  studentReadme,
  studentReadmeZhCN,
} from "./pack-files.ts";

describe("packPackageJson", () => {
  it("keeps the learner's runtime, drops the maintainers' tools, and replaces the scripts", () => {
    const original = {
      name: "py2ts-katas",
      imports: { "#kata/*": "./katas/*/*.ts" },
      dependencies: { vitest: "4.1.12" },
      devDependencies: { "@biomejs/biome": "2.6.8" },
      allowScripts: { esbuild: true, "@swc/core": false },
      scripts: { test: "npm run everything" },
    };
    const packed = JSON.parse(packPackageJson(JSON.stringify(original), new Set(["esbuild"])));
    expect(packed).toEqual({
      name: "py2ts-katas",
      imports: { "#kata/*": "./katas/*/*.ts" },
      dependencies: { vitest: "4.1.12" },
      allowScripts: { esbuild: true },
      scripts: PACK_SCRIPTS,
    });
  });
});

describe("packLockfile", () => {
  const lock = {
    name: "py2ts-katas",
    lockfileVersion: 3,
    packages: {
      "": { dependencies: { vitest: "4.1.12" }, devDependencies: { "@biomejs/biome": "2.6.8" } },
      "node_modules/vitest": { version: "4.1.12" },
      "node_modules/@biomejs/biome": { version: "2.6.8", dev: true },
      "node_modules/yaml": { version: "2.9.1", devOptional: true, peer: true },
      "node_modules/vite/node_modules/picomatch": { version: "4.0.3" },
    },
  };
  const packed = packLockfile(JSON.stringify(lock));

  it("drops what npm marked as the maintainers' only, keeps the rest as npm wrote it", () => {
    expect(JSON.parse(packed.text)).toEqual({
      name: "py2ts-katas",
      lockfileVersion: 3,
      packages: {
        "": { dependencies: { vitest: "4.1.12" } },
        "node_modules/vitest": { version: "4.1.12" },
        "node_modules/yaml": { version: "2.9.1", peer: true, optional: true },
        "node_modules/vite/node_modules/picomatch": { version: "4.0.3" },
      },
    });
  });

  it("names the packages it keeps", () => {
    expect([...packed.names].toSorted()).toEqual(["picomatch", "vitest", "yaml"]);
  });
});

describe("studentReadmeZhCN", () => {
  it("is the same README in Chinese, linked both ways, with how to hand in on each platform", () => {
    const en = studentReadme([kata("singleton")]);
    const zh = studentReadmeZhCN([kata("singleton")]);
    expect(en).toContain("[中文](README.zh-CN.md)");
    expect(zh).toContain("[English](README.md)");
    for (const platform of ["Classroom 50", "Gradescope", "GitHub Actions"]) {
      expect(en).toContain(`**${platform}**`);
      expect(zh).toContain(`**${platform}**`);
    }
    expect(zh).toContain("| `singleton` | The singleton kata | 简单 | 2 |");
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
