// Loads the whole (small) network for the first screen. Prefers GET /api/overview (entities ranked by
// degree); while the server lacks it, falls back to a read-only Cypher listing, then to wide searches.
import { ApiError } from "./api-error.js";
import type { Api } from "./client.js";
import type { Graph } from "./types.js";

const LIMIT = 500;
const WIDE_TERMS = ["a", "e", "i", "o", "u", "y"];

function idsOfCypher(rows: unknown[][]): string[] {
  return rows.flatMap((row) => row.filter((cell): cell is string => typeof cell === "string"));
}

export async function loadNetwork(api: Api): Promise<Graph> {
  try {
    return await api.overview(LIMIT);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  try {
    const answer = await api.cypher(`MATCH (e) RETURN e.id AS id LIMIT ${LIMIT}`);
    const ids = idsOfCypher(answer.rows);
    if (ids.length > 0) return await api.subgraph(ids);
  } catch (error) {
    if (error instanceof ApiError && error.code === "network") throw error;
  }
  const hits = await Promise.all(WIDE_TERMS.map((term) => api.search(term, { limit: 100 })));
  const ids = [...new Set(hits.flat().map((hit) => hit.id))];
  return ids.length > 0 ? api.subgraph(ids) : { nodes: [], edges: [] };
}
