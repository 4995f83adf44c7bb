import { describe, expect, it } from "vitest";
import { exportFileName, pixelSize } from "./export-options.js";

describe("export pixel size", () => {
  it("multiplies the drawing's size by the scale", () => {
    expect(pixelSize(990, 640, 1)).toEqual({ width: 990, height: 640, scale: 1, capped: false });
    expect(pixelSize(990, 640, 2)).toMatchObject({ width: 1980, height: 1280, capped: false });
    expect(pixelSize(990, 640, 4)).toMatchObject({ width: 3960, height: 2560, capped: false });
  });

  it("caps the longer side at 8192 pixels and says so", () => {
    const size = pixelSize(2600, 1300, 4);
    expect(size.width).toBe(8192);
    expect(size.height).toBe(4096);
    expect(size.capped).toBe(true);
  });

  it("refuses an empty drawing", () => {
    expect(() => pixelSize(0, 100, 1)).toThrow(/empty drawing/);
  });
});

describe("export file name", () => {
  it("comes from the title, or a default, with the day and the format", () => {
    const day = new Date("2025-03-04T10:00:00Z");
    expect(exportFileName({ title: "Trump → JEDI → Microsoft", format: "png" }, day)).toBe(
      "trump-jedi-microsoft-2025-03-04.png",
    );
    expect(exportFileName({ title: "", format: "svg" }, day)).toBe("relationship-explorer-2025-03-04.svg");
  });
});
