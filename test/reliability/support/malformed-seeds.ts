// One seed folder per kind of malformed input: many valid records plus one bad one, so an importer that
// wrote as it read would leave something behind. Each says which file, record and field must be named.
import {
  ACME,
  EVIDENCE,
  GLOBEX,
  RIVALRY,
  RIVALRY_ID,
  SOURCE,
  seedFolder,
} from "../../../graph/seed/seed-test-folders.js";

export interface MalformedCase {
  kind: string;
  files: Record<string, unknown>;
  /** What the error must say: `seeds/<file>: <record>`, then the field (when there is one). */
  names: { file: string; record: string; field?: string };
}

const EXTRA_ORGS = Array.from({ length: 40 }, (_, i) => ({
  id: `org:filler-${i}`,
  kind: "Organization",
  name: `Filler Org ${i}`,
}));

/** A valid file that sorts before every bad one: an importer writing as it reads would write it first. */
const GOOD = { "a-good.json": { sources: [SOURCE], entities: [ACME, GLOBEX, ...EXTRA_ORGS], relations: [RIVALRY] } };

const latin1 = (text: string) => Buffer.from(text, "latin1");

export const MALFORMED_CASES: readonly MalformedCase[] = [
  {
    kind: "bad JSON",
    files: { ...GOOD, "b-broken.json": '{\n  "entities": [\n    { "id": "org:x" "kind": "Organization" }\n  ]\n}\n' },
    names: { file: "seeds/b-broken.json", record: "file" },
  },
  {
    kind: "a wrongly typed field",
    files: {
      ...GOOD,
      "b-types.json": {
        relations: [{ ...RIVALRY, type: "PARTNERS_WITH", evidence: [{ ...EVIDENCE, paragraph: "two" }] }],
      },
    },
    names: { file: "seeds/b-types.json", record: "relations[0]", field: "evidence[0].paragraph" },
  },
  {
    kind: "an unknown relation type",
    files: { ...GOOD, "b-type.json": { relations: [{ ...RIVALRY, type: "MARRIED_TO" }] } },
    names: { file: "seeds/b-type.json", record: "relations[0]", field: "type" },
  },
  {
    kind: "a dangling entity reference",
    files: { ...GOOD, "b-dangling.json": { relations: [{ ...RIVALRY, type: "PARTNERS_WITH", to: "org:ghost" }] } },
    names: { file: "seeds/b-dangling.json", record: "relations[0]", field: "to" },
  },
  {
    kind: "a duplicate id with conflicting data",
    files: { ...GOOD, "b-duplicate.json": { entities: [{ ...ACME, name: "Acme Corporation of Elsewhere" }] } },
    names: { file: "seeds/b-duplicate.json", record: "entities[0]", field: "name" },
  },
  {
    kind: "a huge string",
    files: { ...GOOD, "b-huge.json": { entities: [{ ...GLOBEX, id: "org:huge", name: "G".repeat(200_000) }] } },
    names: { file: "seeds/b-huge.json", record: "entities[0]", field: "name" },
  },
  {
    kind: "a wrong encoding (Latin-1, not UTF-8)",
    files: {
      ...GOOD,
      "b-latin1.jsonl": latin1(
        `${JSON.stringify({ record: "entity", id: "person:muller", kind: "Person", name: "Jürgen Müller" })}\n`,
      ),
    },
    names: { file: "seeds/b-latin1.jsonl", record: "line 1" },
  },
];

/** Every bad file of every case in one folder: one CLI run must name them all. */
export const ALL_MALFORMED: MalformedCase["files"] = Object.assign({}, ...MALFORMED_CASES.map((c) => c.files));

export async function writeCase(files: Record<string, unknown>): Promise<string> {
  return seedFolder(files);
}

/** The line of the error message that must name file, record and field. */
export function namingPattern(names: MalformedCase["names"]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const field = names.field ? `.*field "${escape(names.field)}"` : "";
  return new RegExp(`${escape(names.file)}: ${escape(names.record)}(?: \\([^)]*\\))?:${field}`);
}

export { RIVALRY_ID };
