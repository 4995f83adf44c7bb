// Writes valid seed folders of any size (one source, N organisations, relations between them) for the
// import, kill and fault tests, so they can count exactly what a complete import must leave behind.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface GeneratedSeeds {
  dir: string;
  /** What a complete import leaves in the store: the source counts as an entity. */
  entities: number;
  relations: number;
}

export const SOURCE_RECORD = {
  record: "source",
  id: "src:gen",
  kind: "Source",
  name: "Generated article",
  properties: {
    title: "Generated article",
    language: "en",
    file: "gen.txt",
    published: "2020-01",
    publishedInferred: false,
  },
};

export function orgRecord(i: number) {
  return { record: "entity", id: `org:gen-${i}`, kind: "Organization", name: `Generated Org ${i}` };
}

/** A chain plus a skip link per org, so relations outnumber entities about two to one. */
export function relationRecords(orgs: number): object[] {
  const relations: object[] = [];
  for (let i = 0; i < orgs; i++) {
    for (const step of [1, 7]) {
      const j = (i + step) % orgs;
      if (j === i) continue;
      relations.push({
        record: "relation",
        type: step === 1 ? "PARTNERS_WITH" : "COMPETES_WITH",
        from: `org:gen-${i}`,
        to: `org:gen-${j}`,
        status: "confirmed",
        evidence: [{ source: "src:gen", paragraph: 1, sentence: 1, summary: `Generated tie ${i} to ${j}.` }],
      });
    }
  }
  return relations;
}

export const jsonl = (records: readonly object[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";

export async function generateSeedFolder(orgs: number, root?: string): Promise<GeneratedSeeds> {
  const dir = join(root ?? (await mkdtemp(join(tmpdir(), "reliability-seeds-"))), "generated");
  await mkdir(dir, { recursive: true });
  const relations = relationRecords(orgs);
  const entities = Array.from({ length: orgs }, (_, i) => orgRecord(i));
  await writeFile(join(dir, "entities.jsonl"), jsonl([SOURCE_RECORD, ...entities]));
  await writeFile(join(dir, "relations.jsonl"), jsonl(relations));
  return { dir, entities: orgs + 1, relations: relations.length };
}
