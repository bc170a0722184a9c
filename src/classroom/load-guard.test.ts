import { describe, expect, it } from "vitest";
import { loadGuard } from "./load-guard.ts";

const load = (id: string) => {
  const hook = loadGuard(["/work/s/1", "/repo/node_modules/vitest/"]).load;
  if (typeof hook !== "function") throw new Error("load is a function");
  return (hook as (this: unknown, id: string) => unknown).call({}, id);
};

describe("loadGuard", () => {
  it("lets vitest load the student's copy, the dependencies and its own virtual modules", () => {
    expect(load("/work/s/1/katas/x/x.ts")).toBeNull();
    expect(load("/repo/node_modules/vitest/dist/index.js?v=1")).toBeNull();
    expect(load("\0virtual:thing")).toBeNull();
  });

  it("refuses any other file, with or without a query, as Node's permission model would", () => {
    expect(() => load("/repo/solutions/x/x.ts")).toThrow(
      /FileSystemRead \/repo\/solutions\/x\/x\.ts.*ERR_ACCESS_DENIED/,
    );
    expect(() => load("/etc/passwd?raw")).toThrow(/ERR_ACCESS_DENIED/);
    // A sibling whose name starts like an allowed folder is not inside it.
    expect(() => load("/work/s/10/katas/x/x.ts")).toThrow(/ERR_ACCESS_DENIED/);
  });
});
