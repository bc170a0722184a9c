import { describe, expect, it } from "vitest";
import { reportHtml } from "./report-html.ts";
import { classReport } from "./test-fixtures.ts";

describe("reportHtml", () => {
  const html = reportHtml(classReport());

  it("shows every student and every kata", () => {
    for (const name of ["alice", "bob"]) expect(html).toContain(`<tr data-student="${name}">`);
    for (const id of ["singleton", "observer"]) expect(html).toContain(`data-kata="${id}"`);
  });

  it("escapes what students control, so a folder name cannot inject markup", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("=cmd|&quot;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("is self-contained: no URL to fetch, and a policy that forbids fetching", () => {
    expect(html).not.toMatch(/<(link|img|iframe)\b|<script[^>]*\bsrc=|https?:\/\/|@import|url\(/);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`,
    );
  });

  it("shows the points of each kata and the student's total", () => {
    expect(html).toMatch(
      /data-kata="observer" data-outcome="failing"[^>]*>1\/2<small>5 pt<\/small>/,
    );
    expect(html).toContain('<td data-sort="15">15/20</td>');
  });

  it("marks the outcome of each cell and sorts rows by the student's name first", () => {
    expect(html).toMatch(/class="o-timeout"[^>]*>0\/2<small>0 pt<\/small><small>timeout<\/small>/);
    expect(html.indexOf('data-student="=cmd')).toBeLessThan(html.indexOf('data-student="alice"'));
    expect(html.indexOf('data-student="alice"')).toBeLessThan(html.indexOf('data-student="bob"'));
  });
});
