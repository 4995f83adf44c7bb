// Loads every relation of one entity (GET /api/entities/:id) and the names of the counterparts that are
// not on the canvas (POST /api/subgraph), for the entity panel's list of relations.
import { useEffect, useState } from "react";
import type { GraphEdge } from "../../../graph/model/index.js";
import { api } from "../api/client.js";

export interface EntityRelations {
  relations: GraphEdge[];
  /** Names of counterparts the canvas does not know. */
  names: Record<string, string>;
}

export function useEntityRelations(id: string, known: (id: string) => boolean) {
  const [state, setState] = useState<{ id: string; value: EntityRelations | null; error: string | null } | null>(null);
  useEffect(() => {
    let current = true;
    const load = async (): Promise<EntityRelations> => {
      const { relations } = await api.entity(id);
      const missing = [...new Set(relations.flatMap((e) => [e.source, e.target]))].filter((n) => !known(n));
      if (missing.length === 0) return { relations, names: {} };
      const { nodes } = await api.subgraph(missing);
      return { relations, names: Object.fromEntries(nodes.map((n) => [n.id, n.name])) };
    };
    load()
      .then((value) => current && setState({ id, value, error: null }))
      .catch((error: Error) => current && setState({ id, value: null, error: error.message }));
    return () => {
      current = false;
    };
    // Which names the canvas knows only matters when the entity changes; a later canvas change keeps the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  return state?.id === id ? state : null;
}
