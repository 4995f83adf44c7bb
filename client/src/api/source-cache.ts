// Remembers sources fetched for the evidence panel, so each is asked for once per session.
import type { Api } from "./client.js";
import type { SourceResponse } from "./types.js";

export interface SourceCache {
  get(id: string): Promise<SourceResponse>;
}

export function createSourceCache(api: Api): SourceCache {
  const cache = new Map<string, Promise<SourceResponse>>();
  return {
    get(id) {
      let pending = cache.get(id);
      if (!pending) {
        pending = api.source(id);
        pending.catch(() => cache.delete(id));
        cache.set(id, pending);
      }
      return pending;
    },
  };
}
