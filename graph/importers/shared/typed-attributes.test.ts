import { describe, expect, it } from "vitest";
import { fileAttributeOf } from "./typed-attributes.js";

describe("a file's attribute values", () => {
  it("keep the type the file declares, so 2.0 stays a float and 3 an integer", () => {
    expect(fileAttributeOf(2, "double")).toEqual({ type: "float", value: 2 });
    expect(fileAttributeOf(3, "long")).toEqual({ type: "integer", value: 3 });
    expect(fileAttributeOf(true, "boolean")).toEqual({ type: "boolean", value: true });
    expect(fileAttributeOf("2009-03-01", "date")).toEqual({ type: "date", value: "2009-03-01" });
    expect(fileAttributeOf(["a", "b"], "liststring")).toEqual({ type: "list", value: ["a", "b"] });
    expect(fileAttributeOf(7, "string")).toEqual({ type: "string", value: "7" });
  });

  it("read undeclared values by their JSON type", () => {
    expect(fileAttributeOf(4, undefined)).toEqual({ type: "integer", value: 4 });
    expect(fileAttributeOf(0.5, undefined)).toEqual({ type: "float", value: 0.5 });
    expect(fileAttributeOf(["x", 1], undefined)).toEqual({ type: "list", value: ["x", 1] });
    expect(fileAttributeOf("2019", undefined)).toEqual({ type: "string", value: "2019" });
  });

  it("leave out what does not fit its type: a nested object, a date that is no date, a fraction declared integer", () => {
    expect(fileAttributeOf({ a: 1 }, undefined)).toBeUndefined();
    expect(fileAttributeOf("last spring", "date")).toBeUndefined();
    expect(fileAttributeOf(1.5, "integer")).toBeUndefined();
    expect(fileAttributeOf(Number.NaN, "double")).toBeUndefined();
  });
});
