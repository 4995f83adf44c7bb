import { describe, expect, it } from "vitest";
import { getEmptyFilterState, toggleStance, toggleStatus, toggleType } from "../filters/filters.js";
import { describeNoPath, pathQueryOf } from "./path-query.js";
import { getEmptyPathsState, type PathsState } from "./paths.js";

const asked: PathsState = {
  ...getEmptyPathsState(),
  from: { id: "person:donald-trump", name: "Donald Trump", kind: "Person" },
  via: { id: "contract:jedi", name: "JEDI", kind: "Contract" },
  to: { id: "org:microsoft", name: "Microsoft", kind: "Organization" },
};

function queryOf(state: PathsState, filters = getEmptyFilterState()) {
  const answer = pathQueryOf(state, filters);
  if (!("query" in answer)) throw new Error(answer.problem);
  return answer.query;
}

describe("the path query", () => {
  it("passes hidden statuses as the statuses the support level still admits", () => {
    const filters = toggleStatus(getEmptyFilterState(), "alleged");
    expect(queryOf(asked, filters).statuses).toEqual(["confirmed", "reported", "negotiating", "planned", "denied"]);
    expect(queryOf({ ...asked, support: "reported" }, filters).statuses).toEqual(["confirmed", "reported"]);
    expect(queryOf(asked).statuses).toBeUndefined();
  });

  it("leaves out the types hidden on the canvas and keeps only the stances still shown", () => {
    const filters = toggleStance(toggleType(getEmptyFilterState(), "CRITICIZED"), "rivalry");
    const query = queryOf(asked, filters);
    expect(query.excludeTypes).toEqual(["CRITICIZED"]);
    expect(query.stances).toEqual(["partnership", "neutral"]);
    expect(queryOf({ ...asked, stances: ["rivalry", "neutral"] }, filters).stances).toEqual(["neutral"]);
  });

  it("refuses, naming the cause, when the filters leave nothing to walk or the date is malformed", () => {
    const noStatus = ["confirmed", "reported"].reduce(
      (f, s) => toggleStatus(f, s as "confirmed"),
      getEmptyFilterState(),
    );
    expect(pathQueryOf({ ...asked, support: "reported" }, noStatus)).toEqual({
      problem: expect.stringContaining("hide every status"),
    });
    expect(pathQueryOf({ ...asked, at: "Oct 2019" }, getEmptyFilterState())).toEqual({
      problem: expect.stringContaining("“Oct 2019” is no date"),
    });
  });
});

describe("the words for no path", () => {
  it("name the hop limit, the waypoint and every filter that cut the search", () => {
    expect(describeNoPath(queryOf({ ...asked, support: "confirmed" }), "JEDI")).toBe(
      "No path within 4 hops through JEDI using only confirmed relations.",
    );
    const filters = toggleType(toggleStatus(getEmptyFilterState(), "alleged"), "CRITICIZED");
    expect(describeNoPath(queryOf({ ...asked, maxHops: 2, at: "2019", support: "reported" }, filters), null)).toBe(
      "No path within 2 hops using only confirmed and reported relations, leaving out criticized, valid at 2019.",
    );
  });
});
