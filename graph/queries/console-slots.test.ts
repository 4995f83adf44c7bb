import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../errors.js";
import { createConsoleSlots } from "./console-slots.js";

/** Work that runs until its gate is opened. */
function gated() {
  const gates: (() => void)[] = [];
  const held = (value: string) => () => new Promise<string>((resolve) => gates.push(() => resolve(value)));
  return { held, open: () => gates.shift()!() };
}

describe("console slots", () => {
  it("lets a query wait for a slot held by a slow one, and runs it when that slot frees", async () => {
    const slots = createConsoleSlots({ running: 1, waiting: 2 });
    const { held, open } = gated();
    const slow = slots.run(held("slow"));
    let ordinaryDone = false;
    const ordinary = slots.run(async () => "ordinary").then((value) => ((ordinaryDone = true), value));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ordinaryDone).toBe(false);
    open();
    expect(await slow).toBe("slow");
    expect(await ordinary).toBe("ordinary");
  });

  it("refuses at once past the waiting queue, naming the limits", async () => {
    const slots = createConsoleSlots({ running: 1, waiting: 1 });
    const { held, open } = gated();
    const first = slots.run(held("first"));
    const second = slots.run(held("second"));
    const refused = slots.run(async () => "third");
    await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(refused).rejects.toThrow(/at most 1 queries at once and 1 more are already waiting/);
    open();
    expect(await first).toBe("first");
    await new Promise((resolve) => setTimeout(resolve, 0));
    open();
    expect(await second).toBe("second");
  });

  it("refuses a query that waited past the bound and does not run it later", async () => {
    const slots = createConsoleSlots({ running: 1, waiting: 4, maxWaitMs: 30 });
    const { held, open } = gated();
    const first = slots.run(held("first"));
    let ran = false;
    await expect(
      slots.run(async () => {
        ran = true;
        return "late";
      }),
    ).rejects.toThrow(/waited 30 ms for a turn/);
    open();
    expect(await first).toBe("first");
    expect(await slots.run(async () => "next")).toBe("next");
    expect(ran).toBe(false);
  });

  it("never runs more than its slots at once", async () => {
    const slots = createConsoleSlots({ running: 2, waiting: 10 });
    let now = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        slots.run(async () => {
          most = Math.max(most, ++now);
          await new Promise((resolve) => setTimeout(resolve, 5));
          now--;
        }),
      ),
    );
    expect(most).toBe(2);
  });

  it("frees the slot of a query that failed", async () => {
    const slots = createConsoleSlots({ running: 1 });
    await expect(slots.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => 1)).toBe(1);
  });
});
