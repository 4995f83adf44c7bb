import { describe, expect, it } from "vitest";
import { createValueConverter } from "./kuzu-values.js";

const node = (id: string, name: string) => ({
  _label: "Entity",
  _id: { offset: 1, table: 0 },
  id,
  kind: "Organization",
  name,
  aliases: ["Alias"],
  searchText: name.toLowerCase(),
  properties: '{"country":"United States"}',
});

const rel = {
  _label: "Relation",
  _id: { offset: 0, table: 1 },
  _src: { offset: 1, table: 0 },
  _dst: { offset: 2, table: 0 },
  id: "rel:a>competes_with>b",
  source: "org:a",
  target: "org:b",
  type: "COMPETES_WITH",
  stance: "rivalry",
  status: "confirmed",
  dateStart: "2019",
  dateEnd: null,
  amountValue: null,
  amountCurrency: null,
  amountQualifier: null,
  note: null,
  evidence: '[{"source":"src:a","paragraph":1,"summary":"They compete."}]',
  sources: ["src:a"],
};

describe("console value conversion", () => {
  it("turns Kuzu nodes, relations and paths into graph nodes and edges, and notes their ids", () => {
    const converter = createValueConverter();
    const path = converter.convert({ _nodes: [node("org:a", "A"), node("org:b", "B")], _rels: [rel] });
    expect(path).toEqual({
      nodes: [
        { id: "org:a", kind: "Organization", name: "A", aliases: ["Alias"], properties: { country: "United States" } },
        { id: "org:b", kind: "Organization", name: "B", aliases: ["Alias"], properties: { country: "United States" } },
      ],
      relationships: [
        {
          id: "rel:a>competes_with>b",
          source: "org:a",
          target: "org:b",
          type: "COMPETES_WITH",
          stance: "rivalry",
          status: "confirmed",
          date: { start: "2019" },
          amount: null,
          note: null,
          evidence: [{ source: "src:a", paragraph: 1, summary: "They compete." }],
        },
      ],
    });
    expect([...converter.entityIds].sort()).toEqual(["org:a", "org:b"]);
    expect([...converter.relationIds]).toEqual(["rel:a>competes_with>b"]);
  });

  it("makes plain JSON of numbers, big integers, dates, lists and structs", () => {
    const { convert, entityIds } = createValueConverter();
    expect(convert(12n)).toBe(12);
    expect(convert(Number.NaN)).toBe("NaN");
    expect(convert(new Date(Date.UTC(2020, 0, 2)))).toBe("2020-01-02");
    expect(convert(new Date(Date.UTC(2020, 0, 2, 3, 4, 5)))).toBe("2020-01-02T03:04:05.000Z");
    expect(convert({ list: [1n, null, "x"], nested: { ok: true } })).toEqual({
      list: [1, null, "x"],
      nested: { ok: true },
    });
    expect(convert(undefined)).toBeNull();
    expect(entityIds.size).toBe(0);
  });
});
