import { describe, expect, it } from "vitest";
import { applyView, getEmptyFilterState, setTimeWindow } from "../filters/filters.js";
import type { LinkedPath } from "./path-link.js";
import { decodeUrlState, encodeUrlState, type UrlState } from "./url-state.js";

const state: UrlState = {
  nodes: ["org:microsoft", "contract:jedi", "person:donald-trump"],
  hidden: ["person:donald-trump"],
  pinned: ["org:microsoft"],
  filters: setTimeWindow(applyView(getEmptyFilterState(), "rivalries"), { to: "2019-10", includeUndated: false }),
  selectedNodes: ["contract:jedi"],
  selectedEdges: ["rel:org:microsoft>won>contract:jedi"],
  camera: { x: 0.51234567, y: 0.4, ratio: 0.75 },
  positions: null,
  path: null,
};

describe("url state", () => {
  it("a link carries the canvas, filters, selection and camera and reads back the same", () => {
    const decoded = decodeUrlState(`?${encodeUrlState(state)}`);
    expect(decoded).toEqual({ ...state, camera: { x: 0.5123, y: 0.4, ratio: 0.75 } });
  });

  it("a link without entities is no view to restore", () => {
    expect(decodeUrlState("")).toBeNull();
    expect(decodeUrlState("?fs=rivalry")).toBeNull();
  });

  it("drops values outside the vocabulary and malformed months or cameras", () => {
    const decoded = decodeUrlState("?n=org:a&fk=Person,Alien&fs=rivalry,hostile&to=2019-13&cam=1,2&sel=org:b,org:a");
    expect(decoded?.filters.hiddenKinds).toEqual(["Person"]);
    expect(decoded?.filters.hiddenStances).toEqual(["rivalry"]);
    expect(decoded?.filters.time.to).toBeNull();
    expect(decoded?.camera).toBeNull();
    expect(decoded?.selectedNodes).toEqual(["org:a"]);
  });
});

describe("positions in a link", () => {
  it("reproduce the drawing's shape, scaled to a fixed extent, in the link's entity order", () => {
    const positions = {
      "org:microsoft": { x: 10, y: -5 },
      "contract:jedi": { x: 30, y: 5 },
      "person:donald-trump": { x: 20, y: 15 },
    };
    const query = encodeUrlState({ ...state, positions });
    expect(query).toMatch(/pos=[0-9a-z]{18}(&|$)/);
    const decoded = decodeUrlState(`?${query}`)?.positions;
    const m = decoded?.["org:microsoft"];
    const j = decoded?.["contract:jedi"];
    const t = decoded?.["person:donald-trump"];
    // Extent 20 → 100 units: every distance grows fivefold, angles stay.
    expect((j?.x ?? 0) - (m?.x ?? 0)).toBeCloseTo(100, 2);
    expect((j?.y ?? 0) - (m?.y ?? 0)).toBeCloseTo(50, 2);
    expect((t?.y ?? 0) - (m?.y ?? 0)).toBeCloseTo(100, 2);
  });

  it("are left out while an entity has no position, and ignored when malformed", () => {
    expect(encodeUrlState({ ...state, positions: { "org:microsoft": { x: 1, y: 1 } } })).not.toContain("pos=");
    expect(decodeUrlState("?n=org:a,org:b&pos=000zzz")?.positions).toBeNull();
    expect(decodeUrlState("?n=org:a&pos=00-zzz")?.positions).toBeNull();
  });
});

describe("a path in a link", () => {
  const path: LinkedPath = {
    query: {
      from: "person:donald-trump",
      to: "org:microsoft",
      via: "contract:jedi",
      maxHops: 5,
      k: 4,
      types: [],
      excludeTypes: ["CRITICIZED", "MENTIONS"],
      stances: ["rivalry", "neutral"],
      support: "reported",
      statuses: ["confirmed"],
      at: "2019-10",
      chronological: true,
    },
    active: 2,
  };

  it("carries the question, the chosen alternative and the selected step and reads back the same", () => {
    const linked = { ...state, path, selectedNodes: [], selectedEdges: ["rel:org:microsoft>won>contract:jedi"] };
    const decoded = decodeUrlState(`?${encodeUrlState(linked)}`);
    expect(decoded?.path).toEqual(path);
    expect(decoded?.selectedEdges).toEqual(["rel:org:microsoft>won>contract:jedi"]);
  });

  it("keeps the plainest question short and still reads it back", () => {
    const plain: LinkedPath = {
      query: {
        from: "person:a",
        to: "org:b",
        via: null,
        maxHops: 4,
        k: 3,
        types: [],
        excludeTypes: [],
        stances: [],
        support: "all",
        chronological: false,
      },
      active: 0,
    };
    const query = encodeUrlState({ ...state, path: plain });
    expect(query).not.toMatch(/pa=|pv=|pch=|pat=/);
    expect(decodeUrlState(`?${query}`)?.path).toEqual(plain);
  });

  it("is left out without both ends, and drops unknown levels, statuses, dates and limits", () => {
    expect(decodeUrlState("?n=org:a&pf=org:a")?.path).toBeNull();
    const decoded = decodeUrlState(
      "?n=org:a&pf=org:a&pt=org:b&psu=rumoured&pst=confirmed,gossip&pat=2019-13&ph=99&pk=0&pa=-1&pxt=HATES,WON",
    )?.path;
    expect(decoded?.query.support).toBe("all");
    expect(decoded?.query.statuses).toEqual(["confirmed"]);
    expect(decoded?.query.at).toBeUndefined();
    expect(decoded?.query.maxHops).toBeUndefined();
    expect(decoded?.query.k).toBeUndefined();
    expect(decoded?.query.excludeTypes).toEqual(["WON"]);
    expect(decoded?.active).toBe(0);
  });
});
