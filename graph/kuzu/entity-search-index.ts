// Kuzu has no index that answers "contains" or "one typo from", so the embedded store keeps every
// entity's folded names and their search keys in memory: a search reads the few entities it found by
// primary key instead of scanning the table. Dropped by every entity write, and read again when needed.
import { z } from "zod";
import type { GraphNode } from "../model/graph.js";
import { deletionKeysOf, matchWordsOf, queryKeysOf } from "../model/search-keys.js";
import { ENTITY_KINDS, EntityKind } from "../model/vocabulary.js";
import type { GraphStore, SearchOptions } from "../store.js";
import type { KuzuSession } from "./kuzu-session.js";

export const LIST_ENTITY_SEARCH_TEXTS = `MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.searchText AS searchText
ORDER BY id`;

const EntryRow = z.object({ id: z.string(), kind: EntityKind, searchText: z.string() });
type Entry = z.infer<typeof EntryRow>;

interface Loaded {
  /** By id, as searchCandidates answers. */
  entries: Entry[];
  /** Each match-folded word to the entries (positions, ascending) whose names hold it. */
  entriesByWord: Map<string, number[]>;
  /** Each search key to the words that have it. */
  wordsByKey: Map<string, string[]>;
}

function indexOf(rows: readonly unknown[]): Loaded {
  const entries = rows.map((row) => EntryRow.parse(row));
  const entriesByWord = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    const [name = "", ...aliases] = entry.searchText.split("\n");
    for (const word of matchWordsOf({ name, aliases })) {
      const list = entriesByWord.get(word);
      if (list) list.push(position);
      else entriesByWord.set(word, [position]);
    }
  });
  const wordsByKey = new Map<string, string[]>();
  for (const word of entriesByWord.keys()) {
    for (const key of deletionKeysOf(word)) {
      const list = wordsByKey.get(key);
      if (list) list.push(word);
      else wordsByKey.set(key, [word]);
    }
  }
  return { entries, entriesByWord, wordsByKey };
}

/** The positions of entries one of whose words shares a key with the term. */
function typoMatches(index: Loaded, term: string): Set<number> {
  const words = new Set(queryKeysOf(term).flatMap((key) => index.wordsByKey.get(key) ?? []));
  return new Set([...words].flatMap((word) => index.entriesByWord.get(word) ?? []));
}

function candidateIds(index: Loaded, terms: readonly string[], options: SearchOptions): string[] {
  const kinds = new Set(options.kinds?.length ? options.kinds : ENTITY_KINDS);
  const nearby = options.fuzzy ? terms.map((term) => typoMatches(index, term)) : [];
  const found: string[] = [];
  for (let position = 0; position < index.entries.length && found.length < options.limit; position++) {
    const entry = index.entries[position]!;
    if (!kinds.has(entry.kind)) continue;
    const matches = terms.every((term, i) => entry.searchText.includes(term) || nearby[i]?.has(position));
    if (matches) found.push(entry.id);
  }
  return found;
}

/**
 * The store with searchCandidates answered from the in-memory index (for at least one term; the
 * plain listing stays the store's own). Writes that change entities drop the index before and after.
 */
export function withEntitySearchIndex(store: GraphStore, session: KuzuSession): GraphStore {
  let index: Loaded | undefined;
  let loading: Promise<Loaded> | undefined;
  // Bumped by every entity write, so a load that overlapped one is used once but not kept.
  let generation = 0;

  const current = (): Promise<Loaded> => {
    if (index) return Promise.resolve(index);
    if (!loading) {
      const started = generation;
      loading = session
        .read("searchCandidates", LIST_ENTITY_SEARCH_TEXTS)
        .then((rows) => {
          const loaded = indexOf(rows);
          if (started === generation) index = loaded;
          return loaded;
        })
        .finally(() => {
          loading = undefined;
        });
    }
    return loading;
  };
  const forget = () => {
    generation++;
    index = undefined;
  };
  const forgetting =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      forget();
      try {
        return await write(...args);
      } finally {
        forget();
      }
    };

  return {
    ...store,
    upsertEntities: forgetting(store.upsertEntities),
    clear: forgetting(store.clear),
    mergeEntities: forgetting(store.mergeEntities),
    undoMerge: forgetting(store.undoMerge),
    ...(store.bulkLoadIntoEmpty ? { bulkLoadIntoEmpty: forgetting(store.bulkLoadIntoEmpty) } : {}),

    async searchCandidates(foldedTerms, options): Promise<GraphNode[]> {
      const terms = [...new Set(foldedTerms.filter((term) => term.length > 0))];
      if (terms.length === 0 || options.limit === 0) return store.searchCandidates(foldedTerms, options);
      if (!Number.isSafeInteger(options.limit) || options.limit < 0) return store.searchCandidates(terms, options);
      const ids = candidateIds(await current(), terms, options);
      // An entity deleted since the index was read is simply not found.
      return ids.length === 0 ? [] : store.getEntities(ids);
    },
  };
}
