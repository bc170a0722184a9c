import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
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
    });
  });

  it("reads --timeout in seconds", () => {
    expect(parse(["test", "proxy", "--timeout", "2.5"])).toEqual({
      name: "test",
      id: "proxy",
      timeoutSeconds: 2.5,
    });
  });

  it("reads list --json and verify with ids", () => {
    expect(parse(["list", "--json"])).toEqual({ name: "list", json: true });
    expect(parse(["verify", "a", "b"])).toEqual({ name: "verify", ids: ["a", "b"] });
  });

  it.each([
    [["test"], /needs a kata id/],
    [["test", "a", "b"], /takes one kata id/],
    [["test", "a", "--timeout", "0"], /--timeout takes a number/],
    [["frobnicate"], /Unknown command "frobnicate"/],
    [["list", "--colour"], /Unknown option '--colour'/],
  ])("rejects %j with a usage error", (argv, message) => {
    expect(() => parse(argv)).toThrow(UsageError);
    expect(() => parse(argv)).toThrow(message);
  });
});
