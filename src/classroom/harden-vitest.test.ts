import { describe, expect, it } from "vitest";
import type { Vitest } from "vitest/node";
import type { ErrorInfo } from "./grade-protocol.ts";
import { hardenVitest } from "./harden-vitest.ts";

/** A vitest whose test run has the two internals the grader replaces, recording their calls. */
function fakeVitest() {
  const calls: string[] = [];
  const testRun = {
    resolveTestAttachment: async (_test: unknown, _attachment: unknown): Promise<unknown> => {
      calls.push("copied");
      return {};
    },
    syncUpdateStacks: (_update: readonly (readonly [string, { errors?: unknown[] }])[]) => {
      calls.push("read stacks");
    },
  };
  return { vitest: { _testRun: testRun } as unknown as Vitest, testRun, calls };
}
const test = { module: { moduleId: "/s/katas/singleton/singleton.test.ts" } };

describe("hardenVitest", () => {
  it("refuses an attachment with a path, reports it, and copies nothing", async () => {
    const { vitest, testRun, calls } = fakeVitest();
    const refused: [string, ErrorInfo][] = [];
    hardenVitest(vitest, (moduleId, error) => refused.push([moduleId, error]));
    await expect(
      testRun.resolveTestAttachment(test, { path: "/etc/passwd" }),
    ).rejects.toMatchObject({
      code: "ERR_ACCESS_DENIED",
      permission: "Attachment",
      resource: "/etc/passwd",
    });
    expect(refused).toEqual([
      [test.module.moduleId, expect.objectContaining({ resource: "/etc/passwd" })],
    ]);
    expect(calls).toEqual([]);
  });

  it("lets an inline attachment through untouched", async () => {
    const { vitest, testRun } = fakeVitest();
    hardenVitest(vitest, () => {});
    const inline = { body: "aGk=", contentType: "text/plain" };
    expect(await testRun.resolveTestAttachment(test, inline)).toBe(inline);
  });

  it("reads no stack: every error gets an empty one", () => {
    const { vitest, testRun, calls } = fakeVitest();
    hardenVitest(vitest, () => {});
    const error = { message: "x", stack: "at f (/dev/zero:1:1)" };
    testRun.syncUpdateStacks([["id", { errors: [error, "text"] }]]);
    expect(error).toMatchObject({ stacks: [] });
    expect(calls).toEqual([]);
  });

  it("refuses to grade with a vitest whose internals it does not know", () => {
    expect(() => hardenVitest({} as Vitest, () => {})).toThrow(/not the one kata grade knows/);
  });
});
