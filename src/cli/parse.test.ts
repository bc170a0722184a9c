import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { en } from "../i18n/en.ts";
import { describeError } from "../render/describe-error.ts";
import { parse } from "./parse.ts";

describe("parse", () => {
  it("maps no arguments to the home view", () => {
    expect(parse([])).toEqual({ name: "home" });
  });

  it("reads test with its id and a default time limit of 10 s", () => {
    expect(parse(["test", "singleton"])).toEqual({
      name: "test",
      id: "singleton",
      timeoutSeconds: 10,
      reporter: "pretty",
      prerequisites: "auto",
    });
  });

  it("reads which code a kata's prerequisites run on", () => {
    expect(parse(["test", "str-format", "--prerequisites", "own"])).toMatchObject({
      prerequisites: "own",
    });
    expect(parse(["test", "str-format", "--prerequisites", "reference"])).toMatchObject({
      prerequisites: "reference",
    });
  });

  it("reads --timeout in seconds", () => {
    expect(parse(["test", "proxy", "--timeout", "2.5", "--reporter", "junit"])).toEqual({
      name: "test",
      id: "proxy",
      timeoutSeconds: 2.5,
      reporter: "junit",
      prerequisites: "auto",
    });
  });

  it("reads list --json and verify with ids", () => {
    expect(parse(["list", "--json"])).toEqual({ name: "list", json: true });
    expect(parse(["verify", "a", "b"])).toEqual({ name: "verify", ids: ["a", "b"] });
  });

  it("reads reset of ids or of everything, and --yes", () => {
    expect(parse(["reset", "a", "b", "--yes"])).toEqual({
      name: "reset",
      ids: ["a", "b"],
      yes: true,
      from: "HEAD",
    });
    expect(parse(["reset", "--all", "--from", "v1"])).toEqual({
      name: "reset",
      ids: "all",
      yes: false,
      from: "v1",
    });
  });

  it("reads solution --force, compare --seed and watch with or without an id", () => {
    expect(parse(["solution", "a", "--force"])).toEqual({ name: "solution", id: "a", force: true });
    expect(parse(["compare", "a", "--seed", "42"])).toMatchObject({
      name: "compare",
      id: "a",
      seed: 42,
    });
    expect(parse(["watch"])).toEqual({ name: "watch", timeoutSeconds: 10 });
    expect(parse(["watch", "a"])).toEqual({ name: "watch", id: "a", timeoutSeconds: 10 });
  });

  it.each([
    [["test"], /needs a kata id/],
    [["test", "a", "b"], /takes one kata id/],
    [["test", "a", "--timeout", "0"], /--timeout takes a number/],
    [["frobnicate"], /Unknown command "frobnicate"/],
    [["test", "a", "--reporter", "tap"], /--reporter is one of pretty, json, junit/],
    [["reset"], /needs kata ids or --all/],
    [["reset", "a", "--all"], /not both/],
    [["compare", "a", "--seed", "x"], /--seed takes an integer/],
    [["test", "a", "--prerequisites", "mine"], /--prerequisites is own or reference/],
    [["list", "--colour"], /Unknown option '--colour'/],
  ])("rejects %j with a usage error", (argv, message) => {
    expect(() => parse(argv)).toThrow(UsageError);
    try {
      parse(argv);
    } catch (error) {
      expect(describeError(error as UsageError, en).message).toMatch(message);
    }
  });
});
