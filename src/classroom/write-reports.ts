import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ClassReport } from "./report.ts";
import { reportCsv } from "./report-csv.ts";
import { reportHtml } from "./report-html.ts";

/** Writes report.json, report.csv and report.html into `dir`; returns their paths. */
export async function writeReports(report: ClassReport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = [
    ["report.html", reportHtml(report)],
    ["report.csv", reportCsv(report)],
    ["report.json", `${JSON.stringify(report, null, 2)}\n`],
  ] as const;
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
