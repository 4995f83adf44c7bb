// The queries the benchmark asks, each as an HTTP path and as the same work through the query layer,
// on the entities the generator's manifest picked (ordinary people and firms, one hub as waypoint).
import type { GraphQueries } from "../../graph/queries/index.js";
import type { QueryTargets } from "../generate/write-graph.js";

export interface QueryCase {
  name: string;
  /** HTTP paths, used in turn. */
  paths: string[];
  /** The same requests through the query layer, in-process; index matches paths. */
  raw: ((queries: GraphQueries) => Promise<unknown>)[];
}

export function queryCases(targets: QueryTargets): QueryCase[] {
  const q = encodeURIComponent;
  const pairs = targets.pairs;
  return [
    {
      name: "search",
      paths: targets.searchTerms.map((term) => `/api/search?q=${q(term)}`),
      raw: targets.searchTerms.map((term) => (queries: GraphQueries) => queries.search(term)),
    },
    ...[1, 2].map((depth) => ({
      name: `neighbours depth ${depth}`,
      paths: targets.neighborIds.map((id) => `/api/entities/${q(id)}/neighbors?depth=${depth}`),
      raw: targets.neighborIds.map((id) => (queries: GraphQueries) => queries.neighbors(id, { depth })),
    })),
    {
      name: "shortest path",
      paths: pairs.map((p) => `/api/paths?from=${q(p.from)}&to=${q(p.to)}&k=1`),
      raw: pairs.map((p) => (queries: GraphQueries) => queries.paths({ from: p.from, to: p.to, k: 1 })),
    },
    {
      name: "path via a waypoint",
      paths: pairs.map((p) => `/api/paths?from=${q(p.from)}&to=${q(p.to)}&via=${q(targets.via)}&k=1`),
      raw: pairs.map(
        (p) => (queries: GraphQueries) => queries.paths({ from: p.from, to: p.to, via: targets.via, k: 1 }),
      ),
    },
    {
      name: "k=3 paths",
      paths: pairs.map((p) => `/api/paths?from=${q(p.from)}&to=${q(p.to)}&k=3`),
      raw: pairs.map((p) => (queries: GraphQueries) => queries.paths({ from: p.from, to: p.to, k: 3 })),
    },
  ];
}
