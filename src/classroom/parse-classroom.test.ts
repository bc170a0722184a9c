import { describe, expect, it } from "vitest";
import { ClassroomUsageError } from "./errors.ts";
import { parseClassroomArgv as parse } from "./parse-classroom.ts";

describe("parse: classroom commands", () => {
  it("reads pack with its folder, katas and --force", () => {
    expect(parse(["pack", "../out", "--katas", "singleton, observer", "--force"])).toEqual({
      name: "pack",
      outDir: "../out",
      katas: ["singleton", "observer"],
      force: true,
    });
  });

  it("reads classroom autograding with points and kata test's timeout", () => {
    expect(parse(["classroom", "autograding", "--points", "3", "--timeout", "20"])).toEqual({
      name: "autograding",
      points: 3,
      timeoutSeconds: 20,
    });
    expect(parse(["classroom", "autograding"])).toMatchObject({ points: 10, timeoutSeconds: 10 });
  });

  it("reads grade with its limits, leaving out what was not given", () => {
    expect(parse(["grade", "subs", "--jobs", "3", "--memory", "256", "--out", "r"])).toEqual({
      name: "grade",
      submissions: "subs",
      out: "r",
      jobs: 3,
      katas: [],
      timeoutSeconds: 10,
      memoryMb: 256,
      points: 10,
    });
    expect(parse(["grade", "subs", "--points", "12"])).toMatchObject({ points: 12 });
  });

  it.each([
    [["pack"]],
    [["pack", "a", "b"]],
    [["classroom"]],
    [["classroom", "grade"]],
    [["classroom", "autograding", "--points", "1.5"]],
    [["grade"]],
    [["grade", "s", "--jobs", "0"]],
    [["grade", "s", "--memory", "10"]],
    [["grade", "s", "--katas", "a,,b"]],
    [["grade", "s", "--timeout", "601"]],
    [["grade", "s", "--timeout", "2000000"]],
    [["grade", "s", "--timeout", "0.5"]],
    [["grade", "s", "--memory", "100000"]],
    [["grade", "s", "--points", "0"]],
    [["grade", "s", "--points", "1001"]],
  ])("refuses %j with a usage error", (argv) => {
    expect(() => parse(argv)).toThrow(ClassroomUsageError);
  });
});
