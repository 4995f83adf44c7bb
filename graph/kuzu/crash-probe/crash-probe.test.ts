import { afterEach, describe, expect, it } from "vitest";
import { createCrashProbe, type CrashProbe } from "./crash-probe.js";

const ladybug = { packageName: "@ladybugdb/core", title: "LadybugDB" };
// The engine folds the range while planning, so this takes far longer than the short limit below.
const SLOW_TO_PLAN = "UNWIND range(1, 200000000) AS x RETURN count(x)";

describe("crash probe", () => {
  let probe: CrashProbe | undefined;
  afterEach(() => probe?.close());

  it("refuses a query that takes too long to plan, and the next query is planned by a fresh child", async () => {
    probe = createCrashProbe(ladybug, [], { timeoutMs: 300 });
    await expect(probe.check(SLOW_TO_PLAN, {})).rejects.toThrow(/could not plan it in time/);
    await expect(probe.check("RETURN 1", {})).resolves.toBeUndefined();
    await expect(probe.check("RETURN 2 AS two", {})).resolves.toBeUndefined();
  }, 30_000);

  it("names the engine bug when planning ends the child, and keeps refusing that query", async () => {
    probe = createCrashProbe(ladybug, []);
    await expect(probe.check("RETURN nodes(NULL)", {})).rejects.toThrow(/ends the LadybugDB engine/);
    await expect(probe.check("RETURN nodes(NULL)", {})).rejects.toThrow(/ends the LadybugDB engine/);
    await expect(probe.check("RETURN 1", {})).resolves.toBeUndefined();
  }, 30_000);
});
