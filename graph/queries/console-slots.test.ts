import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../errors.js";
import { createConsoleSlots } from "./console-slots.js";

describe("console slots", () => {
  it("refuses a query past the limit at once and takes one again when a slot is free", async () => {
    const slots = createConsoleSlots(2);
    const gates: (() => void)[] = [];
    const held = () => new Promise<string>((resolve) => gates.push(() => resolve("done")));
    const first = slots.run(held);
    const second = slots.run(held);
    await expect(slots.run(async () => "third")).rejects.toBeInstanceOf(StoreUnavailableError);
    gates.shift()!();
    expect(await first).toBe("done");
    expect(await slots.run(async () => "again")).toBe("again");
    gates.shift()!();
    expect(await second).toBe("done");
  });

  it("frees the slot of a query that failed", async () => {
    const slots = createConsoleSlots(1);
    await expect(slots.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => 1)).toBe(1);
  });
});
