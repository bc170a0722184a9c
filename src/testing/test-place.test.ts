import { describe, expect, it } from "vitest";
import { taskTitles, testPlace } from "./test-place.ts";

describe("testPlace", () => {
  it("splits the step from the title of a test right below it", () => {
    expect(testPlace(["print-queue", "law: keeps order"])).toEqual({
      step: "print-queue",
      name: "law: keeps order",
    });
  });

  it("keeps nested describes in the name, joined as vitest joins them", () => {
    expect(testPlace(["leases", "after eviction", "law: a lease outlives it"])).toEqual({
      step: "leases",
      name: "after eviction > law: a lease outlives it",
    });
  });

  it("gives a test outside any describe no step", () => {
    expect(testPlace(["stands alone"])).toEqual({ step: "", name: "stands alone" });
  });
});

describe("taskTitles", () => {
  it("lists the describes around a runner task, outermost first, then its title", () => {
    const step = { name: "leases" };
    const nested = { name: "after eviction", suite: step };
    expect(taskTitles({ name: "law: a lease outlives it", suite: nested })).toEqual([
      "leases",
      "after eviction",
      "law: a lease outlives it",
    ]);
  });
});
