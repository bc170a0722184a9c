import fc from "fast-check";
import { withFramesOf } from "./stack-frames.ts";

/**
 * fast-check's report of a broken property (seed, path, counterexample), as an Error whose stack
 * is the stack of the error that broke the property, so that a test runner points at the `expect`
 * inside the property rather than at `fc.assert(`. That error stays the `cause`, with its expected
 * and actual values. `reportWithStackOf("Property failed...", assertionError).stack`.
 */
export function reportWithStackOf(report: string, broke: unknown): Error {
  return withFramesOf(new Error(report, { cause: broke }), broke);
}

/**
 * A fast-check plugin, installed globally by `fast-check-setup.ts`: when a property breaks, it
 * throws fast-check's usual report through {@link reportWithStackOf}. fast-check's own error
 * carries the assertion only as `cause`, and its stack starts at the `fc.assert(` line.
 * `fc.installGlobalPlugin(brokenPropertyError)`.
 */
export const brokenPropertyError: fc.Plugin<unknown> = () => ({
  // Synchronous, as fast-check requires for synchronous properties. The report's values are
  // stringified synchronously even for an asynchronous property: every fast-check value with an
  // asynchronous toString has a synchronous one too.
  onAllRunsComplete: (details) => {
    // Too many skipped runs and interruptions have no error to point at: fast-check reports them.
    if (!details.failed || details.counterexample === null) return;
    throw reportWithStackOf(fc.defaultReportMessage(details) ?? "", details.errorInstance);
  },
});
