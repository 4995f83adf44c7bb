import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./serial-queue.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("serial queue", () => {
  it("runs tasks one at a time in the order they came", async () => {
    const queue = createSerialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await pause(ms);
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run(task("a", 20)), queue.run(task("b", 1)), queue.run(task("c", 5))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("keeps going after a task fails, and hands the failure to its caller only", async () => {
    const queue = createSerialQueue();
    const failed = queue.run(async () => {
      throw new Error("boom");
    });
    const next = queue.run(async () => "still running");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("still running");
  });
});
