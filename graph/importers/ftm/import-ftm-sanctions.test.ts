// FtM Sanction records from OpenSanctions (the Zala Aero cluster) against an independent reading of the
// file: each listing is a SANCTIONED relation from its authority to the listed entity, dated by the
// listing, with program and reason in its note; a sanction naming no authority stays on its entity.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { readFtmGraph } from "./import-ftm.js";

const FILE = path.join(fixtureDir("ftm"), "opensanctions-zala-sanctions.ftm.json");

interface FtmLine {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[] | undefined>;
}
const lines = readFileSync(FILE, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line, index) => ({ ...(JSON.parse(line) as FtmLine), line: index + 1 }));
const sanctions = lines.filter((line) => line.schema === "Sanction");
const captionOf = new Map(lines.map((line) => [line.id, line.caption]));

describe("OpenSanctions Sanction records", async () => {
  const { graph, readAs } = await readFtmGraph(FILE, undefined);
  const nameOf = new Map(graph.entities.map((entity) => [entity.id, entity.name]));
  const sanctioned = graph.relations.filter((relation) => relation.type === "SANCTIONED");

  it("become one SANCTIONED relation each, from the authority the record names to the entity it lists", () => {
    expect(sanctions.length).toBeGreaterThan(5);
    expect(sanctioned).toHaveLength(sanctions.length);
    const pairs = sanctioned.map((r) => `${nameOf.get(r.from)} → ${nameOf.get(r.to)}`).sort();
    const expected = sanctions
      .map((s) => `${s.properties.authority?.[0]} → ${captionOf.get(s.properties.entity?.[0] ?? "")}`)
      .sort();
    expect(pairs).toEqual(expected);
    expect(readAs?.[Object.keys(readAs).find((k) => k.startsWith("FtM sanctions with an authority")) ?? ""]).toBe(
      sanctions.length,
    );
  });

  it("makes each authority one Organization, however many listings it made", () => {
    const authorities = new Set(sanctions.map((s) => s.properties.authority?.[0]));
    const authorityEntities = graph.entities.filter((e) => authorities.has(e.name) && e.kind === "Organization");
    expect(authorityEntities).toHaveLength(authorities.size);
  });

  it("dates each listing from its start (or listing date) to its end, with program and reason in the note", () => {
    for (const sanction of sanctions) {
      const p = sanction.properties;
      // Evidence cites the line of the record the relation came from.
      const relation = sanctioned.find((r) => r.evidence[0]?.paragraph === sanction.line);
      if (!relation) throw new Error(`no relation for ${sanction.id}`);
      expect(nameOf.get(relation.from)).toBe(p.authority?.[0]);
      const start = [...(p.startDate ?? p.listingDate ?? [])].sort()[0];
      const end = p.endDate?.[0];
      expect(relation.date).toEqual(start ? (end ? { start, end } : { start }) : undefined);
      const program = p.program?.[0] ?? p.programId?.[0];
      if (program) expect(relation.note).toContain(`program: ${program.slice(0, 100)}`);
      if (p.reason?.[0]) expect(relation.note).toContain(`reason: ${p.reason[0].slice(0, 40)}`);
      // What the note holds whole is not said again among the attributes; what it clips is.
      for (const field of ["program", "reason"] as const) {
        const written = p[field];
        const whole = written?.length === 1 && relation.note?.includes(written[0]!);
        if (!written || whole) expect(relation.attributes?.[field]).toBeUndefined();
        else {
          const asWritten = written.map((text) => text.replace(/\s+/g, " ").trim());
          expect(relation.attributes?.[field]?.value).toEqual(asWritten.length === 1 ? asWritten[0] : asWritten);
        }
      }
      // The authorities stay on the relation only when there are several; one is its start already.
      if ((p.authority?.length ?? 0) > 1) expect(relation.attributes?.authority?.value).toEqual(p.authority);
      else expect(relation.attributes?.authority).toBeUndefined();
      // The listing's dates as written, typed as dates (one) or a list (several).
      for (const field of ["startDate", "listingDate", "endDate"] as const) {
        const written = p[field];
        const kept = relation.attributes?.[field];
        if (!written) expect(kept).toBeUndefined();
        else if (written.length === 1) expect(kept).toEqual({ type: "date", value: written[0] });
        else expect(kept).toEqual({ type: "list", value: written });
      }
    }
  });

  it("keeps a sanction that names no authority on the entity it lists", async () => {
    const person = lines.find((line) => line.schema === "Person")!;
    const noAuthority = {
      id: "test-sanction-without-authority",
      schema: "Sanction",
      properties: { entity: [person.id], program: ["EU-UKR"], listingDate: ["2025-02-24"] },
    };
    const dir = mkdtempSync(path.join(tmpdir(), "ftm-sanction-"));
    const file = path.join(dir, "no-authority.ftm.json");
    writeFileSync(file, `${JSON.stringify(person)}\n${JSON.stringify(noAuthority)}\n`);
    const read = await readFtmGraph(file, undefined);
    expect(read.graph.relations).toHaveLength(0);
    const entity = read.graph.entities.find((e) => e.name === person.caption);
    expect((entity?.properties as { attributes?: unknown }).attributes).toEqual({
      sanctions: { type: "list", value: ["EU-UKR, from 2025-02-24"] },
    });
  });
});
