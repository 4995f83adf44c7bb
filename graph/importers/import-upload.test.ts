import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { useTempKuzuStore } from "../kuzu/temp-kuzu-store.test-support.js";
import { importFile } from "./import-file.js";
import { importUpload, UploadFileName } from "./import-upload.js";

const fixture = (name: string) => path.join(import.meta.dirname, "csv/fixtures", name);
const upload = (file: string, name = path.basename(file)) => ({ name, content: fs.readFileSync(file) });

describe("importUpload", () => {
  const storeOf = useTempKuzuStore("import-upload-test-");

  it("gives an upload the same source and counts as the CLI gives the file of that name", async () => {
    const mapping = upload(fixture("awards.mapping.yaml"));
    const uploaded = await importUpload(storeOf(), upload(fixture("awards.csv")), { mapping, dryRun: true });
    const direct = await importFile(storeOf(), fixture("awards.csv"), { mapping: fixture("awards.mapping.yaml") });
    expect({ ...uploaded, seconds: 0 }).toEqual({ ...direct, seconds: 0 });
  });

  it("names the uploaded file, not its temp copy, in every problem", async () => {
    const error = await importUpload(storeOf(), upload(fixture("awards-bad.csv")), {
      mapping: upload(fixture("awards.mapping.yaml"), "my mapping.yaml"),
      dryRun: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const { message, details } = error as InvalidInputError;
    expect(message).toContain('awards-bad.csv: line 4: field "signed"');
    expect(JSON.stringify({ message, details })).not.toContain(os.tmpdir());
  });

  it("refuses names that are not plain file names", async () => {
    for (const name of [
      "",
      "../awards.csv",
      "a/b.csv",
      "a\\b.csv",
      "x\u0000.csv",
      " awards.csv",
      "..",
      "é".repeat(101),
    ]) {
      expect(UploadFileName.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
    expect(UploadFileName.safeParse("Köln Verträge 2024.csv").success).toBe(true);
    await expect(importUpload(storeOf(), upload(fixture("awards.csv"), "../../etc/awards.csv"))).rejects.toThrow(
      /file: the file name "..\/..\/etc\/awards.csv" is not usable/,
    );
  });
});
