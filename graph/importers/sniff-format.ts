// What a file's first bytes say it is: XML names its root (GEXF, GraphML), a FollowTheMoney file is JSON
// objects with a schema, one a line, and a graphology graph is one JSON object with nodes. The content
// wins over the extension: an FtM export named .json is still FtM.
import { open } from "node:fs/promises";
import type { ImportFormat } from "./detect-format.js";

const HEAD_BYTES = 64 * 1024;

export async function headOf(path: string): Promise<string> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
  } finally {
    await file.close();
  }
}

/** The format the content shows, or undefined when it does not tell (CSV has no mark of its own). */
export function formatOfContent(head: string): ImportFormat | undefined {
  const text = head.trimStart();
  if (text.startsWith("<")) {
    const root = /<(?!\?|!)([\w.-]+:)?([\w.-]+)/.exec(text.replace(/<!--[\s\S]*?-->/g, ""))?.[2]?.toLowerCase();
    if (root === "gexf") return "gexf";
    if (root === "graphml") return "graphml";
    return undefined;
  }
  if (text.startsWith("{")) {
    const firstLine = text.split("\n", 1)[0]!;
    if (isFtmEntity(firstLine)) return "ftm";
    return /"nodes"\s*:/.test(text) ? "graphology" : undefined;
  }
  return undefined;
}

function isFtmEntity(line: string): boolean {
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    return typeof value.schema === "string" && typeof value.properties === "object" && "id" in value;
  } catch {
    return false;
  }
}
