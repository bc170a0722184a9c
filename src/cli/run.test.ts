import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Io } from "../commands/io.ts";
import { NoReferenceError, UnknownKataError, UsageError } from "../errors.ts";
import { plainUi } from "../render/ui.ts";
import { parse } from "./parse.ts";
import { run } from "./run.ts";

// `run` over a tiny repository of two katas, built once and copied for each test.
let template: string;
let root: string;

const manifest = (id: string, order: number, difficulty: string, title: string) => ({
  id,
  title,
  order,
  track: "patterns",
  difficulty,
  tags: [],
  python: "original.py",
  api: ["demo"],
  steps: [
    { id: "one", title: "First", hints: ["look up", "look closer"] },
    { id: "two", title: "Second", hints: ["think"] },
  ],
});

async function put(file: string, text: string) {
  await mkdir(join(template, file, ".."), { recursive: true });
  await writeFile(join(template, file), text);
}

beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), "kata-run-template-"));
  await put("package.json", `${JSON.stringify({ name: "tiny", version: "9.8.7" })}\n`);
  for (const [id, order, difficulty, title] of [
    ["alpha", 1, "easy", "Alpha"],
    ["beta", 2, "medium", "Beta"],
  ] as const) {
    await put(`katas/${id}/kata.json`, JSON.stringify(manifest(id, order, difficulty, title)));
    await put(`katas/${id}/README.md`, `# ${title}\n`);
    await put(`katas/${id}/original.py`, 'print("hi")\n');
    await put(
      `katas/${id}/${id}.ts`,
      'export function demo(): string[] {\n  throw new Error("TODO");\n}\n',
    );
  }
  await put(
    "solutions/alpha/alpha.ts",
    'export function demo(): string[] {\n  return ["hi"];\n}\n',
  );
});
afterAll(() => rm(template, { recursive: true, force: true }));
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kata-run-"));
  await cp(template, root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** An Io without a terminal unless asked; it records what it was asked to watch. */
function fakeIo(interactive = false) {
  const watched: (string | undefined)[] = [];
  const io: Io = {
    root,
    ui: plainUi,
    now: () => new Date("2026-03-04T05:06:07.089Z"),
    seed: () => 42,
    warn: () => {},
    interactive,
    confirm: () => Promise.reject(new Error("no question was expected")),
    watch: async (id) => {
      watched.push(id);
      return 0;
    },
  };
  return { io, watched };
}
const kata = (...argv: string[]) => run(parse(argv), fakeIo().io);
const progress = async () =>
  JSON.parse(await readFile(join(root, ".kata/progress.json"), "utf8")) as {
    katas: Record<string, Record<string, unknown>>;
  };
const passAlpha = () =>
  writeFile(
    join(root, ".kata/progress.json"),
    JSON.stringify({ version: 1, katas: { alpha: { status: "passed" } } }),
  );

describe("kata list", () => {
  it("shows every kata in order with its status, and the next one to do", async () => {
    await mkdir(join(root, ".kata"));
    await passAlpha();
    const { text, exitCode } = await kata("list");
    expect(exitCode).toBe(0);
    expect(text).toMatch(/^█{15}░{15} 1\/2 katas$/m);
    expect(text).toMatch(/^ {3}1\. alpha +✓ passed +easy +Alpha$/m);
    expect(text).toMatch(/^ {3}2\. beta +· to do +medium +Beta$/m);
    expect(text.split("\n").at(-1)).toBe("Next: npx kata test beta");
  });

  it("gives the same as JSON with --json", async () => {
    const { text } = await kata("list", "--json");
    expect(JSON.parse(text)).toEqual([
      {
        id: "alpha",
        title: "Alpha",
        difficulty: "easy",
        steps: 2,
        status: "pending",
        hints: {},
        solutionViewed: false,
        solutionForced: false,
      },
      {
        id: "beta",
        title: "Beta",
        difficulty: "medium",
        steps: 2,
        status: "pending",
        hints: {},
        solutionViewed: false,
        solutionForced: false,
      },
    ]);
  });
});

describe("kata hint", () => {
  it("reveals one more hint of the current step each time, and records it", async () => {
    expect((await kata("hint", "alpha")).text).toBe(
      "alpha, step 1 (one)\nHint 1/2: look up\nRun it again for a more precise hint.",
    );
    expect((await progress()).katas.alpha?.hints).toEqual({ one: 1 });
    expect((await kata("hint", "alpha")).text).toBe(
      "alpha, step 1 (one)\nHint 1/2: look up\nHint 2/2: look closer\nThat was the last hint for this step.",
    );
    expect((await progress()).katas.alpha?.hints).toEqual({ one: 2 });
  });

  it("names the closest kata for an unknown id", async () => {
    await expect(kata("hint", "alpah")).rejects.toEqual(new UnknownKataError("alpah", ["alpha"]));
  });
});

describe("kata solution", () => {
  it("stays locked before the kata passes, exits 1 and records nothing", async () => {
    const { text, exitCode } = await kata("solution", "alpha");
    expect(exitCode).toBe(1);
    expect(text).toContain("The reference opens once alpha passes");
    await expect(readFile(join(root, ".kata/progress.json"))).rejects.toThrow(/ENOENT/);
  });

  it("shows the reference with --force and records that it was forced", async () => {
    const { text, exitCode } = await kata("solution", "alpha", "--force");
    expect(exitCode).toBe(0);
    expect(text).toBe(
      '// solutions/alpha/alpha.ts\nexport function demo(): string[] {\n  return ["hi"];\n}\n',
    );
    expect((await progress()).katas.alpha).toMatchObject({
      solutionViewed: true,
      solutionForced: true,
    });
  });

  it("shows the reference once the kata passed, without calling it forced", async () => {
    await mkdir(join(root, ".kata"));
    await passAlpha();
    expect((await kata("solution", "alpha")).exitCode).toBe(0);
    expect((await progress()).katas.alpha).toMatchObject({
      solutionViewed: true,
      solutionForced: false,
    });
  });

  it("says there is no reference in a copy without solutions/", async () => {
    await rm(join(root, "solutions"), { recursive: true });
    await expect(kata("solution", "alpha", "--force")).rejects.toEqual(
      new NoReferenceError("alpha"),
    );
  });
});

describe("kata without a terminal", () => {
  it("refuses a reset without --yes, before touching anything", async () => {
    await writeFile(join(root, "katas/alpha/alpha.ts"), "// mine\n");
    await expect(kata("reset", "alpha")).rejects.toEqual(new UsageError({ kind: "resetNeedsYes" }));
    expect(await readFile(join(root, "katas/alpha/alpha.ts"), "utf8")).toBe("// mine\n");
  });

  it("refuses watch mode, and does not start it", async () => {
    const { io, watched } = fakeIo();
    await expect(run(parse(["watch", "alpha"]), io)).rejects.toEqual(
      new UsageError({ kind: "watchNeedsTerminal" }),
    );
    expect(watched).toEqual([]);
  });
});

describe("kata in a terminal", () => {
  it("starts watch mode on a kata that exists", async () => {
    const { io, watched } = fakeIo(true);
    expect(await run(parse(["watch", "beta"]), io)).toEqual({ text: "", exitCode: 0 });
    await expect(run(parse(["watch", "gamma"]), io)).rejects.toBeInstanceOf(UnknownKataError);
    expect(watched).toEqual(["beta"]);
  });
});

describe("kata --version and help", () => {
  it("prints the version in the repository's package.json", async () => {
    expect(await kata("--version")).toEqual({ text: "9.8.7", exitCode: 0 });
  });

  it("prints the usage", async () => {
    expect((await kata("help")).text).toMatch(/^kata: Python to TypeScript katas\n/);
  });
});
