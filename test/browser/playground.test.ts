import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../../config/projects.ts";
import { progressSchema } from "../../src/kata/progress-state.ts";
import { serveStatic } from "./static-server.ts";

// The playground as a teacher would host it: `npm run build:playground`, then dist/playground
// from a plain static file server, every other request blocked. Debian's Chromium, driven by
// playwright-core (CHROMIUM overrides the path). Part of `npm run test:browser`.
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const site = join(root, "dist", "playground");
// A reference imports the katas it builds on from their references' folder
// ("../format-text/format-text.ts"); a learner's file imports them as `#kata/format-text`.
// The screenshots in docs/ are written only when asked (KATA_SCREENSHOTS=1), so that a test run
// leaves the working tree as it was; otherwise they go to the run's temporary folder.
const shotsDir = () => (process.env.KATA_SCREENSHOTS === "1" ? join(root, "docs") : profile);
const reference = (id: string) =>
  readFileSync(join(root, "solutions", id, `${id}.ts`), "utf8").replace(
    /"\.\.\/([a-z0-9-]+)\/\1\.ts"/g,
    '"#kata/$1"',
  );

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
let profile: string;
const blocked: string[] = [];

beforeAll(async () => {
  const build = spawnSync("npm", ["run", "build:playground"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0)
    throw new Error(`build:playground failed:\n${build.stdout}${build.stderr}`);
  server = await serveStatic(site);
  profile = mkdtempSync(join(tmpdir(), "kata-playground-"));
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // No network at run time: anything but the static server is refused, and noted.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Replaces the editor's whole text as a paste does (select all, then a paste event). */
async function paste(code: string): Promise<void> {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  // A string, run in the page: this file is type-checked without the DOM's types.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData("text/plain", ${JSON.stringify(code)});
    document
      .querySelector(".monaco-editor textarea, .monaco-editor .native-edit-context")
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

/** Presses Run and waits for a new verdict: its status, its text and how long it took. */
async function run(): Promise<{ status: string; text: string; ms: number }> {
  const verdict = page.locator("#verdict");
  await page.evaluate(`document.querySelector("#verdict").removeAttribute("data-status")`);
  const started = Date.now();
  await page.click("#run");
  await verdict.and(page.locator("[data-status]")).waitFor({ timeout: 30_000 });
  const ms = Date.now() - started;
  return {
    status: (await verdict.getAttribute("data-status")) ?? "",
    text: (await verdict.textContent()) ?? "",
    ms,
  };
}

async function open(id: string): Promise<void> {
  await page.goto(`${server.url}#/${id}`);
  await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 30_000 });
  // Loaded: the kata's TypeScript service has answered once (the page marks <body data-ready>).
  await page.locator("body[data-ready]").waitFor({ timeout: 30_000 });
}

// A pattern, two formatting katas (format-int builds on format-text, which runs on its
// reference here) and one of the AI-engineering track.
describe.each(["singleton", "format-text", "format-int", "hadamard"])(
  "the playground on %s",
  (id) => {
    it("fails the stub at step 1, as the CLI does", async () => {
      const loading = Date.now();
      await open(id);
      const loaded = Date.now() - loading;
      const { status, text, ms } = await run();
      console.log(`${id}: page loaded in ${loaded} ms, first verdict (the stub) in ${ms} ms`);
      expect(status).toBe("failing");
      expect(text).toMatch(/✗ 1\. /);
      expect(text).toContain("Step 1 of ");
      expect(text).toContain("Hint:");
      // The page's own button, not the CLI's command.
      expect(text).toContain("More: press Next hint.");
      expect(text).not.toContain("npx kata hint");
      if (id === "singleton") {
        // The next hint, as `npx kata hint` reveals it.
        const second = "A static field holds the instance";
        expect(text).not.toContain(second);
        await page.click("#hint");
        expect(await page.locator("#verdict").textContent()).toContain(second);
      }
    }, 60_000);

    it("passes every step and parity on the reference, and the Python pane agrees", async () => {
      await paste(reference(id));
      const { status, text, ms } = await run();
      console.log(`${id}: the reference's verdict in ${ms} ms`);
      expect(text).not.toContain("✗");
      expect(status).toBe("passed");
      expect(text).toMatch(/✓ \d\. parity/);
      await page.locator('#python-status[data-parity="same"]').waitFor({ timeout: 90_000 });
      expect(await page.locator("#transcript tr.differ").count()).toBe(0);
      if (id === "singleton") {
        // What the first kata page cost, CPython included (recorded in docs/performance.md).
        const sizes = [...server.served].toSorted((a, b) => b[1] - a[1]);
        const total = sizes.reduce((n, [, bytes]) => n + bytes, 0);
        const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
        const top = sizes.slice(0, 8).map(([path, bytes]) => `${path} ${mb(bytes)}`);
        console.log(`loaded ${mb(total)}: ${top.join(", ")}`);
      }
    }, 120_000);
  },
);

describe("the playground on every kata", () => {
  it("fails each stub at step 1", async () => {
    const ids = readdirSync(join(root, "katas")).toSorted();
    const failing: string[] = [];
    // The stubs, not what the tests above saved.
    await page.evaluate("localStorage.clear()");
    for (const id of ids) {
      await open(id);
      const { status, text } = await run();
      if (status === "failing" && /✗ 1\. /.test(text)) failing.push(id);
    }
    expect(failing).toEqual(ids);
  }, 300_000);
});

describe("the playground on singleton", () => {
  it("shows screenshots of a failing and a passing run (docs/)", async () => {
    await open("singleton");
    await paste(
      reference("singleton").replace(
        "return PrinterManager.#instance;",
        "return new PrinterManager();",
      ),
    );
    expect((await run()).status).toBe("failing");
    await page.screenshot({ path: join(shotsDir(), "playground-failing.png") });
    await paste(reference("singleton"));
    expect((await run()).status).toBe("passed");
    await page.locator('#python-status[data-parity="same"]').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: join(shotsDir(), "playground-passing.png") });
  }, 180_000);

  it("gives a verdict within 1 s once the page is loaded", async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await run()).ms);
    const ms = await page.locator("#timing").getAttribute("data-ms");
    console.log(
      `singleton, reference, time to verdict (ms): ${times.join(", ")}; last in page ${ms}`,
    );
    expect(Math.max(...times)).toBeLessThan(1000);
  }, 60_000);

  it("stops `while (true) {}` at the time limit with the CLI's message, and stays usable", async () => {
    await paste(
      reference("singleton").replace(
        "static resetForTests(): void {",
        "static resetForTests(): void {\n    while (true) {}",
      ),
    );
    const { status, text } = await run();
    expect(status).toBe("error");
    expect(text).toContain("The tests did not finish within 10 s, so they were stopped.");
    expect(text).toContain("Still running: one-instance › returns the same instance on every call");
    await paste(reference("singleton"));
    expect((await run()).status).toBe("passed");
  }, 60_000);

  it("shows a type error in the editor and before the tests", async () => {
    await paste(`${reference("singleton")}\nexport const pages: number = "ten";\n`);
    const { status, text } = await run();
    expect(status).toBe("error");
    expect(text).toMatch(/TypeScript found 1 type error/);
    expect(text).toContain("TS2322");
    expect(text).not.toMatch(/one-instance/);
    await page.locator(".monaco-editor .squiggly-error").first().waitFor({ timeout: 10_000 });
  }, 60_000);

  it("keeps progress and code across a reload, in the CLI's progress.json format", async () => {
    await paste(reference("singleton"));
    expect((await run()).status).toBe("passed");
    await page.reload();
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 30_000 });
    const stored = await page.evaluate<string | null>(
      `localStorage.getItem("py2ts-katas:progress")`,
    );
    const progress = progressSchema.parse(JSON.parse(stored ?? ""));
    expect(progress.katas.singleton?.status).toBe("passed");
    expect(await page.locator(".monaco-editor .view-lines").textContent()).toContain("#instance");
    await page.goto(`${server.url}#/`);
    expect(await page.locator("#list li", { hasText: "singleton" }).textContent()).toMatch(/✓/);
  }, 60_000);

  it("exports progress as progress.json and imports a clone's", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    expect(download.suggestedFilename()).toBe("progress.json");
    const exported = progressSchema.parse(
      JSON.parse(readFileSync((await download.path()) ?? "", "utf8")),
    );
    expect(exported.katas.singleton?.status).toBe("passed");
    // A clone's .kata/progress.json, in which observer passed.
    const clone = {
      version: 1,
      katas: {
        observer: { status: "passed", hints: {}, solutionViewed: false, solutionForced: false },
      },
    };
    await page.setInputFiles("#import", {
      name: "progress.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(clone)),
    });
    await page.locator("#notice", { hasText: "Progress imported." }).waitFor({ timeout: 5000 });
    expect(await page.locator("#list li", { hasText: "observer" }).textContent()).toMatch(/✓/);
    await page.setInputFiles("#import", {
      name: "progress.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ not json"),
    });
    await page
      .locator("#notice", { hasText: "Not a .kata/progress.json" })
      .waitFor({ timeout: 5000 });
  }, 60_000);

  it("follows the README's links on the page: another kata, the language, a type test", async () => {
    await open("format-int");
    await page.locator("#readme a", { hasText: "format-text" }).first().click();
    await page.waitForURL(/#\/format-text$/);
    await page.locator("#title", { hasText: "format-text" }).waitFor({ timeout: 10_000 });
    await page.locator("#readme a", { hasText: "简体中文" }).click();
    await page.locator("#readme a", { hasText: "format-text.test-d.ts" }).first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await page.locator("#readme a", { hasText: "format-text.test-d.ts" }).first().click();
    await page.locator("#file[open]").waitFor({ timeout: 5_000 });
    expect(await page.locator("#file-text").textContent()).toContain("expectTypeOf");
    await page.locator("#file-close").click();
    await page.locator("#lang").selectOption("en");
  }, 60_000);

  it("made no request outside the site", () => {
    expect(blocked).toEqual([]);
  });
});
