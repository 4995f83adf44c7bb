// An OpenSanctions extract read as OpenSanctions means it, checked against an independent reading of the
// file (JSON.parse line by line): captions as names, every name variant and the FtM id kept, register and
// tax numbers as identifiers, and references to entities the extract leaves out counted, not refused.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { readFtmGraph } from "./import-ftm.js";

const FILE = path.join(fixtureDir("ftm"), "opensanctions-eu-fsf-sample.ftm.json");

interface FtmLine {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
}
const lines = readFileSync(FILE, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as FtmLine);

describe("an OpenSanctions extract", async () => {
  const { graph, skipped } = await readFtmGraph(FILE, undefined);
  const byFtmId = (id: string) => graph.entities.find((e) => e.aliases[0] === id);

  it("imports every entity although it names addresses it leaves out", () => {
    expect(graph.entities.filter((e) => e.kind !== "Source")).toHaveLength(lines.length);
    const dangling = lines.flatMap((l) => l.properties.addressEntity ?? []);
    expect(skipped).toEqual({
      "references to FtM entities not in the file (Organization.addressEntity)": dangling.length,
    });
  });

  it("names each entity by its caption and keeps its FtM id and every name variant", () => {
    for (const line of lines) {
      const entity = byFtmId(line.id);
      expect(entity?.name).toBe(line.caption);
      const names = new Set([entity!.name, ...entity!.aliases]);
      for (const name of line.properties.name ?? []) expect(names.has(name)).toBe(true);
    }
  });

  it("keeps registration and tax numbers as identifiers", () => {
    for (const line of lines) {
      const expected = Object.fromEntries(
        ["registrationNumber", "taxNumber"].flatMap((k) => (line.properties[k] ? [[k, line.properties[k]]] : [])),
      );
      const identifiers = (byFtmId(line.id)?.properties as { identifiers?: object }).identifiers;
      if (Object.keys(expected).length === 0) expect(identifiers).toBeUndefined();
      else expect(identifiers).toEqual(expected);
    }
  });
});

describe("an OpenSanctions entity with more names than aliases hold (the Zala Aero cluster)", async () => {
  const zala = readFileSync(path.join(fixtureDir("ftm"), "opensanctions-zala-sanctions.ftm.json"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FtmLine);
  const { graph, readAs, skipped } = await readFtmGraph(
    path.join(fixtureDir("ftm"), "opensanctions-zala-sanctions.ftm.json"),
    undefined,
  );

  it("keeps every name: the caption, the FtM id and 49 more as aliases, the rest in moreNames, and says so", () => {
    // The FtM id and every spelling but the caption, as the aliases would hold them.
    const spellings = (l: FtmLine) =>
      new Set([
        l.id,
        ...(l.properties.name ?? []),
        ...(l.properties.alias ?? []),
        ...(l.properties.previousName ?? []),
      ]);
    const crowded = zala.filter((l) => [...spellings(l)].filter((n) => n !== l.caption).length > 50);
    expect(crowded.length).toBeGreaterThan(0);
    for (const line of crowded) {
      const entity = graph.entities.find((e) => e.aliases[0] === line.id)!;
      expect(entity.aliases).toHaveLength(50);
      const more = (entity.properties as { attributes?: { moreNames?: { value: string[] } } }).attributes?.moreNames;
      const kept = new Set([entity.name, ...entity.aliases, ...(more?.value ?? [])]);
      for (const name of [...(line.properties.name ?? []), ...(line.properties.alias ?? [])])
        expect(kept.has(name), name).toBe(true);
    }
    expect(Object.entries(readAs ?? {}).find(([how]) => how.includes("moreNames"))?.[1]).toBe(crowded.length);
    expect(Object.keys(skipped).filter((reason) => reason.includes("names"))).toEqual([]);
  });
});

describe("FtM kinship, association and unknown links", () => {
  it("become relations whose note says which tie it is", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ftm-family-")), "family.ijson");
    const records = [
      { id: "p-1", schema: "Person", properties: { name: ["Anna Berg"] } },
      { id: "p-2", schema: "Person", properties: { name: ["Lars Berg"] } },
      { id: "p-3", schema: "Person", properties: { name: ["Ole Dahl"] } },
      { id: "f-1", schema: "Family", properties: { person: ["p-1"], relative: ["p-2"], relationship: ["brother"] } },
      {
        id: "a-1",
        schema: "Associate",
        properties: { person: ["p-1"], associate: ["p-3"], relationship: ["business partner"] },
      },
      { id: "u-1", schema: "UnknownLink", properties: { subject: ["p-3"], object: ["p-2"], role: ["nominee"] } },
    ];
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join("\n"));
    const { graph } = await readFtmGraph(file, undefined);
    const nameOf = new Map(graph.entities.map((e) => [e.id, e.name]));
    expect(graph.relations.map((r) => `${nameOf.get(r.from)} ${r.type} ${nameOf.get(r.to)}: ${r.note}`).sort()).toEqual(
      [
        "Anna Berg RELATED_TO Lars Berg: relationship: brother",
        "Anna Berg RELATED_TO Ole Dahl: relationship: business partner",
        "Ole Dahl RELATED_TO Lars Berg: role: nominee",
      ],
    );
  });
});
