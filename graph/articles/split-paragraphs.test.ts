import { describe, expect, it } from "vitest";
import { splitParagraphs, stripMarkdown } from "./split-paragraphs.js";

describe("splitParagraphs", () => {
  it("counts non-empty lines, trimmed, whatever the line ends (paragraph n = n-th non-empty line)", () => {
    expect(splitParagraphs("\uFEFF Title \r\n\r\nFirst line.\n   \nSecond line.\rThird.")).toEqual([
      "Title",
      "First line.",
      "Second line.",
      "Third.",
    ]);
  });

  it("strips Markdown markup but keeps the words and the line count", () => {
    const markdown = [
      "# Amazon *wins* the deal",
      "",
      "> The **Pentagon** chose [Microsoft](https://example.org/ms) over `AWS`.",
      "- a list item with __bold__ text",
      "---",
      "1. first point",
      "snake_case_names stay as they are",
    ].join("\n");
    expect(splitParagraphs(markdown, "markdown")).toEqual([
      "Amazon wins the deal",
      "The Pentagon chose Microsoft over AWS.",
      "a list item with bold text",
      "---",
      "first point",
      "snake_case_names stay as they are",
    ]);
  });

  it("leaves plain text alone, even when it looks like Markdown", () => {
    expect(splitParagraphs("1. Oktober: *Start*", "text")).toEqual(["1. Oktober: *Start*"]);
  });
});

describe("stripMarkdown", () => {
  it("unwraps images, reference links, autolinks and escapes", () => {
    expect(stripMarkdown("![Logo](x.png) see [the report][1] at <https://example.org> \\*not bold\\*")).toBe(
      "Logo see the report at https://example.org *not bold*",
    );
  });
});
