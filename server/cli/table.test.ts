import { describe, expect, it } from "vitest";
import { renderTable } from "./table.js";

describe("renderTable", () => {
  it("pads columns to their widest cell and prints objects as JSON", () => {
    const text = renderTable(
      ["id", "count"],
      [
        ["org:microsoft", 3],
        ["a", { n: 1 }],
      ],
    );
    expect(text.split("\n")).toEqual([
      "id             count",
      "-------------  -------",
      "org:microsoft  3",
      'a              {"n":1}',
    ]);
  });

  it("cuts long cells so one value cannot wreck the layout", () => {
    const [, , row] = renderTable(["note"], [["x".repeat(500)]]).split("\n");
    expect(row).toHaveLength(60);
    expect(row?.endsWith("…")).toBe(true);
  });
});
