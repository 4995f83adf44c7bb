import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createImportReporter, formatImportSummary } from "./terminal-report.js";

function fakeTerminal(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & {
    isTTY: boolean;
    columns: number;
    cursorTo: () => boolean;
    clearLine: () => boolean;
    moveCursor: () => boolean;
  };
  stream.isTTY = isTTY;
  stream.columns = 100;
  stream.cursorTo = () => true;
  stream.clearLine = () => true;
  stream.moveCursor = () => true;
  let written = "";
  stream.on("data", (chunk: Buffer) => (written += chunk.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

const summary = { entities: 12, relations: 34, seconds: 1.234 };

describe("import report", () => {
  it("prints only the summary line when stdout is not a terminal", async () => {
    const { stream, written } = fakeTerminal(false);
    const reporter = createImportReporter(stream, "Kuzu at ./data");
    reporter.onProgress({ phase: "entities", done: 0, total: 12 });
    reporter.onProgress({ phase: "entities", done: 12, total: 12 });
    reporter.finish(summary);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe("Imported 12 entities and 34 relations into Kuzu at ./data in 1.2 s\n");
  });

  it("draws a progress bar per phase on a terminal, then the summary line", async () => {
    const { stream, written } = fakeTerminal(true);
    const reporter = createImportReporter(stream, "Kuzu at ./data");
    reporter.onProgress({ phase: "entities", done: 0, total: 12 });
    reporter.onProgress({ phase: "entities", done: 12, total: 12 });
    reporter.onProgress({ phase: "relations", done: 0, total: 34 });
    reporter.onProgress({ phase: "relations", done: 34, total: 34 });
    reporter.finish(summary);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toContain("entities  [");
    expect(written()).toContain("12/12");
    expect(written()).toContain("34/34");
    expect(written().trimEnd().endsWith(formatImportSummary(summary, "Kuzu at ./data"))).toBe(true);
  });
});
