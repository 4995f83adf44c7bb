import { afterEach, describe, expect, it } from "vitest";
import { TooLargeError } from "../../errors.js";
import { createCrashProbe, type CrashProbe } from "./crash-probe.js";

const ladybug = { packageName: "@ladybugdb/core", title: "LadybugDB" };
// The engine folds the range while planning, so this takes far longer than the short limit below.
const SLOW_TO_PLAN = "UNWIND range(1, 200000000) AS x RETURN count(x)";
/** Folding this range while planning takes the engine ~10 GB (issue 18's runaway query). */
const HUNGRY_TO_PLAN = "UNWIND range(1, 20000000) AS x RETURN count(x)";
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe("crash probe", () => {
  let probe: CrashProbe | undefined;
  afterEach(() => probe?.close());

  it("refuses a query that takes too long to plan, and the next query is planned by a fresh child", async () => {
    probe = createCrashProbe(ladybug, [], { timeoutMs: 300, memoryLimitBytes: 8 * GiB });
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

  it("refuses a query that needs more memory to plan than the cap, while other queries are planned beside it", async () => {
    probe = createCrashProbe(ladybug, [], { memoryLimitBytes: 192 * MiB });
    const hungry = probe.check(HUNGRY_TO_PLAN, {});
    const settled = hungry.then(
      () => "planned",
      () => "refused",
    );
    // Planned by the second child while the first one folds the range.
    await expect(probe.check("RETURN 1", {})).resolves.toBeUndefined();
    expect(await Promise.race([settled, Promise.resolve("still planning")])).toBe("still planning");
    await expect(hungry).rejects.toThrow(/needs more memory than 192 MiB just to be planned/);
    await expect(hungry).rejects.toBeInstanceOf(TooLargeError);

    const again = performance.now();
    await expect(probe.check(HUNGRY_TO_PLAN, {})).rejects.toBeInstanceOf(TooLargeError);
    expect(performance.now() - again).toBeLessThan(100);
    await expect(probe.check("RETURN 2 AS two", {})).resolves.toBeUndefined();
  }, 30_000);

  it("does not plan again a query that planned safely before, so it is not held behind slow plans", async () => {
    probe = createCrashProbe(ladybug, [], { timeoutMs: 5_000, memoryLimitBytes: 8 * GiB });
    await probe.check("RETURN 1 AS one", {});
    // Both children busy folding ranges for seconds.
    const slow = [probe.check(SLOW_TO_PLAN, {}), probe.check(`${SLOW_TO_PLAN} + 1`, {})].map((check) =>
      check.then(
        () => "planned",
        () => "refused",
      ),
    );
    await probe.check("RETURN 1 AS one", {});
    expect(await Promise.race([...slow, Promise.resolve("still planning")])).toBe("still planning");
    await Promise.all(slow);
  }, 30_000);
});
