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
