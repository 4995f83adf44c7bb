// Remembers sources fetched for the evidence panel, so each is asked for once per session.
import type { Api } from "./client.js";
import type { SourceSupports } from "./types.js";

export interface SourceCache {
  get(id: string): Promise<SourceSupports>;
}

export function createSourceCache(api: Api): SourceCache {
  const cache = new Map<string, Promise<SourceSupports>>();
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
