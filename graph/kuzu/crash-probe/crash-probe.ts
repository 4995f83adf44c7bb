// Kuzu 0.11 and LadybugDB 0.19.1 alike end the process on some queries while binding them (re-tested, see
// ../engine-workarounds.md): `RETURN nodes(NULL)`, `list_sum(NULL)`, `map_keys(NULL)`,
// `CALL READ_CSV_SERIAL(…)` (and Kuzu's `copy_json()`, a function LadybugDB moved to an extension).
// Before the console runs a query in the store's process, a child process with an empty database of the
// same schema plans it; if the child dies, the query is refused and the child is started again. A plan
// that passes its time or memory limit is refused too, before the store's engine sees the query.
// Crashes that only happen while reading data are not caught here (see SECURITY.md).
import { QueryRefusedError, TooLargeError, type GraphError } from "../../errors.js";
import { createProbeLane, type ProbeEngine, type ProbeLimits } from "./probe-lane.js";

const PROBE_TIMEOUT_MS = 10_000;
const PROBE_MEMORY_LIMIT_BYTES = 256 * 1024 * 1024;
/**
 * Children planning side by side: a query slow to plan (up to the limits) holds one, and the others go on
 * planning everyone else's queries. Each plans one query at a time, so a death names its query.
 */
const PROBE_CHILDREN = 2;
/** Queries known to be refused are refused again without a new child: repeating one costs no restart. */
const KNOWN_REFUSALS_KEPT = 1_000;
/**
 * Queries (with their parameters) that planned safely once plan safely again on the same schema, so they
 * skip the probe: a console used all day repeats its queries, and each plan costs a round trip to a child.
 */
const KNOWN_SAFE_KEPT = 1_000;

export interface CrashProbe {
  /** Throws QueryRefusedError when planning the query ends the engine's process or takes too long, and
   * TooLargeError when it takes more memory than the probe may use. */
  check(query: string, params: Record<string, unknown>): Promise<void>;
  close(): void;
}

/** The children import `engine.packageName`: the same engine the store runs on. */
export function createCrashProbe(
  engine: ProbeEngine,
  schemaStatements: readonly string[],
  options: Partial<ProbeLimits> & { children?: number } = {},
): CrashProbe {
  const limits: ProbeLimits = {
    timeoutMs: options.timeoutMs ?? PROBE_TIMEOUT_MS,
    memoryLimitBytes: options.memoryLimitBytes ?? PROBE_MEMORY_LIMIT_BYTES,
  };
  // Started lazily: a second child only once a query waits while the first one plans.
  const lanes = Array.from({ length: options.children ?? PROBE_CHILDREN }, () =>
    createProbeLane(engine, schemaStatements, limits),
  );
  const knownRefusals = new Map<string, GraphError>();
  const knownSafe = new Set<string>();

  const remember = (key: string, error: GraphError) => {
    if (knownRefusals.size >= KNOWN_REFUSALS_KEPT) knownRefusals.delete(knownRefusals.keys().next().value!);
    knownRefusals.set(key, error);
  };

  return {
    async check(query, params) {
      const key = JSON.stringify([query, params]);
      // Asked again when its turn comes: the same query may have been refused meanwhile in another lane.
      const refusedBefore = () => {
        const known = knownRefusals.get(key);
        if (known) throw known;
      };
      refusedBefore();
      if (knownSafe.has(key)) return;
      const lane = lanes.reduce((best, next) => (next.waiting < best.waiting ? next : best));
      try {
        await lane.plan(query, params, refusedBefore);
        if (knownSafe.size >= KNOWN_SAFE_KEPT) knownSafe.delete(knownSafe.values().next().value!);
        knownSafe.add(key);
      } catch (error) {
        if (error instanceof QueryRefusedError || error instanceof TooLargeError) remember(key, error);
        throw error;
      }
    },
    close() {
      for (const lane of lanes) lane.close();
    },
  };
}
