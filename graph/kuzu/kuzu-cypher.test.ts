import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { checkedParams } from "./kuzu-cypher.js";

describe("console Cypher parameters", () => {
  it("pass JSON values through, with undefined as null", () => {
    expect(checkedParams({ id: "org:a", n: 3, ok: true, ids: ["a", "b"], map: { x: 1 }, gone: undefined })).toEqual({
      id: "org:a",
      n: 3,
      ok: true,
      ids: ["a", "b"],
      map: { x: 1 },
      gone: null,
    });
  });

  it("refuse empty lists and maps anywhere, naming where", () => {
    expect(() => checkedParams({ ids: [] })).toThrow(InvalidInputError);
    expect(() => checkedParams({ ids: [] })).toThrow("$ids is an empty list");
    expect(() => checkedParams({ outer: { inner: [["a"], []] } })).toThrow("$outer.inner[1] is an empty list");
    expect(() => checkedParams({ m: {} })).toThrow("$m is an empty map");
  });

  it("refuse odd names and values that are not JSON", () => {
    expect(() => checkedParams({ "bad name": 1 })).toThrow(/plain identifier/);
    expect(() => checkedParams({ n: Number.POSITIVE_INFINITY })).toThrow(/finite number/);
    expect(() => checkedParams({ d: new Date() })).toThrow(/must be JSON/);
  });
});
