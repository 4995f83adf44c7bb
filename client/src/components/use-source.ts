// Loads one source (title, publisher, date, what it supports) through the session's cache.
import { useEffect, useState } from "react";
import type { SourceCache } from "../api/source-cache.js";
import type { SourceResponse } from "../api/types.js";

export function useSource(cache: SourceCache, id: string) {
  const [state, setState] = useState<{ id: string; value: SourceResponse | null; error: string | null } | null>(null);
  useEffect(() => {
    let current = true;
    cache
      .get(id)
      .then((value) => current && setState({ id, value, error: null }))
      .catch((error: Error) => current && setState({ id, value: null, error: error.message }));
    return () => {
      current = false;
    };
  }, [cache, id]);
  return state?.id === id ? state : null;
}
