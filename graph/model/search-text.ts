// Folding names for search and matching: lower case, no accents, single spaces. Both stores keep the
// folded text of names and aliases, so "pentagon" and "Pentágon" find the same entity.

export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Stored with each entity: its name and aliases folded and joined, one per line. */
export function searchTextOf(entity: { name: string; aliases: readonly string[] }): string {
  return [entity.name, ...entity.aliases].map(foldText).join("\n");
}

export function foldedTermsOf(query: string): string[] {
  return foldText(query).split(" ").filter(Boolean);
}
