// GEXF dynamics against an independent reading of the XML: an edge's start/end become its relation's
// period, what a period cannot say (an open end, several spells, a time of day) stays in the attribute
// "spells", and the import summary says how each was read.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { useTempKuzuStore } from "../../kuzu/temp-kuzu-store.test-support.js";
import { createGraphQueries, MAX_OVERVIEW_ENTITIES } from "../../queries/index.js";
import { importFile } from "../import-file.js";
import { readGexfGraph } from "./import-gexf.js";

const DYNAMICS = path.join(fixtureDir("gexf"), "dynamics.gexf");

/** The file's edges as the XML writes them: the labels of their ends and their own start and end. */
function xmlEdgesIn(file: string) {
  const document = new DOMParser().parseFromString(readFileSync(file, "utf8"), "application/xml");
  const labels = new Map(
    Array.from(document.getElementsByTagName("node")).map((n) => [n.getAttribute("id"), n.getAttribute("label")]),
  );
  return Array.from(document.getElementsByTagName("edge")).map((edge) => ({
    from: labels.get(edge.getAttribute("source")),
    to: labels.get(edge.getAttribute("target")),
    start: edge.getAttribute("start") || undefined,
    end: edge.getAttribute("end") || undefined,
  }));
}

function xmlSpellsOf(file: string, label: string): string[] {
  const document = new DOMParser().parseFromString(readFileSync(file, "utf8"), "application/xml");
  const node = Array.from(document.getElementsByTagName("node")).find((n) => n.getAttribute("label") === label);
  return Array.from(node?.getElementsByTagName("spell") ?? []).map(
    (spell) => `${spell.getAttribute("start") || ".."}/${spell.getAttribute("end") || ".."}`,
  );
}

describe("the GEXF dynamics sample (timeformat date)", () => {
  const storeOf = useTempKuzuStore("gexf-dynamics-");

  it("gives each relation the period its edge's start and end say, keeping open ends in its spells", async () => {
    const summary = await importFile(storeOf(), DYNAMICS);
    const { nodes, edges } = await createGraphQueries(storeOf()).overview({ limit: MAX_OVERVIEW_ENTITIES });
    const nameOf = new Map(nodes.map((node) => [node.id, node.name]));
    const xmlEdges = xmlEdgesIn(DYNAMICS);
    expect(edges).toHaveLength(xmlEdges.length);

    for (const xml of xmlEdges) {
      const edge = edges.find((e) => nameOf.get(e.source) === xml.from && nameOf.get(e.target) === xml.to);
      if (!edge) throw new Error(`no relation ${xml.from} → ${xml.to}`);
      if (xml.start && xml.end) expect(edge.date).toEqual({ start: xml.start, end: xml.end });
      else if (xml.start) expect(edge.date).toEqual({ start: xml.start });
      else expect(edge.date).toBeNull();
      const openEnded = (xml.start === undefined) !== (xml.end === undefined);
      const spells = openEnded ? [`${xml.start ?? ".."}/${xml.end ?? ".."}`] : undefined;
      expect(edge.attributes?.spells).toEqual(spells ? { type: "list", value: spells } : undefined);
    }

    const openAtEnd = xmlEdges.filter((e) => e.start && !e.end).length;
    expect(openAtEnd).toBeGreaterThan(1);
    expect(summary.readAs['edges open at the end (date: when they begin; attribute "spells" keeps the open end)']).toBe(
      openAtEnd,
    );
    expect(summary.readAs["edges dated by the file's spells or start and end"]).toBe(
      xmlEdges.filter((e) => e.start && e.end).length,
    );
  }, 60_000);

  it("keeps every spell of a node in its attribute spells, as the node has no period of its own", async () => {
    const { nodes } = await createGraphQueries(storeOf()).overview({ limit: MAX_OVERVIEW_ENTITIES });
    const visualization = nodes.find((node) => node.name === "Visualization");
    const spells = xmlSpellsOf(DYNAMICS, "Visualization");
    expect(spells).toHaveLength(2);
    expect((visualization?.properties.attributes as Record<string, unknown>).spells).toEqual({
      type: "list",
      value: spells,
    });
  });
});

const SEVERAL_SPELLS = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="dateTime">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <nodes>
      <node id="a" label="Acme"/>
      <node id="b" label="Beta"/>
      <node id="c" label="Expo" start="2020-05-04T09:00:00" end="2020-05-06T18:00:00">
        <attvalues><attvalue for="kind" value="Event"/></attvalues>
      </node>
    </nodes>
    <edges>
      <edge source="a" target="b">
        <spells>
          <spell start="2019-02-01T00:00:00" end="2019-03-01T00:00:00"/>
          <spell start="2021-06-01T00:00:00" end="2021-07-15T00:00:00"/>
        </spells>
      </edge>
      <edge source="b" target="a" timestamps="&lt;[2018-01-02T00:00:00, 2018-04-05T00:00:00]&gt;"/>
      <edge source="a" target="c" start="2020-05-04T10:30:00" end="2020-05-04T10:30:00"/>
    </edges>
  </graph>
</gexf>`;

const YEARS = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer">
    <nodes><node id="a" label="Acme"/><node id="b" label="Beta"/></nodes>
    <edges><edge source="a" target="b" start="1998" end="2004"/></edges>
  </graph>
</gexf>`;

function fileWith(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gexf-times-")), name);
  writeFileSync(file, text);
  return file;
}

describe("GEXF times beyond one closed period", () => {
  it("gives a relation of several spells their outer span and keeps every spell, and the summary says so", async () => {
    const mapping = fileWith("kinds.mapping.yaml", "kindAttribute: kind\n");
    const read = await readGexfGraph(fileWith("spells.gexf", SEVERAL_SPELLS), mapping);
    const [twoSpells, timestamps, timed] = read.graph.relations;
    expect(twoSpells?.date).toEqual({ start: "2019-02-01", end: "2021-07-15" });
    expect(twoSpells?.attributes?.spells?.value).toEqual([
      "2019-02-01T00:00:00/2019-03-01T00:00:00",
      "2021-06-01T00:00:00/2021-07-15T00:00:00",
    ]);
    expect(timestamps?.date).toEqual({ start: "2018-01-02", end: "2018-04-05" });
    expect(timestamps?.attributes?.spells?.value).toEqual(["2018-01-02T00:00:00", "2018-04-05T00:00:00"]);
    expect(timed?.date).toEqual({ start: "2020-05-04" });
    expect(timed?.attributes?.spells?.value).toEqual(["2020-05-04T10:30:00"]);
    expect(read.readAs).toMatchObject({
      'edges with several spells (date: their outer span; each spell in attribute "spells")': 2,
      'edges timed within a day (date: the day; attribute "spells" keeps the time)': 1,
    });

    const expo = read.graph.entities.find((entity) => entity.name === "Expo");
    expect(expo?.kind).toBe("Event");
    expect(expo?.properties).toMatchObject({ start: "2020-05-04", end: "2020-05-06" });
  });

  it("keeps numeric times as spells only, and reads them as years when the mapping says numericTime: year", async () => {
    const file = fileWith("years.gexf", YEARS);
    const plain = await readGexfGraph(file, undefined);
    expect(plain.graph.relations[0]?.date).toBeUndefined();
    expect(plain.graph.relations[0]?.attributes?.spells?.value).toEqual(["1998/2004"]);
    expect(Object.keys(plain.readAs ?? {})[0]).toMatch(/numeric scale/);

    const asYears = await readGexfGraph(file, fileWith("years.mapping.yaml", "numericTime: year\n"));
    expect(asYears.graph.relations[0]?.date).toEqual({ start: "1998", end: "2004" });
    expect(asYears.graph.relations[0]?.attributes?.spells).toBeUndefined();
  });
});
