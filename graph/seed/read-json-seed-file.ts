// Reads one .json seed file: `{ "sources": [...], "entities": [...], "relations": [...] }`, all optional.
import { readFile, stat } from "node:fs/promises";
import { decodeUtf8, parseJson } from "./decode-json.js";
import type { RecordKind, SeedRecords } from "./seed-records.js";

/** Larger seeds belong in .jsonl files, which are read line by line instead of all at once. */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

const SECTIONS = { sources: "source", entities: "entity", relations: "relation" } as const satisfies Record<
  string,
  RecordKind
>;
type Section = keyof typeof SECTIONS;

export async function readJsonSeedFile(path: string, file: string, records: SeedRecords): Promise<void> {
  const issues = records.issues;
  const wholeFile = (message: string, line?: number) =>
    issues.add({ file, record: "file", field: "", message, ...(line !== undefined ? { line } : {}) });

  const { size } = await stat(path);
  if (size > MAX_JSON_FILE_BYTES) {
    return wholeFile(`file is ${size} bytes, more than ${MAX_JSON_FILE_BYTES}; split it or use a .jsonl file`);
  }
  const decoded = decodeUtf8(await readFile(path));
  if (!decoded.ok) return wholeFile(`invalid UTF-8 on line ${decoded.line}; save the file as UTF-8`, decoded.line);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    return wholeFile(`invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`, parsed.line);
  }

  const top = parsed.value;
  if (typeof top !== "object" || top === null || Array.isArray(top)) {
    return wholeFile('expected an object with "sources", "entities" and/or "relations" arrays');
  }
  for (const [key, value] of Object.entries(top)) {
    if (!(key in SECTIONS)) {
      issues.add({
        file,
        record: "file",
        field: key,
        message: 'unknown key; expected "sources", "entities" or "relations"',
      });
      continue;
    }
    if (!Array.isArray(value)) {
      issues.add({ file, record: "file", field: key, message: "expected an array of records" });
      continue;
    }
    const section = key as Section;
    value.forEach((raw: unknown, index) => records.add(SECTIONS[section], raw, { file, section, index }));
  }
}
