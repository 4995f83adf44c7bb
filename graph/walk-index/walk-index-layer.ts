// The walk index in front of any GraphStore: built from the store's relation ends on first use, dropped
// by every relation write that goes through the layer's store, and, for a store that others write to
// too (a shared Neo4j), read again once older than a set age.
import { createFactsInterner, type EdgeFacts } from "../queries/edge-facts.js";
import type { AdjacentEdge } from "../model/graph.js";
import type { GraphStore, RelationEnd } from "../store.js";
import { storeReportingWrites } from "./store-reporting-writes.js";
import { WalkIndex } from "./walk-index.js";

export interface WalkIndexLayerOptions {
  /**
   * How old an index may be before a search reads the relation ends again: Infinity when only this
   * process writes (the embedded store), 0 to read them for every search.
   */
  maxAgeMs: number;
  now?: () => number;
}

export interface WalkIndexLayer {
  /** The store to use from now on: its relation writes drop the index. */
  readonly store: GraphStore;
  /** The index as of the last relation write through `store` (and not older than maxAgeMs). */
  current(): Promise<WalkIndex>;
}

export function createWalkIndexLayer(inner: GraphStore, options: WalkIndexLayerOptions): WalkIndexLayer {
  const now = options.now ?? (() => performance.now());
  let index: WalkIndex | undefined;
  let builtAt = 0;
  let loading: { generation: number; done: Promise<WalkIndex> } | undefined;
  // Bumped when a write starts and when it ends, so a read that overlapped a write is used once, not kept.
  let generation = 0;
  let writesRunning = 0;

  const changed = () => {
    generation++;
    index = undefined;
  };
  const store = storeReportingWrites(inner, {
    writeStarted() {
      writesRunning++;
      changed();
    },
    writeEnded() {
      writesRunning--;
      changed();
    },
  });

  function current(): Promise<WalkIndex> {
    if (index && now() - builtAt < options.maxAgeMs) return Promise.resolve(index);
    if (loading?.generation !== generation) {
      const started = generation;
      const startedAt = now();
      const done = inner.listRelationEnds().then((ends) => {
        const built = walkIndexOf(ends);
        if (started === generation && writesRunning === 0) {
          index = built;
          builtAt = startedAt;
        }
        return built;
      });
      const entry = { generation: started, done };
      loading = entry;
      void done
        .finally(() => {
          if (loading === entry) loading = undefined;
        })
        .catch(() => undefined);
    }
    return loading!.done;
  }

  return { store, current };
}

/** Numbers the relation ends, their status and period kept as a few hundred shared objects. */
export function walkIndexOf(ends: readonly RelationEnd[]): WalkIndex {
  const factsOf = createFactsInterner();
  const facts = new Map<string, EdgeFacts>();
  const edges: AdjacentEdge[] = ends.map(({ id, source, target, type, directed, status, dateStart, dateEnd }) => {
    facts.set(id, factsOf(status, dateStart, dateEnd));
    return { id, source, target, type, ...(directed === false ? { directed } : {}) };
  });
  return new WalkIndex(edges, (id) => facts.get(id));
}
