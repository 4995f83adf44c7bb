// The bulk load's batching and clean-up, against a recording stand-in for Neo4j: a failure stops new
// batches, lets those in flight settle, and only then removes what was written.
import type { ManagedTransaction } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ConflictError, InvalidInputError, StoreUnavailableError } from "../errors.js";
import { Entity } from "../model/entity.js";
import { RelationInput, toRelation } from "../model/relation.js";
import { bulkLoadIntoEmpty, type WriteTransaction } from "./bulk-load.js";
import * as Q from "./queries.js";

const entities = ["org:a", "org:b", "org:c", "org:d", "org:e"].map((id) =>
  Entity.parse({ id, kind: "Organization", name: id }),
);
const relations = [
  ["org:a", "org:b"],
  ["org:b", "org:c"],
  ["org:c", "org:d"],
  ["org:d", "org:e"],
].map(([from, to]) =>
  toRelation(
    RelationInput.parse({
      type: "COMPETES_WITH",
      from,
      to,
      status: "confirmed",
      evidence: [{ source: "src:x", paragraph: 1, summary: "s" }],
    }),
  ),
);

interface Options {
  holdsData?: boolean;
  /** Fails the statement with this index (0 = the emptiness check). */
  failAt?: number;
  /** Reports one row fewer created for the statement with this index. */
  shortAt?: number;
  cleanupFails?: boolean;
}

/** A stand-in for the store's managed write transactions that logs when each starts and ends. */
function recordingWrite(options: Options = {}) {
  const log: string[] = [];
  let transactions = 0;
  let inFlight = 0;
  let cleanups = 0;
  const write: WriteTransaction = async (_operation, work) => {
    const index = transactions++;
    inFlight += 1;
    log.push(`start ${index}`);
    try {
      const tx = {
        run: (query: string, params?: { rows: unknown[] }) => {
          const created = (params?.rows.length ?? 0) - (index === options.shortAt ? 1 : 0);
          const answered = async () => {
            if (query === Q.DELETE_SOME_ENTITIES) {
              log.push(`cleanup with ${inFlight - 1} others in flight`);
              if (options.cleanupFails) throw new Error("connection lost");
            }
            if (index === options.failAt) throw new Error(`statement ${index} failed`);
            await new Promise((resolve) => setTimeout(resolve, 5));
            // The first clean-up transaction deletes some entities, the next finds none left.
            const deleted = query === Q.DELETE_SOME_ENTITIES && cleanups++ === 0 ? 3 : 0;
            const value = query === Q.HOLDS_DATA ? (options.holdsData ?? false) : deleted;
            return {
              records: [{ get: () => value }],
              summary: { counters: { updates: () => ({ nodesCreated: created, relationshipsCreated: created }) } },
            };
          };
          // Like the driver's Result: awaited for its records, or asked for its summary.
          return {
            then: (resolve: (value: unknown) => void, reject: (error: unknown) => void) =>
              answered().then(resolve, reject),
            summary: async () => (await answered()).summary,
          };
        },
      };
      return await work(tx as unknown as ManagedTransaction);
    } finally {
      inFlight -= 1;
      log.push(`end ${index}`);
    }
  };
  return { write, log };
}

const twoByTwo = { rowsPerTransaction: 2, concurrency: 2 };

describe("bulkLoadIntoEmpty (Neo4j)", () => {
  it("writes entities, then relations, in batches of the given size", async () => {
    const { write, log } = recordingWrite();
    expect(await bulkLoadIntoEmpty(write, { entities, relations }, twoByTwo)).toBe(true);
    // 1 emptiness check + 3 entity batches + 2 relation batches, never more than two at once.
    expect(log.filter((line) => line.startsWith("start"))).toHaveLength(6);
    expect(log.indexOf("start 4")).toBeGreaterThan(log.indexOf("end 3"));
  });

  it("lets statements of several kinds or types share a transaction up to its size", async () => {
    const { write, log } = recordingWrite();
    const mixed = [...entities.slice(0, 3), ...entities.slice(3).map((e) => ({ ...e, kind: "Person" as const }))];
    const oneAtATime = { rowsPerTransaction: 10, concurrency: 1 };
    expect(await bulkLoadIntoEmpty(write, { entities: mixed, relations }, oneAtATime)).toBe(true);
    expect(log.filter((line) => line.startsWith("start"))).toEqual(["start 0", "start 1", "start 2"]);
  });

  it("splits a small load so that every transaction in flight has work", async () => {
    const { write, log } = recordingWrite();
    const twoAtATime = { rowsPerTransaction: 10, concurrency: 2 };
    expect(await bulkLoadIntoEmpty(write, { entities, relations }, twoAtATime)).toBe(true);
    expect(log.filter((line) => line.startsWith("start"))).toHaveLength(5);
  });

  it("answers false after the emptiness check alone when the store holds data", async () => {
    const { write, log } = recordingWrite({ holdsData: true });
    expect(await bulkLoadIntoEmpty(write, { entities, relations }, twoByTwo)).toBe(false);
    expect(log).toEqual(["start 0", "end 0"]);
  });

  it("refuses a dangling end before writing anything", async () => {
    const { write, log } = recordingWrite();
    const dangling = { ...relations[0]!, id: "rel:x", from: "org:gone" };
    await expect(bulkLoadIntoEmpty(write, { entities, relations: [dangling] }, twoByTwo)).rejects.toThrow(
      InvalidInputError,
    );
    expect(log).toEqual(["start 0", "end 0"]);
  });

  it("after a failed batch starts no other, waits for those in flight, then cleans up and rethrows", async () => {
    const { write, log } = recordingWrite({ failAt: 2 });
    await expect(bulkLoadIntoEmpty(write, { entities, relations }, twoByTwo)).rejects.toThrow("statement 2 failed");
    expect(log).toEqual([
      ...["start 0", "end 0", "start 1", "start 2", "end 2", "end 1"],
      ...["start 3", "cleanup with 0 others in flight", "end 3", "start 4", "cleanup with 0 others in flight", "end 4"],
    ]);
  });

  it("treats a batch that created fewer records than it sent as a failure", async () => {
    const { write, log } = recordingWrite({ shortAt: 4 });
    await expect(bulkLoadIntoEmpty(write, { entities, relations }, twoByTwo)).rejects.toThrow(ConflictError);
    expect(log.slice(-3)).toEqual(["start 7", "cleanup with 0 others in flight", "end 7"]);
  });

  it("says so when the clean-up fails too", async () => {
    const { write } = recordingWrite({ failAt: 1, cleanupFails: true });
    const attempt = bulkLoadIntoEmpty(write, { entities, relations }, twoByTwo);
    await expect(attempt).rejects.toThrow(StoreUnavailableError);
    await expect(attempt).rejects.toThrow(/statement 1 failed.*connection lost.*clear the store/);
  });
});
