// Reads FollowTheMoney entities from a JSON-lines file ({id, schema, properties: {name: [..]}}), one per
// line, as a stream. Fragments of one entity (the same id on several lines) are merged, as FtM intends.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { zodProblems } from "../../seed/index.js";
import type { GraphBuilder } from "../shared/graph-builder.js";

export const MAX_FTM_LINE_LENGTH = 4 * 1024 * 1024;

const FtmLine = z.object({
  id: z.string().min(1).max(1000),
  schema: z.string().regex(/^[A-Z][A-Za-z]+$/, "expected an FtM schema name such as Person or Payment"),
  properties: z.record(z.string(), z.array(z.union([z.string(), z.number()]).transform(String))).default({}),
  /** The display name OpenSanctions and Aleph give an entity. */
  caption: z.string().max(2000).optional(),
});

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  caption?: string;
  /** The line of its first fragment: the record number evidence cites. */
  line: number;
}

export async function readFtmLines(path: string, builder: GraphBuilder): Promise<Map<string, FtmEntity>> {
  const entities = new Map<string, FtmEntity>();
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    const problem = (field: string, message: string, id?: string) =>
      builder.problem({ record: `line ${line}`, line, field, message, ...(id ? { id } : {}) });
    if (text.trim() === "") continue;
    if (text.length > MAX_FTM_LINE_LENGTH) {
      problem("", `line is longer than ${MAX_FTM_LINE_LENGTH} characters`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problem("", `invalid JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = FtmLine.safeParse(raw);
    if (!parsed.success) {
      zodProblems(parsed.error).forEach((p) => problem(p.field, p.message));
      continue;
    }
    const { id, schema, properties, caption } = parsed.data;
    const known = entities.get(id);
    if (!known) {
      entities.set(id, { id, schema, properties, line, ...(caption ? { caption } : {}) });
      continue;
    }
    if (!known.caption && caption) known.caption = caption;
    if (known.schema !== schema) {
      problem("schema", `entity ${id} is a ${known.schema} on line ${known.line}, a ${schema} here`, id);
      continue;
    }
    for (const [key, values] of Object.entries(properties)) {
      known.properties[key] = [...new Set([...(known.properties[key] ?? []), ...values])];
    }
  }
  return entities;
}
