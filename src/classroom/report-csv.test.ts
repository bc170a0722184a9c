import { describe, expect, it } from "vitest";
import { reportCsv } from "./report-csv.ts";
import { classReport, student } from "./test-fixtures.ts";

describe("reportCsv", () => {
  const lines = reportCsv(classReport()).trimEnd().split("\r\n");

  it("has one row per student: steps, outcome and points per kata, then the totals", () => {
    expect(lines[0]).toBe(
      "student,singleton,singleton outcome,singleton points,observer,observer outcome,observer points,katas passed,steps passed,steps total,points,points total",
    );
    expect(lines[1]).toBe("bob,2,passed,10,1,failing,5,1,3,4,15,20");
    expect(lines).toHaveLength(4);
  });

  it("quotes and defuses a student name a spreadsheet would run as a formula", () => {
    expect(lines[3]).toBe(
      `"'=cmd|""<img src=x onerror=alert(1)>",0,refused,0,0,missing,0,0,0,4,0,20`,
    );
  });

  it.each([
    [" =1+1"],
    ["\t=1"],
    ["\u3000=1+1"],
    ["＝1+1"],
    ["＋1"],
    ["－1"],
    ["＠SUM(A1)"],
    ["\r=1"],
  ])("defuses %j, a formula behind spaces or in full-width signs", (name) => {
    const row = reportCsv(classReport([student(name, [])])).split("\r\n")[1] ?? "";
    expect(row).toMatch(/^"?'/);
  });

  it("leaves an ordinary name alone", () => {
    const row = reportCsv(classReport([student("ann-1", [])])).split("\r\n")[1];
    expect(row).toBe("ann-1,0,0,0,0,0");
  });
});
