// Suggestions for a search box: asks the API after a short pause, drops answers that arrive late.
import { useEffect, useState } from "react";
import { api } from "../api/client.js";
import type { SearchHit } from "../api/types.js";

const PAUSE_MS = 160;

export function useSuggestions(text: string) {
  const [state, setState] = useState<{ query: string; hits: SearchHit[]; error: string | null }>({
    query: "",
    hits: [],
    error: null,
  });
  const query = text.trim();

  useEffect(() => {
    if (query.length === 0) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .search(query, { limit: 10 })
        .then((hits) => current && setState({ query, hits, error: null }))
        .catch(
          (error: unknown) =>
            current && setState({ query, hits: [], error: String((error as Error).message ?? error) }),
        );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const fresh = state.query === query && query.length > 0;
  return { hits: fresh ? state.hits : [], error: fresh ? state.error : null, loading: query.length > 0 && !fresh };
}
