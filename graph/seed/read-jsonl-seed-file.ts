// Reads one .jsonl seed file as a stream, line by line, so that a million relations never sit in memory
// as one string. Each non-empty line is `{"record": "source" | "entity" | "relation", ...fields}`.
import { createReadStream } from "node:fs";
import { decodeUtf8, parseJson } from "./decode-json.js";
import type { RecordKind, SeedRecords } from "./seed-records.js";

export const MAX_JSONL_LINE_BYTES = 1024 * 1024;

const RECORD_KINDS: readonly string[] = ["source", "entity", "relation"] satisfies RecordKind[];

export async function readJsonlSeedFile(path: string, file: string, records: SeedRecords): Promise<void> {
  for await (const { line, bytes } of linesOf(path)) {
    readLine(bytes, line, file, records);
  }
}

function readLine(bytes: Uint8Array | null, line: number, file: string, records: SeedRecords): void {
  const problem = (message: string, field = "") =>
    records.issues.add({ file, record: `line ${line}`, line, field, message });
  if (bytes === null) return problem(`line is longer than ${MAX_JSONL_LINE_BYTES} bytes`);

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return problem("invalid UTF-8; save the file as UTF-8");
  const text = decoded.text.trim();
  if (text === "") return;
  const parsed = parseJson(text);
  if (!parsed.ok) return problem(`invalid JSON at column ${parsed.column}: ${parsed.message}`);

  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return problem('expected an object such as {"record": "entity", ...}');
  }
  const { record, ...fields } = value as Record<string, unknown>;
  if (typeof record !== "string" || !RECORD_KINDS.includes(record)) {
    return problem('expected "source", "entity" or "relation"', "record");
  }
  records.add(record as RecordKind, fields, { file, index: line - 1, line });
}

/** Raw lines (without the newline) with their 1-based numbers; `bytes` is null for an over-long line. */
async function* linesOf(path: string): AsyncGenerator<{ line: number; bytes: Uint8Array | null }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let line = 1;
  const finish = (tail: Buffer) => {
    const bytes = tooLong ? null : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return { line: line++, bytes };
  };

  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
      const tail = chunk.subarray(start, end);
      if (pendingBytes + tail.length > MAX_JSONL_LINE_BYTES) tooLong = true;
      yield finish(tail);
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    if (tooLong || pendingBytes + rest.length > MAX_JSONL_LINE_BYTES) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
    } else if (rest.length > 0) {
      // Copied, so that the rest of the 64 KiB chunk can be freed.
      pending.push(Buffer.from(rest));
      pendingBytes += rest.length;
    }
  }
  if (tooLong || pendingBytes > 0) yield finish(Buffer.alloc(0));
}
