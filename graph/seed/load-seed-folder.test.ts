import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadSeedFolder } from "./load-seed-folder.js";
import { MAX_REPORTED_ISSUES } from "./seed-issues.js";
import {
  ACME,
  EVIDENCE,
  GLOBEX,
  RIVALRY,
  RIVALRY_ID,
  SOURCE,
  invalidInput,
  jsonl,
  seedFolder,
} from "./seed-test-folders.js";

describe("loadSeedFolder: valid folders", () => {
  it("reads .json sections and .jsonl records from nested files, giving relations their id and stance", async () => {
    const dir = await seedFolder({
      "sources.json": { sources: [SOURCE] },
      "entities/orgs.json": { entities: [ACME] },
      "more.jsonl": jsonl({ record: "entity", ...GLOBEX }, { record: "relation", ...RIVALRY }),
      "README.md": "not a seed file",
    });
    const graph = await loadSeedFolder(dir);
    expect(graph.entities.map((e) => e.id)).toEqual(["org:acme", "org:globex", "src:t1"]);
    expect(graph.entities[1]).toEqual({ ...GLOBEX, aliases: [], properties: {} });
    expect(graph.relations).toEqual([{ ...RIVALRY, id: RIVALRY_ID, stance: "rivalry" }]);
  });

  it("merges identical duplicate entities and skips blank .jsonl lines and CRLF line ends", async () => {
    const dir = await seedFolder({
      "a.json": { sources: [SOURCE], entities: [ACME, GLOBEX] },
      "b.jsonl": `\r\n${JSON.stringify({ record: "entity", ...ACME })}\r\n   \r\n${JSON.stringify({ record: "relation", ...RIVALRY })}`,
    });
    const graph = await loadSeedFolder(dir);
    expect(graph.entities.filter((e) => e.id === "org:acme")).toHaveLength(1);
    expect(graph.relations).toHaveLength(1);
  });

  it("reads a .jsonl file much larger than one read chunk", async () => {
    const others = Array.from({ length: 3000 }, (_, i) => ({
      record: "entity",
      id: `org:o${i}`,
      kind: "Organization",
      name: `Org ${i}`,
    }));
    const relations = others.map((o) => ({ record: "relation", ...RIVALRY, to: o.id }));
    const dir = await seedFolder({
      "big.jsonl": jsonl({ record: "source", ...SOURCE }, ACME_RECORD, ...others, ...relations),
    });
    const graph = await loadSeedFolder(dir);
    expect(graph.entities).toHaveLength(3002);
    expect(graph.relations).toHaveLength(3000);
    expect(graph.relations[2999]?.id).toBe("rel:org:acme>competes_with>org:o2999");
  });
});

const ACME_RECORD = { record: "entity", ...ACME };

describe("loadSeedFolder: each error names file, record and field", () => {
  it("a wrongly typed field in a .json record", async () => {
    const bad = { ...RIVALRY, evidence: [{ ...EVIDENCE, paragraph: "2" }] };
    const others = [1, 2, 3].map((n) => ({ ...RIVALRY, id: `rel:r${n}` }));
    const dir = await seedFolder({
      "all.json": { sources: [SOURCE], entities: [ACME, GLOBEX], relations: [...others, bad] },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      `seeds/all.json: relations[3] (${RIVALRY_ID}): field "evidence[0].paragraph": expected number, received string`,
    );
    expect(error.issues).toEqual([
      {
        file: "seeds/all.json",
        record: "relations[3]",
        id: RIVALRY_ID,
        field: "evidence[0].paragraph",
        message: "expected number, received string",
      },
    ]);
  });

  it("an unknown property for the entity's kind, and a wrong kind in the sources section", async () => {
    const dir = await seedFolder({
      "e.json": {
        sources: [{ ...SOURCE, kind: "Organization" }],
        entities: [{ ...ACME, properties: { country: "US", ceo: "Wile E." } }],
      },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain('seeds/e.json: entities[0] (org:acme): field "properties.ceo": unknown field');
    expect(error.message).toContain('seeds/e.json: sources[0] (src:t1): field "kind": expected "Source"');
  });

  it("a string over the model's length limit", async () => {
    const dir = await seedFolder({ "e.json": { entities: [{ ...ACME, name: "x".repeat(301) }] } });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      'seeds/e.json: entities[0] (org:acme): field "name": expected string to have <=300',
    );
  });

  it("bad JSON, with the line and column of the syntax error", async () => {
    const dir = await seedFolder({
      "broken.json": '{\n  "entities": [\n    { "id": "org:acme" "kind": "Organization" }\n  ]\n}\n',
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      "seeds/broken.json: file: invalid JSON at line 3, column 24: Expected ',' or '}' after property value",
    );
    expect(error.issues[0]).toMatchObject({ file: "seeds/broken.json", record: "file", line: 3, field: "" });
  });

  it("JSON cut off at the end of the file", async () => {
    const dir = await seedFolder({ "cut.json": '{\n  "entities": [\n' });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toMatch(/seeds\/cut\.json: file: invalid JSON at line 3, column 1: /);
  });

  it("invalid UTF-8, with the line holding it", async () => {
    const text = Buffer.from('{\n  "entities": [\n    { "id": "org:acme", "kind": "Organization", "name": "Ac');
    const bytes = Buffer.concat([text, Buffer.from([0xc3, 0x28]), Buffer.from('" }\n  ]\n}\n')]);
    const dir = await seedFolder({ "latin1.json": bytes });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain("seeds/latin1.json: file: invalid UTF-8 on line 3");
  });

  it("a top level that is not an object of arrays, and an unknown section", async () => {
    const dir = await seedFolder({
      "a.json": [ACME],
      "b.json": { entities: ACME, people: [] },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      'seeds/a.json: file: expected an object with "sources", "entities" and/or "relations"',
    );
    expect(error.message).toContain('seeds/b.json: file: field "entities": expected an array of records');
    expect(error.message).toContain('seeds/b.json: file: field "people": unknown key');
  });

  it(".jsonl problems carry the line number: bad JSON, unknown record kind, field errors, invalid UTF-8", async () => {
    const lines = [
      JSON.stringify({ record: "source", ...SOURCE }),
      "",
      '{"record": "entity", "id": "org:acme",',
      JSON.stringify({ record: "company", ...ACME }),
      JSON.stringify({ record: "relation", ...RIVALRY, status: "rumoured" }),
    ].join("\n");
    const dir = await seedFolder({
      "data.jsonl": Buffer.concat([Buffer.from(lines + "\n"), Buffer.from([0xff, 0xfe, 0x0a])]),
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain("seeds/data.jsonl: line 3: invalid JSON at column");
    expect(error.message).toContain(
      'seeds/data.jsonl: line 4: field "record": expected "source", "entity" or "relation"',
    );
    expect(error.message).toContain(`seeds/data.jsonl: line 5 (${RIVALRY_ID}): field "status": expected one of`);
    expect(error.message).toContain("seeds/data.jsonl: line 6: invalid UTF-8");
    expect(error.issues.find((i) => i.record === "line 5")).toMatchObject({ line: 5, field: "status" });
  });

  it("a .jsonl line longer than the limit", async () => {
    const huge = JSON.stringify({ record: "entity", ...ACME, name: "x".repeat(1_100_000) });
    const dir = await seedFolder({ "huge.jsonl": `${JSON.stringify({ record: "source", ...SOURCE })}\n${huge}\n` });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain("seeds/huge.jsonl: line 2: line is longer than 1048576 bytes");
    expect(error.issues).toHaveLength(1);
  });

  it("duplicate entity ids with conflicting data name both places and the differing field", async () => {
    const dir = await seedFolder({
      "a.json": { sources: [SOURCE], entities: [ACME, GLOBEX] },
      "b.json": { entities: [{ ...ACME, properties: { country: "DE" } }] },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      'seeds/b.json: entities[0] (org:acme): field "properties.country": conflicts with the entity of the same id in seeds/a.json entities[0]',
    );
  });

  it("duplicate relation ids", async () => {
    const dir = await seedFolder({
      "a.json": { sources: [SOURCE], entities: [ACME, GLOBEX], relations: [RIVALRY] },
      "b.jsonl": jsonl({ record: "relation", ...RIVALRY, status: "reported" }),
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      `seeds/b.jsonl: line 1 (${RIVALRY_ID}): field "id": duplicate relation id; first defined in seeds/a.json relations[0]`,
    );
  });

  it("a relation whose end is not a known entity", async () => {
    const dir = await seedFolder({
      "a.json": { sources: [SOURCE], entities: [ACME], relations: [RIVALRY] },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      `seeds/a.json: relations[0] (${RIVALRY_ID}): field "to": unknown entity "org:globex"`,
    );
    expect(error.issues).toHaveLength(1);
  });

  it("evidence citing an unknown source", async () => {
    const dir = await seedFolder({
      "a.json": {
        sources: [SOURCE],
        entities: [ACME, GLOBEX],
        relations: [{ ...RIVALRY, evidence: [EVIDENCE, { ...EVIDENCE, source: "src:nope" }] }],
      },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.message).toContain(
      `seeds/a.json: relations[0] (${RIVALRY_ID}): field "evidence[1].source": unknown source "src:nope"`,
    );
    expect(error.issues).toHaveLength(1);
  });

  it("does not call a relation dangling when the entity it points at was itself invalid", async () => {
    const dir = await seedFolder({
      "a.json": { sources: [SOURCE], entities: [ACME, { ...GLOBEX, kind: "Company" }], relations: [RIVALRY] },
    });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.issues.map((i) => `${i.record} ${i.field}`)).toEqual(["entities[1] kind"]);
  });

  it(`collects every problem but lists at most ${MAX_REPORTED_ISSUES}`, async () => {
    const broken = Array.from({ length: 60 }, (_, i) => ({ ...ACME, id: `org:a${i}`, name: "" }));
    const dir = await seedFolder({ "many.json": { entities: broken } });
    const error = await invalidInput(loadSeedFolder(dir));
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(error.details.total).toBe(60);
    expect(error.message).toContain("has 60 problems");
    expect(error.message).toContain("... and 10 more");
  });

  it("a missing folder, or one without seed files", async () => {
    await expect(loadSeedFolder("/nonexistent/seeds")).rejects.toThrow(/\/nonexistent\/seeds does not exist/);
    const empty = await seedFolder({ "notes.txt": "nothing here" });
    await expect(loadSeedFolder(empty)).rejects.toThrow(/holds no \.json or \.jsonl files/);
    expect(await readFile(`${empty}/notes.txt`, "utf8")).toBe("nothing here");
  });
});
