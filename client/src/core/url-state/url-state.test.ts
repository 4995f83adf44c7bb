import { describe, expect, it } from "vitest";
import { applyView, getEmptyFilterState, setTimeWindow } from "../filters/filters.js";
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
