import {
  ASYMMETRIC_MATCHERS_OBJECT,
  ChaiStyleAssertions,
  chai,
  customMatchers,
  type ExpectStatic,
  GLOBAL_EXPECT,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from "@vitest/expect";
import { getCurrentTest } from "@vitest/runner";

// vitest's `expect`, built from the same packages the way vitest builds it (its createExpect),
// minus snapshots and expect.poll, which no spec uses: the same matchers, the same messages,
// the same expected/actual on a failure.
chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(ChaiStyleAssertions);
chai.use(JestAsymmetricMatchers);

function createExpect(): ExpectStatic {
  const expect = ((value: unknown, message?: string) => {
    const { assertionCalls } = getState(expect);
    setState({ assertionCalls: assertionCalls + 1 }, expect);
    const assertion = chai.expect(value, message);
    const test = getCurrentTest();
    // `withTest` ties an assertion to its test, so .resolves/.rejects are awaited with it.
    return test
      ? (assertion as unknown as { withTest(t: unknown): Chai.Assertion }).withTest(test)
      : assertion;
  }) as unknown as ExpectStatic;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  expect.getState = () => getState(expect);
  expect.setState = (state) => setState(state, expect);
  setState(
    {
      assertionCalls: 0,
      isExpectingAssertions: false,
      isExpectingAssertionsError: null,
      expectedAssertionsNumber: null,
      expectedAssertionsNumberErrorGen: null,
    },
    expect,
  );
  expect.assert = chai.assert;
  expect.extend = (matchers) =>
    (chai.expect as unknown as { extend(e: ExpectStatic, m: typeof matchers): void }).extend(
      expect,
      matchers,
    );
  expect.soft = ((value: unknown, message?: string) =>
    (expect(value, message) as unknown as { withContext(c: object): unknown }).withContext({
      soft: true,
    })) as ExpectStatic["soft"];
  expect.unreachable = (message) => {
    chai.assert.fail(`expected${message ? ` "${message}" ` : " "}not to be reached`);
    throw new Error("unreachable");
  };
  expect.extend(customMatchers);
  return expect;
}

export const expect = createExpect();
Object.defineProperty(globalThis, GLOBAL_EXPECT, {
  value: expect,
  writable: true,
  configurable: true,
});
