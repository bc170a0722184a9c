// What a spec's `import ... from "vitest"` reads in the playground (a Vite alias): vitest's own
// runner and expect packages, without the Node half of vitest.
import { fn, restoreAllMocks, spyOn } from "@vitest/spy";

export {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  it,
  onTestFailed,
  onTestFinished,
  suite,
  test,
} from "@vitest/runner";
export { expect } from "./expect.ts";

/** The part of vitest's `vi` the specs use: spies. */
export const vi = { fn, spyOn, restoreAllMocks };
