import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { kata } from "../kata/catalog.fixture.ts";
import { actionsWorkflow, pointsJson } from "./actions.ts";
import { classroom50Runtime, classroom50Tests, type PlatformOptions } from "./classroom50.ts";
import { runAutograder, setupSh } from "./gradescope.ts";
import {
  githubWorkflow,
  classroom50Runtime as runtimeSchema,
  classroom50Tests as testsSchema,
  uploadArtifactInputs,
} from "./platform-schemas.fixture.ts";

const options: PlatformOptions = { points: 10, timeoutSeconds: 10, locale: "en", nodeMajor: 20 };
const katas = [kata("singleton", ["one", "two", "three", "four"]), kata("observer", ["a", "b"], 2)];

describe("Classroom 50's declarative tests", () => {
  const tests = classroom50Tests(katas, options);

  it("validate against Classroom 50's documented schema", () => {
    expect(testsSchema.safeParse(tests).error).toBeUndefined();
    expect(runtimeSchema.safeParse(classroom50Runtime(options)).error).toBeUndefined();
  });

  it("are a zero-point setup, then one run test per step worth its share of the kata", () => {
    expect(tests.map((t) => [t.name, t.points])).toEqual([
      ["setup", 0],
      ["singleton 1/4: one", 3],
      ["singleton 2/4: two", 3],
      ["singleton 3/4: three", 2],
      ["singleton 4/4: four", 2],
      ["observer 1/2: a", 5],
      ["observer 2/2: b", 5],
    ]);
    expect(tests[2]?.run).toBe("npx tsx scripts/kata-steps.ts singleton 2 --timeout 10 --lang en");
    expect(tests.every((t) => t.type === "run" && t.timeout <= 600)).toBe(true);
  });

  it("keep a long translated step title within 100 UTF-8 bytes", () => {
    const long = kata("singleton", ["one"]);
    const translated = {
      ...long,
      manifest: {
        ...long.manifest,
        translations: {
          "zh-CN": {
            source: "0000000000000000",
            title: "单例",
            steps: { one: { title: "很长的标题".repeat(10), hints: ["x"] } },
          },
        },
      },
    };
    const [, step] = classroom50Tests([translated], { ...options, locale: "zh-CN" });
    expect(new TextEncoder().encode(step?.name).length).toBeLessThanOrEqual(100);
    expect(step?.name).toMatch(/^singleton 1\/1：很长的标题.*…$/);
    expect(testsSchema.safeParse([step]).error).toBeUndefined();
  });
});

describe("the GitHub Actions workflow", () => {
  const workflow = parse(actionsWorkflow(katas, options)) as Record<string, unknown>;

  it("validates against GitHub's workflow syntax and upload-artifact's inputs", () => {
    expect(githubWorkflow.safeParse(workflow).error).toBeUndefined();
    const steps = githubWorkflow.parse(workflow).jobs.katas?.steps ?? [];
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(uploadArtifactInputs.safeParse(upload?.with).error).toBeUndefined();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression syntax
    expect(upload?.if).toBe("${{ !cancelled() }}");
  });

  it("installs only what a student needs, grades every step into the job summary and the artifact", () => {
    const runs = (githubWorkflow.parse(workflow).jobs.katas?.steps ?? []).flatMap(
      (s) => s.run ?? [],
    );
    expect(runs).toEqual([
      "npm ci --omit=dev",
      'npx tsx scripts/kata-steps.ts --all --timeout 10 --lang en --points .github/kata-points.json --summary "$GITHUB_STEP_SUMMARY" --json kata-results/results.json',
    ]);
  });

  it("gives each step the same points as every other output", () => {
    expect(JSON.parse(pointsJson(katas, 10))).toEqual({
      points: 10,
      katas: { singleton: [3, 3, 2, 2], observer: [5, 5] },
    });
  });
});

describe("Gradescope's autograder scripts", () => {
  const g = { ...options, memoryMb: 512, visibility: "visible" as const };

  it("grade the one submission with kata grade, in Gradescope's paths unless told otherwise", () => {
    const script = runAutograder(g);
    // biome-ignore-start lint/suspicious/noTemplateCurlyInString: the shell's, in the script
    expect(script.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(script).toContain('SUBMISSION="${KATA_SUBMISSION:-$AUTOGRADER/submission}"');
    expect(script).toContain('RESULTS="${KATA_RESULTS:-$AUTOGRADER/results}"');
    // biome-ignore-end lint/suspicious/noTemplateCurlyInString: the shell's, in the script
    expect(script).toContain('--single --gradescope "$RESULTS/results.json"');
  });

  it("install Node and only what grading needs", () => {
    expect(setupSh(g)).toMatch(/setup_20\.x[\s\S]*npm ci --omit=dev\n$/);
  });
});
