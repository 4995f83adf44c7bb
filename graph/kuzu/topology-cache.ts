// Keeps the store's Topology: loaded once by the first reader (concurrent readers share the load) or
// inside the first relation write, updated by each committed write, and dropped when a write fails or
// changes relations in ways it does not apply here, to be read again.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StoreUnavailableError } from "../errors.js";
import type { AdjacentEdge } from "../model/graph.js";
import { RELATION_STATUSES, RELATION_TYPES, type RelationStatus, type RelationType } from "../model/vocabulary.js";
import { createFactsInterner, type EdgeFacts } from "../queries/edge-facts.js";
import type { KuzuSession, Row, RunQuery } from "./kuzu-session.js";
import * as Q from "./queries.js";
import { Topology } from "./topology.js";

export interface TopologyCache {
  /** The topology as of the last committed write. */
  current(): Promise<Topology>;
  /** Inside a write transaction: the topology to update once the write has succeeded. */
  forWrite(run: RunQuery): Promise<Topology>;
  /** The relations changed in ways not applied to the topology (or a write rolled back): read it again. */
  forget(): void;
  /** The store is empty now. */
  reset(): void;
}

export function createTopologyCache(session: KuzuSession): TopologyCache {
  let topology: Topology | undefined;
  let loading: Promise<Topology> | undefined;
  // Bumped by every write, so a load that overlapped one is used once but not kept.
  let generation = 0;

  return {
    current() {
      if (topology) return Promise.resolve(topology);
      if (!loading) {
        const started = generation;
        loading = session
          .ddl("loadTopology", exportTopology)
          .then((rows) => {
            const loaded = topologyOf(rows);
            if (started === generation) topology = loaded;
            return loaded;
          })
          .finally(() => {
            loading = undefined;
          });
      }
      return loading;
    },
    async forWrite(run) {
      generation++;
      topology ??= topologyOf(await run(Q.LIST_RELATION_ENDS));
      return topology;
    },
    forget() {
      generation++;
      topology = undefined;
    },
    reset() {
      generation++;
      topology = new Topology();
    },
  };
}

/** Queued with the writes, outside a transaction: Kuzu runs COPY … TO on its own. */
async function exportTopology(run: RunQuery): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), "kuzu-topology-"));
  try {
    const file = join(folder, "topology.csv");
    await run(Q.exportTopologyTo(file));
    const rows: Row[] = [];
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line === "") continue;
      const [id, source, target, type, status, dateStart, dateEnd, directed] = line.split(",");
      rows.push({
        id: id ?? null,
        source: source ?? null,
        target: target ?? null,
        type: type ?? null,
        status: status ?? null,
        dateStart: dateStart || null,
        dateEnd: dateEnd || null,
        directed: directed !== "False",
      });
    }
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const TYPES = new Set<string>(RELATION_TYPES);
const STATUSES = new Set<string>(RELATION_STATUSES);
const optionalText = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** A hand-written check rather than zod: a million rows are read at once. */
function topologyOf(rows: readonly Row[]): Topology {
  const edges: AdjacentEdge[] = [];
  const facts = new Map<string, EdgeFacts>();
  const factsOf = createFactsInterner();
  for (const { id, source, target, type, status, dateStart, dateEnd, directed } of rows) {
    if (
      typeof id !== "string" ||
      typeof source !== "string" ||
      typeof target !== "string" ||
      !TYPES.has(String(type)) ||
      !STATUSES.has(String(status))
    ) {
      throw new StoreUnavailableError(
        `The Kuzu database holds a relation row that is not ours: ${JSON.stringify({ id, type })}`,
        {
          id: String(id),
        },
      );
    }
    edges.push({ id, source, target, type: type as RelationType, ...(directed === false ? { directed } : {}) });
    facts.set(id, factsOf(status as RelationStatus, optionalText(dateStart), optionalText(dateEnd)));
  }
  return new Topology(edges, facts);
}
