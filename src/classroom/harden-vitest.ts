import type { Vitest } from "vitest/node";
import type { ErrorInfo } from "./grade-protocol.ts";

/** The parts of vitest's test run (4.1, private) that read or copy files for the fork. */
interface TestRunInternals {
  resolveTestAttachment(
    test: { readonly module: { readonly moduleId: string } },
    attachment: { readonly path?: unknown } | undefined,
  ): Promise<unknown>;
  syncUpdateStacks(
    update: readonly (readonly [string, { errors?: unknown[] } | undefined])[],
  ): void;
}

/** The marker `isRefusal` knows, so a refused attachment is recorded like any refusal. */
const DENIED = "ERR_ACCESS_DENIED";

/**
 * Closes two doors of vitest's main process, which runs in the grading worker, outside the
 * sandbox, and acts on what the student's fork sends it:
 * - an attachment or annotation with a `path` (`recordArtifact`, `context.annotate`) makes it
 *   copy that file into the student's copy, where the fork may read and import it: refused,
 *   reported to `refused`, nothing copied and nothing read;
 * - a failure's stack makes it look for a source map in every file the stack names, and a
 *   student writes the stack: the grader reads no stack (it reports messages only).
 * Throws when vitest's internals are not the ones known here, rather than grade unsafely.
 */
export function hardenVitest(
  vitest: Vitest,
  refused: (moduleId: string, error: ErrorInfo) => void,
): void {
  const run = (vitest as unknown as { _testRun?: Partial<TestRunInternals> })._testRun;
  if (
    typeof run?.resolveTestAttachment !== "function" ||
    typeof run.syncUpdateStacks !== "function"
  )
    throw new Error(
      "This vitest is not the one kata grade knows (4.1): it cannot refuse attachments, so it does not grade.",
    );
  run.resolveTestAttachment = async (test, attachment) => {
    if (attachment?.path === undefined) return attachment;
    const resource = String(attachment.path).slice(0, 300);
    const error = {
      message: `Attachment ${resource}: the grader attaches no file to a test (${DENIED})`,
      code: DENIED,
      permission: "Attachment",
      resource,
    };
    refused(test.module.moduleId, error);
    throw Object.assign(new Error(error.message), error);
  };
  run.syncUpdateStacks = (update) => {
    for (const [, result] of update)
      for (const error of result?.errors ?? [])
        if (typeof error === "object" && error !== null) Object.assign(error, { stacks: [] });
  };
}
