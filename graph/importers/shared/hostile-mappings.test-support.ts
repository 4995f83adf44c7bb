// Mapping files an attacker would send, for the importer's unit tests and the HTTP upload tests.

/** "Billion laughs": each level an anchor naming nine aliases of the level below, 9^levels leaves in all. */
export function aliasBomb(levels = 9): string {
  let text = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i <= levels; i++)
    text += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(", ")}]\n`;
  return `${text}entities:\n  org: { kind: Organization, name: *a${levels} }\n`;
}
