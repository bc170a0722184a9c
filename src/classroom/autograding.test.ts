import { describe, expect, it } from "vitest";
import { autogradingFiles } from "./autograding.ts";

describe("autogradingFiles", () => {
  const files = autogradingFiles(["singleton", "format-spec"], {
    points: 5,
    timeoutSeconds: 10,
    nodeMajor: 20,
  });

  it("writes one Classroom test per kata, npm ci once, with points and a timeout in minutes", () => {
    const { tests } = JSON.parse(files.json) as { tests: Record<string, unknown>[] };
    expect(tests.map((t) => t.name)).toEqual(["singleton", "format-spec"]);
    expect(tests[0]).toEqual({
      name: "singleton",
      setup: "npm ci",
      run: "npx kata test singleton --timeout 10",
      input: "",
      output: "",
      comparison: "included",
      timeout: 2,
      points: 5,
    });
    expect(tests[1]?.setup).toBe("");
  });

  it("runs the same commands in the workflow and hands each result to the reporter", () => {
    expect(files.workflow).toContain("command: npx kata test format-spec --timeout 10");
    expect(files.workflow).toContain("id: kata_format_spec");
    expect(files.workflow).toContain(
      // GitHub's expression syntax, not a template placeholder.
      `KATA_FORMAT_SPEC_RESULTS: "\${{steps.kata_format_spec.outputs.result}}"`,
    );
    expect(files.workflow).toContain("runners: kata_singleton,kata_format_spec");
    expect(files.workflow).toContain("node-version: 20");
    expect(files.workflow.match(/autograding-command-grader@v1/g)).toHaveLength(2);
  });
});
