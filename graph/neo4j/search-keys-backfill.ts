// Entities written before the store kept search keys have none, so fuzzy search would miss them:
// ensureSchema gives them their keys, a batch per transaction, until none is left without.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { searchKeysOf, searchKeysText } from "../model/search-keys.js";
import * as Q from "./queries.js";

const BATCH = 5_000;
const Unkeyed = z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).nullish() });

/** Runs until every entity has its keys; each batch is safe to run twice (it only sets what it reads). */
export async function backfillSearchKeys(
  write: (operation: string, work: (tx: ManagedTransaction) => Promise<number>) => Promise<number>,
): Promise<void> {
  for (;;) {
    const done = await write("ensureSchema", async (tx) => {
      const result = await tx.run(Q.LIST_ENTITIES_WITHOUT_SEARCH_KEYS, { limit: neo4j.int(BATCH) });
      const rows = result.records.map((record) => {
        const entity = Unkeyed.parse(record.toObject());
        const keys = searchKeysOf({ name: entity.name, aliases: entity.aliases ?? [] });
        return { id: entity.id, searchKeys: searchKeysText(keys) };
      });
      if (rows.length > 0) await tx.run(Q.SET_SEARCH_KEYS, { rows });
      return rows.length;
    });
    if (done < BATCH) return;
  }
}
