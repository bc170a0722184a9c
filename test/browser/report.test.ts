import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportHtml } from "../../src/classroom/report-html.ts";
import { cell, classReport, student } from "../../src/classroom/test-fixtures.ts";

// The class report in a real browser: Debian's Chromium (`apt-get install chromium`), driven by
// playwright-core. CHROMIUM overrides the path. Not part of `npm test`: `npm run test:browser`.
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const report = classReport([
  student("carol", [cell("singleton", "failing", 1), cell("observer", "passed", 2)]),
  student("alice", [cell("singleton", "timeout", 0), cell("observer", "failing", 1)]),
  student("bob", [cell("singleton", "passed", 2), cell("observer", "crashed", 0)]),
  student("<b>dave</b>", [cell("singleton", "refused", 0), cell("observer", "missing", 0)]),
]);

let dir: string;
let browser: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kata-report-"));
  const file = join(dir, "report.html");
  writeFileSync(file, reportHtml(report));
  // A fresh profile each run: playwright passes it to Chromium as --user-data-dir.
  browser = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const students = () =>
  page
    .locator("#grid tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-student")));
const header = (name: string) => page.getByRole("button", { name, exact: true });
const click = (name: string) => header(name).click({ timeout: 5000 });

describe("report.html in Chromium", () => {
  it("shows every student as a row and every kata as a column, names as text", async () => {
    expect(await students()).toEqual(["<b>dave</b>", "alice", "bob", "carol"]);
    const columns = await page.locator("#grid thead th").allInnerTexts();
    expect(columns.map((c) => c.replace(/[▲▼]/g, "").trim())).toEqual([
      "Student",
      "singleton",
      "observer",
      "Steps",
      "Points",
    ]);
    expect(await page.locator("#grid tbody th").first().textContent()).toBe("<b>dave</b>");
    expect(await page.locator("#grid tbody b").count()).toBe(0);
  });

  it("shows each cell's steps, points and outcome, and the student's totals", async () => {
    // Each kata is worth 10 points split over its two steps: bob passed singleton (10 pt) and
    // crashed observer (0 pt), so 2 of 4 steps and 10 of 20 points.
    const bob = page.locator('#grid tr[data-student="bob"] td');
    expect(await bob.allInnerTexts()).toEqual(["2/2\n10 pt", "0/2\n0 pt\ncrashed", "2/4", "10/20"]);
    expect(await bob.nth(1).getAttribute("data-outcome")).toBe("crashed");
  });

  it("sorts by a kata's steps when its header is clicked, and reverses on a second click", async () => {
    await click("singleton");
    expect(await students()).toEqual(["<b>dave</b>", "alice", "carol", "bob"]);
    expect(
      await page.locator('th:has(button:text-is("singleton"))').getAttribute("aria-sort"),
    ).toBe("ascending");
    await click("singleton");
    expect(await students()).toEqual(["bob", "carol", "<b>dave</b>", "alice"]);
    expect(
      await page.locator('th:has(button:text-is("singleton"))').getAttribute("aria-sort"),
    ).toBe("descending");
  });

  it("sorts by total steps, by points, and back by name", async () => {
    await click("Steps");
    expect(await students()).toEqual(["<b>dave</b>", "alice", "bob", "carol"]);
    // carol passed one step of singleton (5 pt) and all of observer (10 pt): 15 of 20.
    expect(await page.locator('#grid tr[data-student="carol"] td').last().textContent()).toBe(
      "15/20",
    );
    await click("Points");
    await click("Points");
    expect(await students()).toEqual(["carol", "bob", "alice", "<b>dave</b>"]);
    await click("Student");
    await click("Student");
    expect(await students()).toEqual(["carol", "bob", "alice", "<b>dave</b>"]);
  });

  it("made no request but the page itself", () => {
    expect(requests).toEqual([expect.stringMatching(/^file:.*report\.html$/)]);
  });
});
