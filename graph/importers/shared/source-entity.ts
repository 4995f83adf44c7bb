// The Source entity an imported file becomes: every relation read from the file cites it. Its id hashes
// the file's name and content, so a changed file is a new source and the same file is the same source.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename, extname } from "node:path";
import { z } from "zod";
import { PartialDate } from "../../model/dates.js";
import { slugOf } from "./stable-ids.js";

/** What a mapping file may say about the source; everything has a default. */
export const SourceInfo = z
  .object({
    title: z.string().trim().min(1).max(2000),
    /** The language of the file's text values: "en" or "de" (ISO 639-1). */
    language: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code such as en or de"),
    /** When the data was published; today when absent (and then marked as inferred). */
    published: PartialDate,
    publisher: z.string().trim().min(1).max(2000),
    url: z.string().url().max(2000),
    description: z.string().trim().min(1).max(2000),
  })
  .partial()
  .strict();
export type SourceInfo = z.infer<typeof SourceInfo>;

export interface SourceRecord {
  id: string;
  kind: "Source";
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

/** SHA-256 of the file's name and content, read as a stream: the identity of an imported file. */
export async function fileDigestOf(path: string): Promise<string> {
  const hash = createHash("sha256").update(basename(path)).update("\0");
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest("hex");
}

/** `src:usaspending-treasury-contracts-3f2a9c1b2d4e`: the file's stem for people, a hash for identity. */
export function sourceIdOf(path: string, digest: string): string {
  const name = basename(path);
  const stem = slugOf(basename(name, extname(name)))
    .slice(0, 40)
    .replace(/-+$/, "");
  return `src:${stem ? `${stem}-` : ""}${digest.slice(0, 12)}`;
}

/** `fallbackDate` is a date the file itself carries (a GEXF lastmodifieddate), used before today. */
export function sourceRecordOf(
  path: string,
  digest: string,
  info: SourceInfo = {},
  fallbackDate?: string,
  today: Date = new Date(),
): SourceRecord {
  const file = basename(path);
  const title = info.title ?? file;
  const fromFile = fallbackDate !== undefined && PartialDate.safeParse(fallbackDate).success ? fallbackDate : undefined;
  const published = info.published ?? fromFile ?? today.toISOString().slice(0, 10);
  const optional = { publisher: info.publisher, url: info.url, description: info.description };
  return {
    id: sourceIdOf(path, digest),
    kind: "Source",
    name: title,
    aliases: [],
    properties: {
      title,
      file,
      language: info.language ?? "en",
      published,
      publishedInferred: info.published === undefined,
      ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    },
  };
}
