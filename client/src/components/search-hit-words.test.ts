import { describe, expect, it } from "vitest";
import { hitSourceText, relationCountText } from "./search-hit-words.js";

describe("search hit words", () => {
  it("counts relations in words, one in the singular", () => {
    expect(relationCountText(0)).toBe("no relations");
    expect(relationCountText(1)).toBe("1 relation");
    expect(relationCountText(12_345)).toBe("12,345 relations");
  });

  it("names the most cited source, how many others there are, or its id when it is not in the store", () => {
    const source = { id: "src:001", name: "JEDI protest", relations: 9 };
    expect(hitSourceText({ source, sourceCount: 1 })).toBe("from JEDI protest");
    expect(hitSourceText({ source, sourceCount: 3 })).toBe("from JEDI protest +2 more");
    expect(hitSourceText({ source: { ...source, name: null }, sourceCount: 1 })).toBe("from src:001");
    expect(hitSourceText({ source: null, sourceCount: 0 })).toBeNull();
  });
});
