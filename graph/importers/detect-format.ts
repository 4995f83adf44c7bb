// Which importer reads a file by name: the caller's choice, or else the extension (sniff-format.ts reads the content first).
import { basename } from "node:path";
import { z } from "zod";
import { InvalidInputError } from "../errors.js";

export const IMPORT_FORMATS = ["csv", "gexf", "graphml", "graphology", "ftm"] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** Longest suffix first: `x.ftm.json` is FollowTheMoney, `x.json` a serialised graphology graph. */
const BY_SUFFIX: [string, ImportFormat][] = [
  [".ftm.json", "ftm"],
  [".ijson", "ftm"],
  [".jsonl", "ftm"],
  [".csv", "csv"],
  [".gexf", "gexf"],
  [".graphml", "graphml"],
  [".json", "graphology"],
];

export function detectFormat(path: string, format?: string): ImportFormat {
  if (format !== undefined) {
    const parsed = ImportFormat.safeParse(format);
    if (!parsed.success) {
      throw new InvalidInputError(`Unknown import format "${format}"; expected one of ${IMPORT_FORMATS.join(", ")}`, {
        parameter: "format",
      });
    }
    return parsed.data;
  }
  const name = basename(path).toLowerCase();
  const match = BY_SUFFIX.find(([suffix]) => name.endsWith(suffix));
  if (!match) {
    throw new InvalidInputError(
      `Cannot tell the format of ${path} from its extension; name it .csv, .gexf, .graphml, .json (graphology), .ijson/.jsonl/.ftm.json (FollowTheMoney) or pass format`,
      { parameter: "format", file: path },
    );
  }
  return match[1];
}
