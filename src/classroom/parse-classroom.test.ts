import { describe, expect, it } from "vitest";
import { ClassroomUsageError } from "./errors.ts";
import { parseClassroomArgv as parse } from "./parse-classroom.ts";

describe("parse: classroom commands", () => {
  it("reads pack with its folder, katas, --solved and --force", () => {
    expect(parse(["pack", "../out", "--katas", "singleton, observer", "--force"])).toEqual({
      name: "pack",
      outDir: "../out",
      katas: ["singleton", "observer"],
      solved: [],
      force: true,
    });
    expect(parse(["pack", "../out", "--katas", "str-format", "--solved", "format-spec"])).toEqual({
      name: "pack",
      outDir: "../out",
      katas: ["str-format"],
      solved: ["format-spec"],
      force: false,
    });
  });

  it("names the option whose list of ids is broken", () => {
    expect(() => parse(["pack", "../out", "--solved", "a,,b"])).toThrow(
      '--solved takes kata ids separated by commas, as in singleton,observer; not "a,,b".',
    );
  });

  it("reads classroom classroom50 and actions with the pack, points and kata test's timeout", () => {
    expect(parse(["classroom", "classroom50", "../p", "--points", "3", "--timeout", "20"])).toEqual(
      {
        name: "classroom50",
        pack: "../p",
        points: 3,
        timeoutSeconds: 20,
      },
    );
    expect(parse(["classroom", "actions", "../p"])).toEqual({
      name: "actions",
      pack: "../p",
      points: 10,
      timeoutSeconds: 10,
    });
  });

  it("reads classroom gradescope with its zip, katas, limits and visibility", () => {
    expect(
      parse([
        "classroom",
        "gradescope",
        "--out",
        "a.zip",
        "--katas",
        "singleton",
        "--visibility",
        "after_due_date",
      ]),
    ).toEqual({
      name: "gradescope",
      out: "a.zip",
      katas: ["singleton"],
      memoryMb: 512,
      visibility: "after_due_date",
      points: 10,
      timeoutSeconds: 10,
    });
  });

  it("answers the discontinued GitHub Classroom command with what replaced it", () => {
    expect(() => parse(["classroom", "autograding"])).toThrow(/discontinued.*classroom actions/);
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
      single: false,
      visibility: "visible",
    });
    expect(parse(["grade", "sub", "--single", "--gradescope", "r.json"])).toMatchObject({
      single: true,
      gradescope: "r.json",
    });
    expect(parse(["grade", "subs", "--points", "12"])).toMatchObject({ points: 12 });
  });

  it.each([
    [["pack"]],
    [["pack", "a", "b"]],
    [["classroom"]],
    [["classroom", "grade"]],
    [["classroom", "actions", "p", "--points", "1.5"]],
    [["classroom", "actions"]],
    [["classroom", "gradescope", "extra"]],
    [["classroom", "moodle", "p"]],
    [["grade", "s", "--gradescope", "r.json"]],
    [["grade", "s", "--visibility", "sometimes"]],
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
