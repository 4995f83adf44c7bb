import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors.js";
import { CsvMapping } from "../csv/csv-mapping.js";
import { aliasBomb } from "./hostile-mappings.test-support.js";
import { MAX_MAPPING_BYTES, parseMapping, readMappingFile } from "./read-mapping-file.js";

const MAPPING = "entities:\n  org: { kind: Organization, name: vendor }\n";

async function refusal(run: () => unknown): Promise<InvalidInputError> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mapping-file-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("mapping files", () => {
  it("reads a plain YAML mapping", () => {
    expect(parseMapping(MAPPING, "plain.yaml", CsvMapping).entities.org?.name).toBe("vendor");
  });

  it("refuses a billion-laughs alias bomb at once, naming the file and the alias", async () => {
    const path = join(dir, "bomb.mapping.yaml");
    await writeFile(path, aliasBomb());
    const started = performance.now();
    const error = await refusal(() => readMappingFile(path, CsvMapping));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.message).toContain("bomb.mapping.yaml");
    expect(error.message).toMatch(/anchors .* aliases .* not allowed.*line 1/);
    expect(error.details).toMatchObject({ file: path, line: 1 });
  });

  it("refuses a single alias, too: a mapping never needs one", async () => {
    const text = "defaults: &org { kind: Organization, name: vendor }\nentities:\n  org: *org\n";
    const error = await refusal(() => parseMapping(text, "alias.yaml", CsvMapping));
    expect(error.message).toMatch(/^alias\.yaml: .*anchor &org.*line 1/);
  });

  it("refuses mapping text over the size limit before parsing it", async () => {
    const text = `${MAPPING}# ${"x".repeat(MAX_MAPPING_BYTES)}\n`;
    const error = await refusal(() => parseMapping(text, "big.yaml", CsvMapping));
    expect(error.message).toMatch(/^big\.yaml: .*larger than 1048576 bytes/);
  });
});
