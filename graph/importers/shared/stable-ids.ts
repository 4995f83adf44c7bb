// Stable ids derived from what a file says: the same file imported twice yields the same ids, so the
// upserts change nothing. Slugs are folded (case, accents, punctuation) and kept short.
import { createHash } from "node:crypto";
import { foldText } from "../../model/search-text.js";
import { ID_PREFIX_BY_KIND, type EntityKind, type RelationType } from "../../model/vocabulary.js";

const MAX_SLUG_LENGTH = 60;

/** The first `length` hex digits of the SHA-256 of the parts (joined with NUL bytes). */
export function shortHash(parts: readonly (string | Uint8Array)[], length = 10): string {
  const hash = createHash("sha256");
  parts.forEach((part, i) => {
    if (i > 0) hash.update("\0");
    hash.update(part);
  });
  return hash.digest("hex").slice(0, length);
}

/**
 * `"REXAM Consumer Plastics, Inc."` → `rexam-consumer-plastics-inc`. When folding loses letters (non-Latin
 * scripts) or the slug is cut short, a hash of the text is appended so that different names stay apart.
 */
export function slugOf(text: string): string {
  const folded = foldText(text);
  const ascii = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const cut = ascii.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
  const lossy = /[^a-z0-9 ]/.test(folded) || cut.length < ascii.length || cut === "";
  if (!lossy) return cut;
  const hash = shortHash([folded === "" ? text : folded], 8);
  return cut === "" ? hash : `${cut}-${hash}`;
}

export function entityIdOf(kind: EntityKind, key: string): string {
  return `${ID_PREFIX_BY_KIND[kind]}:${slugOf(key)}`;
}

/** `rel:<from>><type>><to>`, with `|<key>` when one file may state the same tie more than once. */
export function relationIdOf(from: string, type: RelationType, to: string, key?: string): string {
  const base = `rel:${from}>${type.toLowerCase()}>${to}`;
  return key === undefined ? base : `${base}|${key}`;
}
